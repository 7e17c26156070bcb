#pragma once

#include <QStringList>

namespace hookscope {

// `hookscope tunnel --via TOOL ...`: opens a public tunnel to a running capture server, prints
// its URL and what to paste into each vendor's settings, and keeps it open until SIGINT or
// SIGTERM. Exit 0 when stopped so, 1 when the tunnel failed (a missing tool: with its install
// hint), 2 when the command line cannot be carried out.
int runTunnelCommand(const QStringList &arguments);

} // namespace hookscope
