#pragma once

#include "tunneloptions.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace hookscope {

struct TunnelTool;

// The program and arguments that open a tunnel with a tool, the program found on PATH (or the
// one the options name).
struct TunnelCommand
{
    QString program; // absolute path
    QStringList arguments;

    // Empty with *error set when the options do not fit the tool or no program is found (then
    // *error is the tool's install hint).
    static std::optional<TunnelCommand> build(const TunnelTool &tool, const TunnelOptions &options,
                                              QString *error);
    // For the log: quoted where a shell would need it.
    QString displayText() const;
};

// Where a tunnel program reaches a capture server listening on this address: itself, or
// loopback for a server listening on every address.
QString tunnelTargetHost(const QHostAddress &listenAddress);
// "host:port", "[2001:db8::1]:port".
QString hostAuthority(const QString &host, quint16 port);
// The host part of "[user@]host" (what a URL to the server names).
QString sshHostName(const QString &destination);

} // namespace hookscope
