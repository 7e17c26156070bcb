#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

namespace hookscope {

// What to tunnel to and how: the capture server's address and the tool's settings.
struct TunnelOptions
{
    QString tool;                           // a TunnelTool id: cloudflared, ngrok, localtunnel, ssh
    QString targetHost = QStringLiteral("127.0.0.1"); // the capture server, as the tool reaches it
    quint16 targetPort = 8787;
    QString program;                        // run this instead of looking the tool up on PATH
    std::chrono::seconds startTimeout { 60 }; // fail when no public URL appeared by then

    // ssh -R
    QString sshHost;     // [user@]host, required
    int sshPort = 0;     // 0: ssh's default (22, or the ssh config's)
    QString sshIdentity; // private key file
    int remotePort = 0;  // 0: the server picks a free port
    QStringList sshOptions; // extra -o OPTION=VALUE

    // Where the world reaches the tunnel when the tool does not say (ssh to your own server
    // behind a reverse proxy, say); also replaces what a tool says.
    QString publicUrl;
};

} // namespace hookscope
