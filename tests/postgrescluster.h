#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <arpa/inet.h>
#include <csignal>
#include <grp.h>
#include <memory>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

// A throwaway PostgreSQL server from Debian's packages (postgresql) for tests and benchmarks:
// initdb into a temporary directory (trust authentication, superuser `hookscope`, UTF8, C locale),
// the postgres binary listening on 127.0.0.1 only, on a free port, with its socket in that
// directory and fsync off. As root it runs as the `postgres` system user, because PostgreSQL
// refuses to run as root. Needs only QtCore, so bench programs can use it too.
//
// The server is this process's child, not a pg_ctl daemon: stop() and the destructor end it, and
// should this process die (a crash, a test killed at its timeout) the kernel tells the server to
// shut down at once (PR_SET_PDEATHSIG, so start() and the cluster's whole life belong to one
// thread). Only the temporary directory is left behind then.
class PostgresCluster
{
public:
    static constexpr const char *superuser = "hookscope";

    // The newest /usr/lib/postgresql/<version>/bin with initdb and postgres, else
    // `pg_config --bindir`; empty when the server is not installed.
    static QString binDirectory()
    {
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList names = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(names.begin(), names.end(),
                  [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
        for (const QString &name : std::as_const(names)) {
            if (hasServer(versions.filePath(name + QStringLiteral("/bin"))))
                return versions.filePath(name + QStringLiteral("/bin"));
        }
        QProcess pgConfig;
        pgConfig.start(QStringLiteral("pg_config"), { QStringLiteral("--bindir") });
        if (pgConfig.waitForFinished(10000) && pgConfig.exitCode() == 0) {
            const QString directory
                = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
            if (hasServer(directory))
                return directory;
        }
        return {};
    }

    // In CI (CI=true) a missing server is a failure; elsewhere tests skip with installHint().
    static bool required() { return qgetenv("CI") == "true"; }
    static const char *installHint()
    {
        return "PostgreSQL is not installed (Debian: postgresql, libqt6sql6-psql); "
               "scripts/install-deps test installs them";
    }

    PostgresCluster() = default;
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;
    ~PostgresCluster() { stop(); }

    // True once the server accepts connections; else false with what failed in *error.
    bool start(QString *error)
    {
        stop();
        const bool started = startCluster(error);
        if (!started)
            stop();
        return started;
    }

    // Immediate shutdown (SIGQUIT, as pg_ctl stop -m immediate: the cluster is thrown away),
    // then the temporary directory goes.
    void stop()
    {
        if (m_server.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_server.processId()), SIGQUIT);
            if (!m_server.waitForFinished(15000)) {
                m_server.kill();
                m_server.waitForFinished(5000);
            }
        }
        m_port = 0;
        m_directory.reset();
    }

    // A new, empty database NAME (letters, digits, underscores); its url(), or empty with *error.
    QString createDatabase(const QString &name, QString *error)
    {
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
        if (!identifier.match(name).hasMatch()) {
            fail(error, QStringLiteral("'%1' is not a plain database name").arg(name));
            return {};
        }
        if (m_port == 0) {
            fail(error, QStringLiteral("the cluster is not running"));
            return {};
        }
        QString output;
        if (!run(QStringLiteral("createdb"),
                 { QStringLiteral("--host=127.0.0.1"), QStringLiteral("--port=%1").arg(m_port),
                   QStringLiteral("--username=") + QLatin1String(superuser),
                   QStringLiteral("--no-password"), name },
                 &output)) {
            fail(error, output);
            return {};
        }
        return url(name);
    }

    QString url(const QString &database) const
    {
        return QStringLiteral("postgres://%1@127.0.0.1:%2/%3")
            .arg(QLatin1String(superuser))
            .arg(m_port)
            .arg(database);
    }
    quint16 port() const { return m_port; }
    qint64 serverProcessId() const { return m_server.processId(); }
    // The temporary directory holding the cluster (data/), its socket and server.log.
    QString directory() const { return m_directory ? m_directory->path() : QString(); }
    QByteArray serverLog() const
    {
        QFile log(logFile());
        return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    }

private:
    enum StartResult { Started, PortTaken, Failed };

    bool startCluster(QString *error)
    {
        m_binDirectory = binDirectory();
        if (m_binDirectory.isEmpty())
            return fail(error, QString::fromLatin1(installHint()));
        m_directory = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                      + QStringLiteral("/hookscope-pg-XXXXXX"));
        if (!m_directory->isValid())
            return fail(error,
                        QStringLiteral("cannot create a temporary directory: ")
                            + m_directory->errorString());
        if (::geteuid() == 0) {
            const passwd *account = ::getpwnam("postgres");
            if (!account)
                return fail(
                    error,
                    QStringLiteral("running as root, and there is no 'postgres' user to run the "
                                   "server as (Debian's postgresql-common creates it)"));
            m_uid = account->pw_uid;
            m_gid = account->pw_gid;
            if (::chown(QFile::encodeName(directory()).constData(), m_uid, m_gid) != 0)
                return fail(error,
                            QStringLiteral("cannot hand %1 to the postgres user").arg(directory()));
        }
        QString output;
        if (!run(QStringLiteral("initdb"),
                 { QStringLiteral("--pgdata=") + dataDirectory(),
                   QStringLiteral("--username=") + QLatin1String(superuser),
                   QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                   QStringLiteral("--locale=C"), QStringLiteral("--no-sync") },
                 &output)) {
            if (::geteuid() == 0)
                output += QStringLiteral("\n(as root, the cluster belongs to the postgres user, "
                                         "who must be able to reach %1)")
                              .arg(directory());
            return fail(error, output);
        }
        // Another process may take the free port before the server binds it.
        for (int attempt = 1;; ++attempt) {
            const StartResult result = startServer(freePort(), &output);
            if (result == Started)
                return true;
            if (result == Failed || attempt == 3)
                return fail(error, output);
        }
    }

    static bool hasServer(const QString &directory)
    {
        return QFile::exists(directory + QStringLiteral("/initdb"))
            && QFile::exists(directory + QStringLiteral("/postgres"))
            && QFile::exists(directory + QStringLiteral("/createdb"));
    }

    // A port nothing listens on right now (the system's choice for port 0, released).
    static quint16 freePort()
    {
        const int probe = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (probe < 0)
            return 0;
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        quint16 port = 0;
        if (::bind(probe, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && ::getsockname(probe, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        ::close(probe);
        return port;
    }

    static QString tail(const QByteArray &text)
    {
        return QString::fromLocal8Bit(text.right(2000)).trimmed();
    }
    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    QString dataDirectory() const { return directory() + QStringLiteral("/data"); }
    QString logFile() const { return directory() + QStringLiteral("/server.log"); }

    // As the server's user (the postgres user when root), in the cluster's directory, with no
    // PG* variables of the caller's that could point the tools elsewhere; the server also dies
    // with this process.
    void prepare(QProcess &process) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : environment.keys()) {
            if (name.startsWith(QLatin1String("PG")))
                environment.remove(name);
        }
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(directory());
        const uid_t uid = m_uid;
        const gid_t gid = m_gid;
        const pid_t parent = ::getpid();
        process.setChildProcessModifier([uid, gid, parent] {
            if (::geteuid() == 0
                && (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0))
                ::_exit(126);
            // After setuid, which clears the parent-death signal.
            if (::prctl(PR_SET_PDEATHSIG, SIGQUIT) != 0 || ::getppid() != parent)
                ::_exit(126);
        });
    }

    // Runs one of the cluster's tools to completion; false with its own words in *output.
    bool run(const QString &tool, const QStringList &arguments, QString *output) const
    {
        QProcess process;
        prepare(process);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_binDirectory + QLatin1Char('/') + tool, arguments);
        const bool finished = process.waitForFinished(60000);
        if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            return true;
        if (!finished)
            process.kill();
        *output = QStringLiteral("%1 %2 failed (%3): %4")
                      .arg(tool, arguments.join(QLatin1Char(' ')),
                           finished ? QStringLiteral("exit code %1").arg(process.exitCode())
                                    : process.errorString(),
                           tail(process.readAll()));
        return false;
    }

    StartResult startServer(quint16 port, QString *output)
    {
        if (port == 0) {
            *output = QStringLiteral("no free port on 127.0.0.1");
            return Failed;
        }
        prepare(m_server);
        m_server.setStandardOutputFile(QProcess::nullDevice());
        // A file: a pipe nobody reads would stall the server once full.
        m_server.setStandardErrorFile(logFile());
        m_server.start(m_binDirectory + QStringLiteral("/postgres"),
                       { QStringLiteral("-D"), dataDirectory(), QStringLiteral("-p"),
                         QString::number(port), QStringLiteral("-c"),
                         QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("-c"),
                         QStringLiteral("unix_socket_directories=") + directory(),
                         QStringLiteral("-c"), QStringLiteral("fsync=off"), QStringLiteral("-c"),
                         QStringLiteral("full_page_writes=off"), QStringLiteral("-c"),
                         QStringLiteral("synchronous_commit=off") });
        if (!m_server.waitForStarted(10000)) {
            *output = QStringLiteral("postgres did not start: ") + m_server.errorString();
            return Failed;
        }
        // Ready as pg_ctl -w sees it: postmaster.pid's status line says so.
        const QDeadlineTimer deadline(60000);
        while (!serverReady()) {
            if (m_server.state() == QProcess::NotRunning || m_server.waitForFinished(50)) {
                const QByteArray log = serverLog();
                *output = QStringLiteral("postgres on port %1 exited (code %2): %3")
                              .arg(port)
                              .arg(m_server.exitCode())
                              .arg(tail(log));
                return log.contains("Address already in use") ? PortTaken : Failed;
            }
            if (deadline.hasExpired()) {
                m_server.kill();
                m_server.waitForFinished(5000);
                *output = QStringLiteral("postgres did not get ready within a minute: ")
                    + tail(serverLog());
                return Failed;
            }
        }
        m_port = port;
        return Started;
    }

    bool serverReady() const
    {
        QFile pidFile(dataDirectory() + QStringLiteral("/postmaster.pid"));
        if (!pidFile.open(QIODevice::ReadOnly))
            return false;
        const QList<QByteArray> lines = pidFile.readAll().split('\n');
        return lines.size() > 7 && lines.at(0).trimmed().toLongLong() == m_server.processId()
            && lines.at(7).trimmed() == "ready";
    }

    std::unique_ptr<QTemporaryDir> m_directory;
    QString m_binDirectory;
    QProcess m_server;
    uid_t m_uid = ::geteuid();
    gid_t m_gid = ::getegid();
    quint16 m_port = 0;
};

// In a Qt Test function: starts CLUSTER, or skips where PostgreSQL is not installed (outside CI),
// or fails with what went wrong.
#define HOOKSCOPE_START_POSTGRES(cluster) \
    do { \
        QString startError_; \
        if (!(cluster).start(&startError_)) { \
            if (PostgresCluster::binDirectory().isEmpty() && !PostgresCluster::required()) \
                QSKIP(PostgresCluster::installHint()); \
            QFAIL(qPrintable(startError_)); \
        } \
    } while (false)
