// The tunnel runner against stand-ins of cloudflared, ngrok and localtunnel (tests/fixtures/
// tunnel, first on PATH) and against a real OpenSSH server: URLs found in their output,
// failures explained, programs stopped, and deliveries that really travel through a tunnel
// into a running capture service. Also the forwarded-client headers such tunnels add.
#include "capture/captureservice.h"
#include "common/forwardedclient.h"
#include "providers/providerdeliverypreparer.h"
#include "sshserver.h"
#include "store/deliverystore.h"
#include "tunnel/tunnelcommand.h"
#include "tunnel/tunnellog.h"
#include "tunnel/tunnelrunner.h"
#include "tunnel/tunneltool.h"
#include "tunnel/webhookurls.h"
#include "tunnelfixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;
using namespace tunnelfixtures;

namespace {

HttpHeaderList headers(const QList<QPair<QByteArray, QByteArray>> &pairs)
{
    HttpHeaderList list;
    for (const auto &[name, value] : pairs)
        list.append({ name, value });
    return list;
}

} // namespace

Q_DECLARE_METATYPE(hookscope::TunnelOptions)

class TestTunnel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_path;
    int m_serial = 0;

    struct Capture
    {
        std::unique_ptr<CaptureService> service;
        QString databasePath;
    };

    Capture startCapture()
    {
        Capture capture;
        const QString directory = m_dir.filePath(u"capture-%1"_s.arg(++m_serial));
        QDir().mkpath(directory);
        CaptureOptions options;
        options.port = 0;
        options.store.databasePath = directory + u"/deliveries.sqlite"_s;
        capture.databasePath = options.store.databasePath;
        capture.service = std::make_unique<CaptureService>(
                options, std::make_shared<ProviderDeliveryPreparer>(
                                 std::make_shared<DeliveryAnalyzer>(ProviderCatalog::load({}), QList<Endpoint>())));
        const QString error = capture.service->start();
        if (!error.isEmpty()) {
            qWarning() << error;
            capture.service.reset();
        }
        return capture;
    }

    // The summary of the delivery stored with this target, once the store has it.
    static std::optional<DeliverySummary> stored(const QString &databasePath, const QByteArray &target)
    {
        DeliveryStore store;
        StoreOptions options;
        options.databasePath = databasePath;
        options.readOnly = true;
        if (!store.open(options))
            return std::nullopt;
        std::optional<DeliverySummary> found;
        const auto storedYet = [&] {
            for (const DeliverySummary &summary : store.page({}, 0, 50)) {
                if (summary.target == target)
                    found = summary;
            }
            return found.has_value();
        };
        if (!QTest::qWaitFor(storedYet, 10000))
            qWarning() << "not stored:" << target;
        return found;
    }

    static TunnelOptions optionsFor(const QString &tool, quint16 port)
    {
        TunnelOptions options;
        options.tool = tool;
        options.targetPort = port;
        options.startTimeout = std::chrono::seconds(30);
        return options;
    }

    // ssh -R through the test's sshd, its host key remembered in the test's directory.
    static TunnelOptions sshOptions(const SshServer &server, quint16 targetPort, int remotePort)
    {
        TunnelOptions options = optionsFor(u"ssh"_s, targetPort);
        options.sshHost = server.destination();
        options.sshPort = server.port();
        options.sshIdentity = server.identityFile();
        options.remotePort = remotePort;
        options.sshOptions = { u"UserKnownHostsFile="_s + server.knownHostsFile() };
        return options;
    }

    QString argsFile() const { return m_dir.filePath(u"args.txt"_s); }

    // Gone, or a zombie its new parent has not reaped yet.
    static bool processGone(qint64 pid)
    {
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray line = stat.readAll();
        const qsizetype name = line.lastIndexOf(')');
        return name < 0 || line.mid(name + 2, 1) == "Z";
    }

    QStringList recordedArguments() const
    {
        QFile file(argsFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    static bool waitForState(TunnelRunner &runner, TunnelRunner::State state, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] { return runner.state() == state; }, timeoutMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = qgetenv("PATH");
        qputenv("PATH", fixtures().toLocal8Bit() + ':' + m_path);
    }

    void init()
    {
        qunsetenv("FAKE_TUNNEL");
        qunsetenv("FAKE_TUNNEL_RELAY_PORT");
        qunsetenv("FAKE_TUNNEL_HELPER_PID_FILE");
        qputenv("FAKE_TUNNEL_ARGS_FILE", argsFile().toLocal8Bit());
        QFile::remove(argsFile());
    }

    void cleanupTestCase() { qputenv("PATH", m_path); }

    void forwardedClientFromHeaders_data()
    {
        QTest::addColumn<HttpHeaderList>("given");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("none") << headers({ { "Host", "x" } }) << QString() << QByteArray();
        QTest::newRow("x-forwarded-for, first of a chain")
                << headers({ { "X-Forwarded-For", "203.0.113.9, 198.51.100.7, 127.0.0.1" } })
                << u"203.0.113.9"_s << QByteArray("X-Forwarded-For");
        QTest::newRow("x-forwarded-for over two lines")
                << headers({ { "x-forwarded-for", " 203.0.113.9 " }, { "X-Forwarded-For", "10.0.0.1" } })
                << u"203.0.113.9"_s << QByteArray("X-Forwarded-For");
        QTest::newRow("x-forwarded-for with a port")
                << headers({ { "X-Forwarded-For", "203.0.113.9:51234" } }) << u"203.0.113.9"_s
                << QByteArray("X-Forwarded-For");
        QTest::newRow("x-forwarded-for bare ipv6")
                << headers({ { "X-Forwarded-For", "2001:db8::7, 10.0.0.1" } }) << u"2001:db8::7"_s
                << QByteArray("X-Forwarded-For");
        QTest::newRow("forwarded, rfc 7239 example")
                << headers({ { "Forwarded", "for=192.0.2.60;proto=http;by=203.0.113.43" } })
                << u"192.0.2.60"_s << QByteArray("Forwarded");
        QTest::newRow("forwarded ipv6 with port, quoted")
                << headers({ { "Forwarded", "for=\"[2001:db8::1]:443\"" } }) << u"2001:db8::1"_s
                << QByteArray("Forwarded");
        QTest::newRow("forwarded, case and spaces, several elements")
                << headers({ { "Forwarded", "proto=https; For=\"198.51.100.17:4711\", for=192.0.2.43" } })
                << u"198.51.100.17"_s << QByteArray("Forwarded");
        QTest::newRow("forwarded, quoted comma before for")
                << headers({ { "Forwarded", "by=\"a,b;c\";for=192.0.2.8, for=10.0.0.1" } })
                << u"192.0.2.8"_s << QByteArray("Forwarded");
        QTest::newRow("cf-connecting-ip wins")
                << headers({ { "X-Forwarded-For", "10.9.9.9" }, { "CF-Connecting-IP", "2001:db8:cafe::17" },
                             { "Forwarded", "for=192.0.2.1" } })
                << u"2001:db8:cafe::17"_s << QByteArray("CF-Connecting-IP");
        QTest::newRow("forwarded unknown gives way to x-forwarded-for")
                << headers({ { "Forwarded", "for=unknown" }, { "X-Forwarded-For", "203.0.113.1" } })
                << u"203.0.113.1"_s << QByteArray("X-Forwarded-For");
        QTest::newRow("forwarded obfuscated") << headers({ { "Forwarded", "for=_hidden, for=192.0.2.1" } })
                                              << QString() << QByteArray();
        QTest::newRow("forwarded ipv6 unbracketed, taken leniently")
                << headers({ { "Forwarded", "for=\"2001:db8::1\"" } }) << u"2001:db8::1"_s << QByteArray("Forwarded");
        QTest::newRow("forwarded ipv6 unclosed bracket")
                << headers({ { "Forwarded", "for=\"[2001:db8::1\"" } }) << QString() << QByteArray();
        QTest::newRow("forwarded ipv4 in brackets")
                << headers({ { "Forwarded", "for=\"[192.0.2.1]\"" } }) << QString() << QByteArray();
        QTest::newRow("forwarded bad port")
                << headers({ { "Forwarded", "for=\"[2001:db8::1]:https\"" } }) << QString() << QByteArray();
        QTest::newRow("forwarded without for") << headers({ { "Forwarded", "proto=https;by=10.0.0.1" } })
                                               << QString() << QByteArray();
        QTest::newRow("forwarded unterminated quote")
                << headers({ { "Forwarded", "for=\"192.0.2.1" } }) << QString() << QByteArray();
        QTest::newRow("garbage") << headers({ { "X-Forwarded-For", "<script>alert(1)</script>" } })
                                 << QString() << QByteArray();
        QTest::newRow("hostname") << headers({ { "X-Forwarded-For", "client.example.com" } }) << QString()
                                  << QByteArray();
        QTest::newRow("ipv4 shorthand") << headers({ { "X-Forwarded-For", "10.1" } }) << QString() << QByteArray();
        QTest::newRow("empty first entry") << headers({ { "X-Forwarded-For", ", 203.0.113.1" } }) << QString()
                                           << QByteArray();
        QTest::newRow("empty value") << headers({ { "CF-Connecting-IP", "" } }) << QString() << QByteArray();
        QTest::newRow("bad cf-connecting-ip gives way")
                << headers({ { "CF-Connecting-IP", "nonsense" }, { "X-Forwarded-For", "198.51.100.2" } })
                << u"198.51.100.2"_s << QByteArray("X-Forwarded-For");
    }

    void forwardedClientFromHeaders()
    {
        QFETCH(HttpHeaderList, given);
        QFETCH(QString, address);
        QFETCH(QByteArray, header);
        const ForwardedClient client = forwardedClient(given);
        QCOMPARE(client.address, address);
        QCOMPARE(client.header, header);
        QCOMPARE(client.isValid(), !address.isEmpty());
    }

    void logKeepsTheLastLinesOfPiecewiseOutput()
    {
        TunnelLog log;
        QCOMPARE(log.append("first li"), QStringList());
        QCOMPARE(log.append("ne\r\nsecond\nthi"), QStringList({ u"first line"_s, u"second"_s }));
        QCOMPARE(log.flush(), QStringList({ u"thi"_s }));
        QCOMPARE(log.flush(), QStringList());
        // A program that never ends its line cannot fill memory.
        const QStringList cut = log.append(QByteArray(TunnelLog::kMaxLineBytes * 2 + 10, 'x'));
        QCOMPARE(cut.size(), 2);
        QCOMPARE(cut.constFirst().size(), TunnelLog::kMaxLineBytes);
        for (int i = 0; i < TunnelLog::kMaxLines + 50; ++i)
            log.append(QByteArray::number(i) + '\n');
        QCOMPARE(log.lines().size(), TunnelLog::kMaxLines);
        QCOMPARE(log.lines().constLast(), QString::number(TunnelLog::kMaxLines + 49));
        QCOMPARE(log.lastLines(2), QStringList({ QString::number(TunnelLog::kMaxLines + 48),
                                                 QString::number(TunnelLog::kMaxLines + 49) }));
    }

    void commandOfEachTool_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("cloudflared") << u"cloudflared"_s << fixtures() + u"/cloudflared"_s
                                     << QStringList { u"tunnel"_s, u"--no-autoupdate"_s, u"--url"_s,
                                                      u"http://127.0.0.1:8787"_s };
        QTest::newRow("ngrok") << u"ngrok"_s << fixtures() + u"/ngrok"_s
                               << QStringList { u"http"_s, u"127.0.0.1:8787"_s, u"--log"_s, u"stdout"_s,
                                                u"--log-format"_s, u"logfmt"_s };
        QTest::newRow("localtunnel") << u"localtunnel"_s << fixtures() + u"/lt"_s
                                     << QStringList { u"--port"_s, u"8787"_s, u"--local-host"_s, u"127.0.0.1"_s };
    }

    void commandOfEachTool()
    {
        QFETCH(QString, tool);
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QString error;
        const std::optional<TunnelCommand> command =
                TunnelCommand::build(*findTunnelTool(tool), optionsFor(tool, 8787), &error);
        QVERIFY2(command, qPrintable(error));
        QCOMPARE(command->program, program);
        QCOMPARE(command->arguments, arguments);
    }

    void sshCommandCarriesTheUsersOptions()
    {
        TunnelOptions options = optionsFor(u"ssh"_s, 8787);
        options.targetHost = u"::1"_s;
        options.sshHost = u"deploy@hooks.example.com"_s;
        options.sshPort = 2222;
        options.sshIdentity = u"/home/me/.ssh/id_tunnel"_s;
        options.remotePort = 9000;
        options.sshOptions = { u"UserKnownHostsFile=/tmp/known hosts"_s };
        QString error;
        const std::optional<TunnelCommand> command = TunnelCommand::build(*findTunnelTool(u"ssh"_s), options, &error);
        if (!command && QStandardPaths::findExecutable(u"ssh"_s).isEmpty())
            QSKIP("ssh is not installed (Debian: openssh-client)");
        QVERIFY2(command, qPrintable(error));
        const QStringList &arguments = command->arguments;
        QCOMPARE(arguments.constFirst(), u"-N"_s);
        QVERIFY(arguments.contains(u"ExitOnForwardFailure=yes"_s));
        QVERIFY(arguments.contains(u"BatchMode=yes"_s));
        QCOMPARE(arguments.mid(arguments.indexOf(u"-p"_s), 2), QStringList({ u"-p"_s, u"2222"_s }));
        QCOMPARE(arguments.mid(arguments.indexOf(u"-i"_s), 4),
                 QStringList({ u"-i"_s, u"/home/me/.ssh/id_tunnel"_s, u"-o"_s, u"IdentitiesOnly=yes"_s }));
        QVERIFY(arguments.contains(u"UserKnownHostsFile=/tmp/known hosts"_s));
        QCOMPARE(arguments.mid(arguments.size() - 3),
                 QStringList({ u"-R"_s, u"9000:[::1]:8787"_s, u"deploy@hooks.example.com"_s }));
        QVERIFY(command->displayText().contains(u"'UserKnownHostsFile=/tmp/known hosts'"_s));
    }

    void commandRefusesWhatCannotWork_data()
    {
        QTest::addColumn<TunnelOptions>("options");
        QTest::addColumn<QString>("message");
        TunnelOptions noHost = optionsFor(u"ssh"_s, 8787);
        QTest::newRow("ssh without a host") << noHost << u"user@host"_s;
        TunnelOptions optionHost = noHost;
        optionHost.sshHost = u"-oProxyCommand=touch /tmp/x"_s;
        QTest::newRow("ssh host that is an option") << optionHost << u"user@host"_s;
        TunnelOptions badOption = noHost;
        badOption.sshHost = u"me@example.com"_s;
        badOption.sshOptions = { u"-v"_s };
        QTest::newRow("ssh option without value") << badOption << u"NAME=VALUE"_s;
        TunnelOptions noPort = optionsFor(u"cloudflared"_s, 0);
        QTest::newRow("no capture port") << noPort << u"port"_s;
        TunnelOptions badProgram = optionsFor(u"ngrok"_s, 8787);
        badProgram.program = m_dir.filePath(u"no-such-ngrok"_s);
        QTest::newRow("program that is not there") << badProgram << u"not an executable program"_s;
    }

    void commandRefusesWhatCannotWork()
    {
        QFETCH(TunnelOptions, options);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!TunnelCommand::build(*findTunnelTool(options.tool), options, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void webhookUrlsJoinThePublicUrlAndEndpointPaths()
    {
        QCOMPARE(joinPublicUrl(u"https://a.trycloudflare.com/"_s, u"/enad"_s), u"https://a.trycloudflare.com/enad"_s);
        QCOMPARE(joinPublicUrl(u"https://a.trycloudflare.com"_s, u"hooks/x"_s), u"https://a.trycloudflare.com/hooks/x"_s);
        QCOMPARE(joinPublicUrl(u"https://proxy.example/base/"_s, u"/enad"_s), u"https://proxy.example/base/enad"_s);
        Endpoint enad;
        enad.path = u"/enad"_s;
        enad.provider = u"enad"_s;
        Endpoint phasio;
        phasio.path = u"/phasio/orders"_s;
        const QList<WebhookUrl> urls = webhookUrls(u"https://x.ngrok-free.app"_s, { enad, phasio });
        QCOMPARE(urls.size(), 2);
        QCOMPARE(urls.at(0).url, u"https://x.ngrok-free.app/enad"_s);
        QCOMPARE(urls.at(0).provider, u"enad"_s);
        QCOMPARE(urls.at(1).url, u"https://x.ngrok-free.app/phasio/orders"_s);
    }

    void missingToolFailsAtOnceWithAnInstallHint_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("hint");
        QTest::newRow("cloudflared") << u"cloudflared"_s << u"developers.cloudflare.com"_s;
        QTest::newRow("ngrok") << u"ngrok"_s << u"ngrok.com/download"_s;
        QTest::newRow("localtunnel") << u"localtunnel"_s << u"npm install -g localtunnel"_s;
        QTest::newRow("ssh") << u"ssh"_s << u"openssh-client"_s;
    }

    void missingToolFailsAtOnceWithAnInstallHint()
    {
        QFETCH(QString, tool);
        QFETCH(QString, hint);
        const QTemporaryDir emptyPath;
        qputenv("PATH", emptyPath.path().toLocal8Bit());
        TunnelRunner runner;
        QSignalSpy states(&runner, &TunnelRunner::stateChanged);
        TunnelOptions options = optionsFor(tool, 8787);
        options.sshHost = u"me@example.com"_s;
        runner.start(options);
        qputenv("PATH", fixtures().toLocal8Bit() + ':' + m_path);
        // Decided before start() returns: nothing to wait for.
        QCOMPARE(runner.state(), TunnelRunner::State::Failed);
        QCOMPARE(states.size(), 1);
        QVERIFY2(runner.failureReason().contains(hint), qPrintable(runner.failureReason()));
        QVERIFY(runner.failureReason().contains(u"not installed"_s));
        QVERIFY(runner.log().lines().contains(runner.failureReason()));
    }

    void cloudflaredQuickTunnelUrlComesFromItsBox()
    {
        TunnelRunner runner;
        QSignalSpy urls(&runner, &TunnelRunner::publicUrlChanged);
        runner.start(optionsFor(u"cloudflared"_s, 8787));
        QCOMPARE(runner.state(), TunnelRunner::State::Starting);
        QVERIFY(waitForState(runner, TunnelRunner::State::Up));
        // Not the "trycloudflare.com" of the line before, nor api.trycloudflare.com.
        QCOMPARE(runner.publicUrl(), u"https://fancy-words-quietly-grow.trycloudflare.com"_s);
        QCOMPARE(urls.size(), 1);
        QCOMPARE(recordedArguments(),
                 QStringList({ u"tunnel"_s, u"--no-autoupdate"_s, u"--url"_s, u"http://127.0.0.1:8787"_s }));
        QVERIFY(runner.log().lines().constFirst().startsWith(u"$ "_s + fixtures() + u"/cloudflared tunnel"_s));
        runner.stop();
        QVERIFY(waitForState(runner, TunnelRunner::State::Stopped));
    }

    void ngrokUrlComesFromItsLog()
    {
        TunnelRunner runner;
        runner.start(optionsFor(u"ngrok"_s, 18787));
        QVERIFY(waitForState(runner, TunnelRunner::State::Up));
        QCOMPARE(runner.publicUrl(), u"https://3f1c-203-0-113-9.ngrok-free.app"_s);
        QCOMPARE(recordedArguments().mid(0, 2), QStringList({ u"http"_s, u"127.0.0.1:18787"_s }));
    }

    void theUsersPublicUrlReplacesTheToolsOne()
    {
        TunnelRunner runner;
        TunnelOptions options = optionsFor(u"ngrok"_s, 8787);
        options.publicUrl = u"https://hooks.example.com"_s;
        runner.start(options);
        QVERIFY(waitForState(runner, TunnelRunner::State::Up));
        QCOMPARE(runner.publicUrl(), u"https://hooks.example.com"_s);
    }

    void localtunnelRelaysADeliveryIntoTheCaptureService()
    {
        Capture capture = startCapture();
        QVERIFY(capture.service);
        const quint16 relayPort = SshServer::freePort();
        qputenv("FAKE_TUNNEL_RELAY_PORT", QByteArray::number(relayPort));
        TunnelRunner runner;
        runner.start(optionsFor(u"localtunnel"_s, capture.service->listenPort()));
        QVERIFY2(waitForState(runner, TunnelRunner::State::Up), qPrintable(runner.log().lines().join(u'\n')));
        QCOMPARE(runner.publicUrl(), u"http://127.0.0.1:%1"_s.arg(relayPort));

        // The tunnel's edge names the real client, as localtunnel's server does.
        QCOMPARE(post(relayPort, "/enad/through-localtunnel", "X-Forwarded-For: 203.0.113.9\r\n"), 200);
        const std::optional<DeliverySummary> summary = stored(capture.databasePath, "/enad/through-localtunnel");
        QVERIFY(summary);
        QCOMPARE(summary->peerAddress, u"127.0.0.1"_s);
        QCOMPARE(summary->forwardedClient, u"203.0.113.9"_s);

        runner.stop();
        QCOMPARE(runner.state(), TunnelRunner::State::Up); // until the program is gone
        QVERIFY(waitForState(runner, TunnelRunner::State::Stopped));
        QTRY_VERIFY_WITH_TIMEOUT(!portAccepts(relayPort), TunnelRunner::kStopGraceMs + 10000); // socat, started by the script, went with it
        QVERIFY(runner.log().lines().constLast().contains(u"Stopped"_s));
    }

    void destroyingTheRunnerStopsTheProgram()
    {
        const quint16 relayPort = SshServer::freePort();
        qputenv("FAKE_TUNNEL_RELAY_PORT", QByteArray::number(relayPort));
        auto runner = std::make_unique<TunnelRunner>();
        runner->start(optionsFor(u"localtunnel"_s, 8787));
        QVERIFY(waitForState(*runner, TunnelRunner::State::Up));
        // socat forks for this connection; a SIGTERM that meets the fork can leave its listener
        // running (the two share a queue for deferred signals), so the runner has to kill it.
        QVERIFY(portAccepts(relayPort));
        runner.reset();
        // Killed when the runner went; the wait is only for the kernel to close the socket.
        QTRY_VERIFY_WITH_TIMEOUT(!portAccepts(relayPort), 10000);
    }

    void whatIgnoresSigtermIsKilledWhenTheGraceEnds_data()
    {
        QTest::addColumn<bool>("destroy");
        QTest::newRow("stopped") << false;
        QTest::newRow("runner destroyed") << true;
    }

    // A child of the program that ignores SIGTERM outlives the program; the runner kills it.
    void whatIgnoresSigtermIsKilledWhenTheGraceEnds()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("reads /proc");
#endif
        QFETCH(bool, destroy);
        const QString pidFile = m_dir.filePath(u"helper.pid"_s);
        QFile::remove(pidFile);
        qputenv("FAKE_TUNNEL_HELPER_PID_FILE", pidFile.toLocal8Bit());
        auto runner = std::make_unique<TunnelRunner>();
        runner->start(optionsFor(u"localtunnel"_s, 8787));
        QVERIFY(waitForState(*runner, TunnelRunner::State::Up));
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 helper = file.readAll().trimmed().toLongLong();
        QVERIFY(helper > 0);
        QVERIFY(!processGone(helper));
        if (destroy) {
            runner.reset();
        } else {
            runner->stop();
            QVERIFY(waitForState(*runner, TunnelRunner::State::Stopped));
        }
        QTRY_VERIFY_WITH_TIMEOUT(processGone(helper), TunnelRunner::kStopGraceMs + 10000);
    }

    void programExitingEarlyFailsWithItsReason_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("reason");
        QTest::newRow("cloudflared") << u"cloudflared"_s << u"failed to request quick Tunnel"_s;
        QTest::newRow("ngrok") << u"ngrok"_s << u"authentication failed"_s;
        QTest::newRow("localtunnel") << u"localtunnel"_s << u"connection refused: localtunnel.me"_s;
    }

    void programExitingEarlyFailsWithItsReason()
    {
        QFETCH(QString, tool);
        QFETCH(QString, reason);
        qputenv("FAKE_TUNNEL", "exit");
        TunnelRunner runner;
        runner.start(optionsFor(tool, 8787));
        QVERIFY(waitForState(runner, TunnelRunner::State::Failed));
        const QString failure = runner.failureReason();
        QVERIFY2(failure.startsWith(u"The tunnel did not open: %1 exited with code 1."_s.arg(tool)), qPrintable(failure));
        QVERIFY2(failure.contains(reason), qPrintable(failure));
        QVERIFY(runner.publicUrl().isEmpty());
    }

    void noUrlWithinTheTimeoutFails()
    {
        qputenv("FAKE_TUNNEL", "silent");
        TunnelRunner runner;
        TunnelOptions options = optionsFor(u"cloudflared"_s, 8787);
        options.startTimeout = std::chrono::seconds(1);
        runner.start(options);
        QVERIFY(waitForState(runner, TunnelRunner::State::Failed));
        QVERIFY2(runner.failureReason().startsWith(u"No public URL appeared within the start timeout (1 s)."_s),
                 qPrintable(runner.failureReason()));
        QVERIFY(runner.failureReason().contains(u"Requesting new quick Tunnel"_s));
        // The program is stopped, and the state stays what it was: failed.
        QTRY_VERIFY(runner.log().lines().constLast().contains(u"Stopped"_s));
        QCOMPARE(runner.state(), TunnelRunner::State::Failed);
    }

    void sshReverseTunnelCarriesADeliveryIntoTheCaptureService()
    {
        if (SshServer::mayBeSkipped())
            QSKIP("sshd is not installed (Debian: openssh-server; scripts/install-deps test)");
        SshServer server;
        const QString sshProblem = server.start();
        QVERIFY2(sshProblem.isEmpty(), qPrintable(sshProblem));
        Capture capture = startCapture();
        QVERIFY(capture.service);

        const quint16 remotePort = SshServer::freePort();
        TunnelRunner runner;
        runner.start(sshOptions(server, capture.service->listenPort(), remotePort));
        QVERIFY2(waitForState(runner, TunnelRunner::State::Up),
                 qPrintable(runner.log().lines().join(u'\n') + u"\nsshd: "_s + QString::fromLocal8Bit(server.log())));
        QCOMPARE(runner.publicUrl(), u"http://127.0.0.1:%1"_s.arg(remotePort));

        // Into sshd's forwarded port, out of ssh on this side, into the capture service.
        QCOMPARE(post(remotePort, "/through-ssh"), 200);
        const std::optional<DeliverySummary> summary = stored(capture.databasePath, "/through-ssh");
        QVERIFY(summary);
        QCOMPARE(summary->method, QByteArray("POST"));
        QCOMPARE(summary->peerAddress, u"127.0.0.1"_s);

        runner.stop();
        QVERIFY(waitForState(runner, TunnelRunner::State::Stopped));
        QTRY_VERIFY(!portAccepts(remotePort)); // sshd closes the forward once ssh is gone
    }

    void sshServerChoosesTheRemotePortWhenAskedFor0()
    {
        if (SshServer::mayBeSkipped())
            QSKIP("sshd is not installed (Debian: openssh-server; scripts/install-deps test)");
        SshServer server;
        const QString sshProblem = server.start();
        QVERIFY2(sshProblem.isEmpty(), qPrintable(sshProblem));
        Capture capture = startCapture();
        QVERIFY(capture.service);
        TunnelRunner runner;
        runner.start(sshOptions(server, capture.service->listenPort(), 0));
        QVERIFY2(waitForState(runner, TunnelRunner::State::Up), qPrintable(runner.log().lines().join(u'\n')));
        const QUrl url(runner.publicUrl());
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(url.port() > 0);
        QCOMPARE(post(quint16(url.port()), "/allocated"), 200);
        QVERIFY(stored(capture.databasePath, "/allocated"));
    }

    void sshForwardRefusedByTheServerFailsWithItsReason()
    {
        if (SshServer::mayBeSkipped())
            QSKIP("sshd is not installed (Debian: openssh-server; scripts/install-deps test)");
        SshServer server;
        const QString sshProblem = server.start();
        QVERIFY2(sshProblem.isEmpty(), qPrintable(sshProblem));
        // Taken on every address: sshd binds the forward on 127.0.0.1 and ::1 and is content
        // with either.
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::Any, 0));
        TunnelRunner runner;
        runner.start(sshOptions(server, 8787, taken.serverPort()));
        QVERIFY(waitForState(runner, TunnelRunner::State::Failed));
        QVERIFY2(runner.failureReason().contains(u"remote port forwarding failed for listen port %1"_s
                                                         .arg(taken.serverPort())),
                 qPrintable(runner.failureReason()));
    }
};

QTEST_GUILESS_MAIN(TestTunnel)
#include "tst_tunnel.moc"
