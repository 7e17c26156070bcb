#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace hookscope {

// What Hookscope knows about one tunnel program, as data: how to run it, where its output
// names the public URL, and how to install it. The runner holds no per-tool logic.
struct TunnelTool
{
    QString id;    // "cloudflared": the value of --via
    QString title; // "Cloudflare quick tunnel"
    // Commands tried in order, the first whose program is found runs: program and leading
    // arguments ({"lt"}, then {"npx", "--yes", "localtunnel"}).
    QList<QStringList> commands;
    // Arguments after the command. An argument "{name}" alone may stand for several or none
    // (ssh's options); within an argument, {target_host}, {target_port}, {target_authority}
    // ("[::1]:8787"), {target_url}, {remote_port} and {ssh_host} are replaced.
    QStringList arguments;
    // An output line naming the public URL (capture group 1).
    QList<QRegularExpression> urlPatterns;
    // An output line saying a forward stands on the remote port of group 1, for tools that
    // never name a URL (ssh): the URL is then the user's --public-url or http://HOST:PORT.
    QList<QRegularExpression> forwardPatterns;
    // The first line of a run matching errorPattern says why it failed; without one, the last
    // line that is not noise (ssh -v's debug lines) does.
    QRegularExpression errorPattern;
    QRegularExpression noise;
    QString installHint;
    bool needsSshHost = false;
};

const QList<TunnelTool> &tunnelTools();
const TunnelTool *findTunnelTool(const QString &id);
QStringList tunnelToolIds();

} // namespace hookscope
