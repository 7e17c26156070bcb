#pragma once

#include <QStringList>

namespace hookscope {

// `hookscope replay --data-dir DIR --id ID --url URL [--keep-headers] [--resign SCHEME ...]`;
// arguments include the program name. Exit codes as for `send`.
int runReplayCommand(const QStringList &arguments);

} // namespace hookscope
