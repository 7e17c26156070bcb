#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#endif

// Debian's OpenSSH server (openssh-server) on a free loopback port, for tests of ssh -R
// tunnels: throwaway host and user keys made by ssh-keygen in a temporary directory, the
// user's public key authorized there, no PAM, run as the current user (root in CI).
class SshServer
{
public:
    static QString sshdProgram()
    {
        return QStandardPaths::findExecutable(QStringLiteral("sshd"),
                                              { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"),
                                                QStringLiteral("/sbin") });
    }

    // A port nothing listens on right now (the system's choice for port 0, released).
    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        return probe.serverPort();
    }

    static QString currentUser()
    {
#if defined(Q_OS_UNIX)
        if (const passwd *entry = ::getpwuid(::geteuid()))
            return QString::fromLocal8Bit(entry->pw_name);
#endif
        return qEnvironmentVariable("USER");
    }

    // A test skips where sshd is not installed, except in CI (scripts/install-deps test
    // installs it there), where it fails instead.
    static bool mayBeSkipped() { return sshdProgram().isEmpty() && qEnvironmentVariableIsEmpty("CI"); }

    // Empty once sshd listens, else what went wrong (with sshd's own words).
    QString start()
    {
        const QString sshd = sshdProgram();
        const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
        if (sshd.isEmpty() || keygen.isEmpty())
            return QStringLiteral("sshd or ssh-keygen is not installed (Debian: openssh-server, openssh-client)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        for (const QString &key : { QStringLiteral("host_key"), QStringLiteral("user_key") }) {
            QProcess keygenRun;
            keygenRun.start(keygen, { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                      QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                                      QStringLiteral("hookscope-test"), QStringLiteral("-f"), m_dir.filePath(key) });
            if (!keygenRun.waitForFinished(30000) || keygenRun.exitCode() != 0)
                return QStringLiteral("ssh-keygen failed: ") + QString::fromLocal8Bit(keygenRun.readAllStandardError());
        }
        if (!QFile::copy(m_dir.filePath(QStringLiteral("user_key.pub")), m_dir.filePath(QStringLiteral("authorized_keys"))))
            return QStringLiteral("cannot write authorized_keys");
#if defined(Q_OS_UNIX)
        // As root, sshd wants its privilege separation directory, which Debian's service
        // creates at boot (RuntimeDirectory=sshd); a test machine that never ran it has none.
        if (::geteuid() == 0 && !QFileInfo::exists(QStringLiteral("/run/sshd"))) {
            if (!QDir().mkpath(QStringLiteral("/run/sshd")))
                return QStringLiteral("cannot create /run/sshd");
            QFile::setPermissions(QStringLiteral("/run/sshd"),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        }
#endif
        QString lastError;
        for (int attempt = 0; attempt < 3; ++attempt) { // another process may take the free port
            lastError = startOn(sshd, freePort());
            if (lastError.isEmpty())
                return {};
        }
        return lastError;
    }

    quint16 port() const { return m_port; }
    QString identityFile() const { return m_dir.filePath(QStringLiteral("user_key")); }
    QString knownHostsFile() const { return m_dir.filePath(QStringLiteral("known_hosts")); }
    QString destination() const { return currentUser() + QStringLiteral("@127.0.0.1"); }
    QByteArray log() { return m_log += m_process.readAllStandardError(); }

    ~SshServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

private:
    QString startOn(const QString &sshd, quint16 port)
    {
        const QString config = m_dir.filePath(QStringLiteral("sshd_config"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write sshd_config");
        file.write(QStringLiteral("ListenAddress 127.0.0.1\n"
                                  "Port %1\n"
                                  "HostKey %2\n"
                                  "AuthorizedKeysFile %3\n"
                                  "PidFile %4\n"
                                  "StrictModes no\n"
                                  "UsePAM no\n"
                                  "PubkeyAuthentication yes\n"
                                  "PasswordAuthentication no\n"
                                  "KbdInteractiveAuthentication no\n"
                                  "PermitRootLogin prohibit-password\n"
                                  "AllowTcpForwarding remote\n"
                                  "GatewayPorts no\n")
                           .arg(port)
                           .arg(m_dir.filePath(QStringLiteral("host_key")),
                                m_dir.filePath(QStringLiteral("authorized_keys")),
                                m_dir.filePath(QStringLiteral("sshd.pid")))
                           .toLocal8Bit());
        file.close();
        m_log.clear();
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(sshd, { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config });
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("sshd did not start: ") + m_process.errorString();
        const QByteArray ready = QStringLiteral("Server listening on 127.0.0.1 port %1").arg(port).toLatin1();
        const bool listening = QTest::qWaitFor([&] {
            return log().contains(ready) || m_process.state() == QProcess::NotRunning;
        }, 15000) && log().contains(ready);
        if (!listening) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return QStringLiteral("sshd did not listen: ") + QString::fromLocal8Bit(log());
        }
        m_port = port;
        return {};
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
};
