// `hookscope tunnel` end to end: a real `hookscope --headless`, a tunnel to it through the
// localtunnel stand-in that relays (tests/fixtures/tunnel) and through ssh -R and a real sshd,
// deliveries sent to the public URL found with `hookscope export`; exit codes, install hints,
// SIGTERM and SIGINT.
#include "common/endpointsfile.h"
#include "headlessprocess.h"
#include "sshserver.h"
#include "tunnelfixtures.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace hookscope;
using namespace Qt::StringLiterals;
using namespace tunnelfixtures;

namespace {

const QString kPaste = QStringLiteral("paste this into the vendor's webhook settings: ");

// `hookscope tunnel ...` as a child process, its stdout read line by line.
class TunnelProcess
{
public:
    void start(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(HeadlessProcess::executable(), QStringList { u"tunnel"_s } + arguments);
    }

    // Waits for a line of stdout starting with prefix; returns it, or an empty string.
    QString waitForLine(const QString &prefix)
    {
        QString found;
        const auto seen = [&] {
            m_out += m_process.readAllStandardOutput();
            for (const QByteArray &line : m_out.split('\n')) {
                if (line.startsWith(prefix.toUtf8()))
                    found = QString::fromUtf8(line);
            }
            return !found.isEmpty() || m_process.state() == QProcess::NotRunning;
        };
        if (!QTest::qWaitFor(seen, 30000))
            qWarning() << "no line" << prefix;
        return found;
    }

    // Sends the signal and returns the exit code (-1 when it did not exit by itself).
    int stopWith(int signalNumber)
    {
        ::kill(pid_t(m_process.processId()), signalNumber);
        if (!m_process.waitForFinished(15000) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        return m_process.exitCode();
    }

    QByteArray output() { return m_out += m_process.readAllStandardOutput(); }
    QByteArray errors() { return m_err += m_process.readAllStandardError(); }

    ~TunnelProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace

class TestTunnelCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    static QProcessEnvironment environment(const QString &path)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PATH"_s, path);
        return environment;
    }

    static QProcessEnvironment withFixtures()
    {
        return environment(fixtures() + u":"_s + qEnvironmentVariable("PATH"));
    }

    QString newDataDir() { return m_dir.filePath(u"data-%1"_s.arg(++m_serial)); }

    // `hookscope export` of the data directory, once it has the delivery with this target.
    static QByteArray exported(const QString &dataDir, const QByteArray &target)
    {
        QByteArray ndjson;
        const auto exportedYet = [&] {
            return runHookscope({ u"export"_s, u"--data-dir"_s, dataDir, u"--format"_s, u"ndjson"_s }, &ndjson) == 0
                    && ndjson.contains("\"target\":\"" + target + "\"");
        };
        if (!QTest::qWaitFor(exportedYet, 10000))
            qWarning() << "not exported:" << target;
        return ndjson;
    }

private slots:
    void deliveryTravelsThroughARelayingTunnelIntoHeadlessHookscope()
    {
        const QString dataDir = newDataDir();
        HeadlessProcess hookscope;
        QVERIFY(hookscope.start(dataDir));
        // An endpoint kept in the data directory, as the settings of the console keep them.
        Endpoint kept;
        kept.path = u"/willsuite"_s;
        kept.provider = u"willsuite"_s;
        QString error;
        QVERIFY2(EndpointsFile::save(dataDir, { kept }, &error), qPrintable(error));

        const quint16 relayPort = SshServer::freePort();
        QProcessEnvironment environment = withFixtures();
        environment.insert(u"FAKE_TUNNEL_RELAY_PORT"_s, QString::number(relayPort));
        TunnelProcess tunnel;
        tunnel.start({ u"--via"_s, u"localtunnel"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(hookscope.port()),
                       u"--data-dir"_s, dataDir, u"--endpoint"_s, u"/enad=enad"_s },
                     environment);
        const QString publicUrl = u"http://127.0.0.1:%1"_s.arg(relayPort);
        QCOMPARE(tunnel.waitForLine(u"tunnel up: "_s), u"tunnel up: "_s + publicUrl);
        QCOMPARE(tunnel.waitForLine(kPaste + publicUrl + u"/enad"_s), kPaste + publicUrl + u"/enad (enad)"_s);
        QVERIFY(tunnel.output().contains((kPaste + publicUrl + u"/willsuite (willsuite)\n"_s).toUtf8()));

        QCOMPARE(post(relayPort, "/enad/via-tunnel", "X-Forwarded-For: 198.51.100.23\r\n"), 200);
        const QByteArray ndjson = exported(dataDir, "/enad/via-tunnel");
        QVERIFY2(ndjson.contains("\"target\":\"/enad/via-tunnel\""), ndjson.constData());
        QVERIFY(ndjson.contains("[\"X-Forwarded-For\",\"198.51.100.23\"]"));

        QCOMPARE(tunnel.stopWith(SIGTERM), 0);
        QTRY_VERIFY(!portAccepts(relayPort)); // the relay the tool started went with it
        QVERIFY(hookscope.terminate());
    }

    void deliveryTravelsThroughSshIntoHeadlessHookscope()
    {
        if (SshServer::mayBeSkipped())
            QSKIP("sshd is not installed (Debian: openssh-server; scripts/install-deps test)");
        SshServer server;
        const QString sshProblem = server.start();
        QVERIFY2(sshProblem.isEmpty(), qPrintable(sshProblem));
        const QString dataDir = newDataDir();
        HeadlessProcess hookscope;
        QVERIFY(hookscope.start(dataDir));
        const quint16 remotePort = SshServer::freePort();
        TunnelProcess tunnel;
        tunnel.start({ u"--via"_s, u"ssh"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(hookscope.port()),
                       u"--data-dir"_s, dataDir, u"--ssh-host"_s, server.destination(), u"--ssh-port"_s,
                       QString::number(server.port()), u"--ssh-identity"_s, server.identityFile(),
                       u"--ssh-option"_s, u"UserKnownHostsFile="_s + server.knownHostsFile(),
                       u"--remote-port"_s, QString::number(remotePort) },
                     QProcessEnvironment::systemEnvironment());
        const QString line = tunnel.waitForLine(u"tunnel up: "_s);
        QVERIFY2(line == u"tunnel up: http://127.0.0.1:%1"_s.arg(remotePort),
                 qPrintable(line + u"\n"_s + QString::fromLocal8Bit(tunnel.errors() + server.log())));
        // No endpoint named: any path will do, and the command says so.
        const QByteArray anyPath = (kPaste + u"http://127.0.0.1:%1/<name> (every path is captured"_s.arg(remotePort)).toUtf8();
        QVERIFY(tunnel.output().contains(anyPath));

        QCOMPARE(post(remotePort, "/through/ssh"), 200);
        const QByteArray ndjson = exported(dataDir, "/through/ssh");
        QVERIFY(ndjson.contains("\"target\":\"/through/ssh\""));
        QVERIFY2(ndjson.contains("\"body_base64\":\"" + kBody.toBase64() + "\""), ndjson.constData());

        QCOMPARE(tunnel.stopWith(SIGINT), 0);
        QTRY_VERIFY(!portAccepts(remotePort));
        QVERIFY(hookscope.terminate());
    }

    void missingToolExitsAtOnceWithTheInstallHint_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("hint");
        QTest::newRow("cloudflared") << u"cloudflared"_s << u"https://developers.cloudflare.com/"_s;
        QTest::newRow("ngrok") << u"ngrok"_s << u"https://ngrok.com/download"_s;
        QTest::newRow("localtunnel") << u"localtunnel"_s << u"npm install -g localtunnel"_s;
    }

    void missingToolExitsAtOnceWithTheInstallHint()
    {
        QFETCH(QString, tool);
        QFETCH(QString, hint);
        const QTemporaryDir emptyPath;
        QProcess process;
        process.setProcessEnvironment(environment(emptyPath.path()));
        process.start(HeadlessProcess::executable(), { u"tunnel"_s, u"--via"_s, tool });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(errors.startsWith(u"hookscope tunnel: %1 is not installed"_s.arg(tool)), qPrintable(errors));
        QVERIFY2(errors.contains(hint), qPrintable(errors));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void toolThatFailsExitsWithItsReason()
    {
        QProcessEnvironment environment = withFixtures();
        environment.insert(u"FAKE_TUNNEL"_s, u"exit"_s);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(HeadlessProcess::executable(), { u"tunnel"_s, u"--via"_s, u"cloudflared"_s });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(errors.contains(u"hookscope tunnel: The tunnel did not open: cloudflared exited with code 1.\n"
                                 "failed to request quick Tunnel"_s),
                 qPrintable(errors));
        QVERIFY(errors.contains(u"the last lines of cloudflared:\n"_s));
    }

    void noUrlInTimeExits()
    {
        QProcessEnvironment environment = withFixtures();
        environment.insert(u"FAKE_TUNNEL"_s, u"silent"_s);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(HeadlessProcess::executable(),
                      { u"tunnel"_s, u"--via"_s, u"ngrok"_s, u"--tunnel-timeout"_s, u"1"_s });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("No public URL appeared within the start timeout (1 s)."));
    }

    void stoppedWhileStartingExits0()
    {
        QProcessEnvironment environment = withFixtures();
        environment.insert(u"FAKE_TUNNEL"_s, u"silent"_s);
        TunnelProcess tunnel;
        tunnel.start({ u"--via"_s, u"cloudflared"_s }, environment);
        QTRY_VERIFY(tunnel.errors().contains("starting cloudflared"));
        QCOMPARE(tunnel.stopWith(SIGTERM), 0);
        QVERIFY(!tunnel.output().contains("tunnel up"));
    }

    void refusesWhatCannotWork_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no tool") << QStringList() << u"--via is required"_s;
        QTest::newRow("unknown tool") << QStringList { u"--via"_s, u"frp"_s } << u"Hookscope knows"_s;
        QTest::newRow("port 0") << QStringList { u"--via"_s, u"ngrok"_s, u"--listen"_s, u"127.0.0.1:0"_s }
                                << u"not 0"_s;
        QTest::newRow("ssh option without ssh")
                << QStringList { u"--via"_s, u"cloudflared"_s, u"--ssh-host"_s, u"me@example.com"_s }
                << u"go with --via ssh"_s;
        QTest::newRow("ssh without host") << QStringList { u"--via"_s, u"ssh"_s } << u"--ssh-host USER@HOST"_s;
        QTest::newRow("ssh host that is an option")
                << QStringList { u"--via"_s, u"ssh"_s, u"--ssh-host"_s, u"-oProxyCommand=x"_s } << u"user@host"_s;
        QTest::newRow("bad remote port")
                << QStringList { u"--via"_s, u"ssh"_s, u"--ssh-host"_s, u"me@example.com"_s, u"--remote-port"_s, u"70000"_s }
                << u"--remote-port takes a number"_s;
        QTest::newRow("bad public url")
                << QStringList { u"--via"_s, u"ngrok"_s, u"--public-url"_s, u"example.com"_s } << u"--public-url"_s;
    }

    void refusesWhatCannotWork()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess process;
        process.setProcessEnvironment(withFixtures());
        process.start(HeadlessProcess::executable(), QStringList { u"tunnel"_s } + arguments);
        QVERIFY(process.waitForFinished(30000));
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(errors.contains(message), qPrintable(errors));
        // The ssh host is checked by the runner, as a failed tunnel; the rest before anything runs.
        QCOMPARE(process.exitCode(), message == u"user@host"_s ? 1 : 2);
    }
};

QTEST_GUILESS_MAIN(TestTunnelCli)
#include "tst_tunnelcli.moc"
