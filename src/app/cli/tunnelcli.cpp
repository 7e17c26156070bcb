#include "tunnelcli.h"

#include "captureoptionsparser.h"
#include "clitext.h"
#include "sendcommand.h"
#include "unixsignalwatcher.h"

#include "common/endpointsfile.h"
#include "store/datadirectory.h"
#include "tunnel/tunnelcommand.h"
#include "tunnel/tunnelrunner.h"
#include "tunnel/tunneltool.h"
#include "tunnel/webhookurls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

const QString kCommand = u"tunnel"_s;
constexpr int kLinesShownOnFailure = 12;

// The command line read into tunnel options and the endpoints to print URLs for.
class TunnelCommandLine
{
public:
    explicit TunnelCommandLine(QCommandLineParser &parser)
        : m_parser(parser),
          m_via(u"via"_s, Cli::tr("The tunnel program: %1.").arg(tunnelToolIds().join(u", "_s)), u"TOOL"_s),
          m_listen(u"listen"_s, Cli::tr("The capture server to tunnel to (default 127.0.0.1:8787)."),
                   u"ADDR:PORT"_s),
          m_dataDir(u"data-dir"_s, Cli::tr("Print URLs for the endpoints kept in this store directory "
                                      "(default %1).").arg(DataDirectory::defaultPath()),
                    u"DIR"_s),
          m_endpoint(u"endpoint"_s, Cli::tr("Print a URL for this endpoint too (repeatable)."),
                     u"/PATH=PROVIDER[/EVENT_TYPE][,...]"_s),
          m_sshHost(u"ssh-host"_s, Cli::tr("ssh: the server that forwards to this machine."), u"USER@HOST"_s),
          m_sshPort(u"ssh-port"_s, Cli::tr("ssh: the server's ssh port."), u"PORT"_s),
          m_sshIdentity(u"ssh-identity"_s, Cli::tr("ssh: the private key to log in with."), u"FILE"_s),
          m_sshOption(u"ssh-option"_s, Cli::tr("ssh: an option as after -o (repeatable)."), u"NAME=VALUE"_s),
          m_remotePort(u"remote-port"_s, Cli::tr("ssh: the port the server listens on for the world "
                                            "(default 0: the server picks one)."),
                       u"PORT"_s),
          m_publicUrl(u"public-url"_s, Cli::tr("The URL the world reaches the tunnel at, when the "
                                          "tool cannot say (ssh behind a reverse proxy)."),
                      u"URL"_s),
          m_timeout(u"tunnel-timeout"_s, Cli::tr("Give up when no public URL appeared within this "
                                            "time (default 60)."),
                    u"SECONDS"_s),
          m_program(u"program"_s, Cli::tr("Run this program instead of the tool found on PATH."), u"PATH"_s),
          m_verbose(u"verbose"_s, Cli::tr("Print the tool's own output (on stderr)."))
    {
        parser.addOptions({ m_via, m_listen, m_dataDir, m_endpoint, m_sshHost, m_sshPort, m_sshIdentity,
                            m_sshOption, m_remotePort, m_publicUrl, m_timeout, m_program, m_verbose });
    }

    bool read(TunnelOptions *options, QList<Endpoint> *endpoints, QString *error) const
    {
        options->tool = m_parser.value(m_via);
        if (options->tool.isEmpty()) {
            *error = Cli::tr("--via is required: %1").arg(tunnelToolIds().join(u", "_s));
            return false;
        }
        if (!findTunnelTool(options->tool)) {
            *error = Cli::tr("--via \"%1\": Hookscope knows %2").arg(options->tool, tunnelToolIds().join(u", "_s));
            return false;
        }
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8787;
        if (m_parser.isSet(m_listen)
            && !CaptureOptionsParser::parseListenAddress(m_parser.value(m_listen), &address, &port, error))
            return false;
        if (port == 0) {
            *error = Cli::tr("--listen needs the capture server's port (the one it printed), not 0");
            return false;
        }
        options->targetHost = tunnelTargetHost(address);
        options->targetPort = port;

        if (!number(m_sshPort, 1, 65535, &options->sshPort, error)
            || !number(m_remotePort, 0, 65535, &options->remotePort, error))
            return false;
        int seconds = 60;
        if (!number(m_timeout, 1, 3600, &seconds, error))
            return false;
        options->startTimeout = std::chrono::seconds(seconds);
        options->sshHost = m_parser.value(m_sshHost);
        options->sshIdentity = m_parser.value(m_sshIdentity);
        options->sshOptions = m_parser.values(m_sshOption);
        options->program = m_parser.value(m_program);
        options->publicUrl = m_parser.value(m_publicUrl);
        if (!options->publicUrl.isEmpty() && !options->publicUrl.startsWith(u"https://"_s)
            && !options->publicUrl.startsWith(u"http://"_s)) {
            *error = Cli::tr("--public-url is an http:// or https:// URL");
            return false;
        }
        const bool sshOnly = m_parser.isSet(m_sshHost) || m_parser.isSet(m_sshPort) || m_parser.isSet(m_sshIdentity)
                || m_parser.isSet(m_sshOption) || m_parser.isSet(m_remotePort);
        if (options->tool == u"ssh"_s && options->sshHost.isEmpty()) {
            *error = Cli::tr("--via ssh needs --ssh-host USER@HOST, the server that forwards to this machine");
            return false;
        }
        if (sshOnly && options->tool != u"ssh"_s) {
            *error = Cli::tr("--ssh-host, --ssh-port, --ssh-identity, --ssh-option and --remote-port "
                        "go with --via ssh");
            return false;
        }
        return readEndpoints(endpoints, error);
    }

    bool verbose() const { return m_parser.isSet(m_verbose); }

private:
    bool number(const QCommandLineOption &option, int minimum, int maximum, int *value, QString *error) const
    {
        if (!m_parser.isSet(option))
            return true;
        bool ok = false;
        const int parsed = m_parser.value(option).toInt(&ok);
        if (!ok || parsed < minimum || parsed > maximum) {
            *error = Cli::tr("--%1 takes a number from %2 to %3")
                             .arg(option.names().constFirst()).arg(minimum).arg(maximum);
            return false;
        }
        *value = parsed;
        return true;
    }

    bool readEndpoints(QList<Endpoint> *endpoints, QString *error) const
    {
        const QString directory =
                m_parser.isSet(m_dataDir) ? m_parser.value(m_dataDir) : DataDirectory::defaultPath();
        QList<Endpoint> kept;
        if (QFileInfo(directory).isDir()) {
            QString problem;
            kept = EndpointsFile::load(directory, &problem);
            if (!problem.isEmpty())
                QTextStream(stderr) << "hookscope tunnel: " << problem << '\n';
        } else if (m_parser.isSet(m_dataDir)) {
            *error = Cli::tr("--data-dir %1 is not a directory").arg(directory);
            return false;
        }
        QList<Endpoint> given;
        for (const QString &spec : m_parser.values(m_endpoint)) {
            std::optional<Endpoint> endpoint = parseEndpointSpec(spec, error);
            if (!endpoint)
                return false;
            given.append(*endpoint);
        }
        *endpoints = EndpointsFile::merged(kept, given);
        return true;
    }

    QCommandLineParser &m_parser;
    QCommandLineOption m_via;
    QCommandLineOption m_listen;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_endpoint;
    QCommandLineOption m_sshHost;
    QCommandLineOption m_sshPort;
    QCommandLineOption m_sshIdentity;
    QCommandLineOption m_sshOption;
    QCommandLineOption m_remotePort;
    QCommandLineOption m_publicUrl;
    QCommandLineOption m_timeout;
    QCommandLineOption m_program;
    QCommandLineOption m_verbose;
};

void printUrls(const QString &publicUrl, const QList<Endpoint> &endpoints)
{
    QTextStream out(stdout);
    out << "tunnel up: " << publicUrl << '\n';
    const QList<WebhookUrl> urls = webhookUrls(publicUrl, endpoints);
    for (const WebhookUrl &url : urls) {
        out << "paste this into the vendor's webhook settings: " << url.url;
        if (!url.provider.isEmpty())
            out << " (" << url.provider << ')';
        out << '\n';
    }
    if (urls.isEmpty())
        out << "paste this into the vendor's webhook settings: " << joinPublicUrl(publicUrl, u"/<name>"_s)
            << " (every path is captured; --endpoint names one)\n";
    out.flush();
    std::fflush(stdout);
}

// A hint, not a refusal: the tunnel may well be opened before the capture server starts.
void warnWhenNothingListens(const TunnelOptions &options)
{
    QTcpSocket probe;
    probe.connectToHost(options.targetHost, options.targetPort);
    if (!probe.waitForConnected(2000))
        QTextStream(stderr) << "hookscope tunnel: warning: nothing answers on " << options.targetHost << ':'
                            << options.targetPort << " yet; start the console or hookscope --headless "
                            << "there, or give its --listen address\n";
}

} // namespace

int runTunnelCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
            "Open a public tunnel to a running capture server with a program you have "
            "(cloudflared quick tunnel, ngrok, localtunnel, or ssh -R to a server of yours), "
            "print its URL and the URL of each endpoint to give the vendor, and keep it open "
            "until Ctrl+C."));
    parser.addPositionalArgument(kCommand, QString(), kCommand);
    const TunnelCommandLine commandLine(parser);
    parseCommandLine(parser, arguments, kCommand);
    if (parser.positionalArguments().size() != 1)
        return usageError(kCommand, u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().value(1)));
    TunnelOptions options;
    QList<Endpoint> endpoints;
    QString error;
    if (!commandLine.read(&options, &endpoints, &error))
        return usageError(kCommand, error);

    TunnelRunner runner;
    UnixSignalWatcher signalWatcher({ SIGTERM, SIGINT });
    int exitCode = 0;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &runner, [&runner] {
        if (runner.isRunning())
            runner.stop();
        else
            QCoreApplication::quit();
    });
    if (commandLine.verbose()) {
        QObject::connect(&runner, &TunnelRunner::logLine, &runner, [](const QString &line) {
            QTextStream(stderr) << "  | " << line << '\n';
        });
    }
    QObject::connect(&runner, &TunnelRunner::publicUrlChanged, &runner,
                     [&endpoints](const QString &url) { printUrls(url, endpoints); });
    QObject::connect(&runner, &TunnelRunner::stateChanged, &runner,
                     [&runner, &exitCode, &commandLine](TunnelRunner::State state) {
        if (state == TunnelRunner::State::Failed) {
            QTextStream err(stderr);
            err << "hookscope tunnel: " << runner.failureReason() << '\n';
            const QStringList recent = runner.log().lastLines(kLinesShownOnFailure);
            if (!commandLine.verbose() && recent.size() > 2) {
                err << "the last lines of " << runner.options().tool << ":\n";
                for (const QString &line : recent) {
                    if (line != runner.failureReason())
                        err << "  | " << line << '\n';
                }
            }
            exitCode = 1;
        }
        if (state == TunnelRunner::State::Failed || state == TunnelRunner::State::Stopped)
            QCoreApplication::quit();
    });
    runner.start(options);
    if (runner.state() == TunnelRunner::State::Failed)
        return exitCode;
    QTextStream(stderr) << "hookscope tunnel: starting " << options.tool << " to " << options.targetHost << ':'
                        << options.targetPort << "…\n";
    warnWhenNothingListens(options);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace hookscope
