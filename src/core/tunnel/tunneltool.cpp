#include "tunneltool.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QRegularExpression pattern(const QString &text)
{
    return QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
}

QList<TunnelTool> makeTools()
{
    QList<TunnelTool> tools;

    TunnelTool cloudflared;
    cloudflared.id = u"cloudflared"_s;
    cloudflared.title = QCoreApplication::translate("tunnel", "Cloudflare quick tunnel");
    cloudflared.commands = { { u"cloudflared"_s } };
    cloudflared.arguments = { u"tunnel"_s, u"--no-autoupdate"_s, u"--url"_s, u"{target_url}"_s };
    // The URL stands in a box drawn on stderr; other lines name api.trycloudflare.com.
    cloudflared.urlPatterns = { pattern(u"\\|\\s*(https://[a-z0-9-]+\\.trycloudflare\\.com)\\b"_s) };
    cloudflared.errorPattern = pattern(u"\\b(ERR|failed)\\b"_s);
    cloudflared.installHint = QCoreApplication::translate(
            "tunnel", "cloudflared is not installed. Download it from "
                      "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/ "
                      "(on Debian and Ubuntu: the cloudflared .deb from that page, or Cloudflare's "
                      "apt repository pkg.cloudflare.com). A quick tunnel needs no account.");
    tools.append(cloudflared);

    TunnelTool ngrok;
    ngrok.id = u"ngrok"_s;
    ngrok.title = QCoreApplication::translate("tunnel", "ngrok");
    ngrok.commands = { { u"ngrok"_s } };
    ngrok.arguments = { u"http"_s, u"{target_authority}"_s, u"--log"_s, u"stdout"_s,
                        u"--log-format"_s, u"logfmt"_s };
    ngrok.urlPatterns = { pattern(u"msg=\"started tunnel\".*\\burl=(https://\\S+)"_s) };
    ngrok.errorPattern = pattern(u"^ERROR:\\s+\\S"_s); // its message for people, on stderr
    ngrok.installHint = QCoreApplication::translate(
            "tunnel", "ngrok is not installed. Download it from https://ngrok.com/download "
                      "(on Debian and Ubuntu also from ngrok's apt repository), then run "
                      "\"ngrok config add-authtoken TOKEN\" with the token of your ngrok account.");
    tools.append(ngrok);

    TunnelTool localtunnel;
    localtunnel.id = u"localtunnel"_s;
    localtunnel.title = QCoreApplication::translate("tunnel", "localtunnel");
    localtunnel.commands = { { u"lt"_s }, { u"npx"_s, u"--yes"_s, u"localtunnel"_s } };
    localtunnel.arguments = { u"--port"_s, u"{target_port}"_s, u"--local-host"_s, u"{target_host}"_s };
    localtunnel.urlPatterns = { pattern(u"your url is: (https?://\\S+)"_s) };
    localtunnel.installHint = QCoreApplication::translate(
            "tunnel", "localtunnel is not installed, and there is no npx to fetch it. Install "
                      "Node.js (on Debian and Ubuntu: apt install nodejs npm), then "
                      "\"npm install -g localtunnel\", or let Hookscope run it through npx.");
    tools.append(localtunnel);

    TunnelTool ssh;
    ssh.id = u"ssh"_s;
    ssh.title = QCoreApplication::translate("tunnel", "ssh -R to your server");
    ssh.commands = { { u"ssh"_s } };
    // -v because ssh says only in its debug output that a fixed remote port is forwarded.
    // BatchMode: never wait for a password nobody can type; accept-new: trust a server seen
    // for the first time, refuse one whose key changed.
    ssh.arguments = { u"-N"_s, u"-v"_s,
                      u"-o"_s, u"ExitOnForwardFailure=yes"_s,
                      u"-o"_s, u"ServerAliveInterval=30"_s,
                      u"-o"_s, u"ServerAliveCountMax=3"_s,
                      u"-o"_s, u"BatchMode=yes"_s,
                      u"-o"_s, u"StrictHostKeyChecking=accept-new"_s,
                      u"{ssh_options}"_s,
                      u"-R"_s, u"{remote_port}:{target_authority}"_s,
                      u"{ssh_host}"_s };
    // Services that answer ssh -R with a URL of their own (localhost.run, serveo).
    ssh.urlPatterns = { pattern(u"tunneled with tls termination, (https://[^\\s,]+)"_s),
                        pattern(u"Forwarding HTTP traffic from (https://\\S+)"_s) };
    ssh.forwardPatterns = { pattern(u"remote forward success for: listen (?:\\S+:)?([1-9]\\d*),"_s),
                            pattern(u"Allocated port (\\d+) for remote forward"_s) };
    ssh.noise = pattern(u"^(debug\\d:|Transferred: |Bytes per second: )"_s);
    ssh.installHint = QCoreApplication::translate(
            "tunnel", "ssh is not installed. On Debian and Ubuntu: apt install openssh-client.");
    ssh.needsSshHost = true;
    tools.append(ssh);

    return tools;
}

} // namespace

const QList<TunnelTool> &tunnelTools()
{
    static const QList<TunnelTool> tools = makeTools();
    return tools;
}

const TunnelTool *findTunnelTool(const QString &id)
{
    for (const TunnelTool &tool : tunnelTools()) {
        if (tool.id == id)
            return &tool;
    }
    return nullptr;
}

QStringList tunnelToolIds()
{
    QStringList ids;
    for (const TunnelTool &tool : tunnelTools())
        ids.append(tool.id);
    return ids;
}

} // namespace hookscope
