// The throwaway PostgreSQL server the store tests run against (postgrescluster.h): it starts,
// hands out databases of their own that QtSql's QPSQL driver reaches by their URL, listens on
// 127.0.0.1 only, and leaves nothing behind, neither when stopped nor when its owner is killed.
#include "postgrescluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <cerrno>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kCrashMode = "--start-cluster-and-get-killed";

// A QPSQL connection named NAME to a postgres://user@host:port/database URL.
QSqlDatabase openUrl(const QString &url, const QString &name)
{
    const QUrl parsed(url);
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    database.setUserName(parsed.userName());
    database.setHostName(parsed.host());
    database.setPort(parsed.port());
    database.setDatabaseName(parsed.path().mid(1));
    database.open();
    return database;
}

QString scalar(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next())
        return u"error: "_s + query.lastError().text();
    return query.value(0).toString();
}

// Gone, or a zombie its new parent has not reaped (a container's init may never reap).
bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return errno == ESRCH;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype end = line.lastIndexOf(')');
    return end >= 0 && line.mid(end + 2, 1) == "Z";
}

bool refusesConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return !socket.waitForConnected(5000)
        && socket.error() == QAbstractSocket::ConnectionRefusedError;
}

// The crash path, as a child of the test: start a cluster, say its server and directory, die.
int startClusterAndGetKilled()
{
    PostgresCluster cluster;
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%lld %s\n", cluster.serverProcessId(), qPrintable(cluster.directory()));
    std::fflush(stdout);
    ::raise(SIGKILL);
    return 1;
}

} // namespace

class TestPostgresCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s) && !PostgresCluster::required())
            QSKIP("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql); "
                  "scripts/install-deps test installs it");
        QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s),
                 "Qt's QPSQL driver (libqt6sql6-psql) is missing");
    }

    void servesSeparateDatabasesOnLoopbackOnly()
    {
        PostgresCluster cluster;
        QElapsedTimer startup;
        startup.start();
        HOOKSCOPE_START_POSTGRES(cluster);
        qInfo("cluster started in %lld ms", startup.elapsed());
        QVERIFY(cluster.port() != 0);

        QString error;
        const QString alphaUrl = cluster.createDatabase(u"alpha"_s, &error);
        QVERIFY2(!alphaUrl.isEmpty(), qPrintable(error));
        QCOMPARE(alphaUrl, u"postgres://hookscope@127.0.0.1:%1/alpha"_s.arg(cluster.port()));
        QCOMPARE(cluster.url(u"alpha"_s), alphaUrl);
        const QString betaUrl = cluster.createDatabase(u"beta"_s, &error);
        QVERIFY2(!betaUrl.isEmpty(), qPrintable(error));
        QVERIFY(cluster.createDatabase(u"beta"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));

        {
            QSqlDatabase alpha = openUrl(alphaUrl, u"alpha"_s);
            QVERIFY2(alpha.isOpen(), qPrintable(alpha.lastError().text()));
            QSqlDatabase beta = openUrl(betaUrl, u"beta"_s);
            QVERIFY2(beta.isOpen(), qPrintable(beta.lastError().text()));

            QSqlQuery query(alpha);
            QVERIFY2(query.exec(
                         u"CREATE TABLE delivery (id bigserial PRIMARY KEY, body text NOT NULL)"_s),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.prepare(u"INSERT INTO delivery (body) VALUES (?)"_s));
            query.addBindValue(u"{\"caf\u00e9\": true}"_s);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QCOMPARE(scalar(alpha, u"SELECT body FROM delivery WHERE id = 1"_s),
                     u"{\"caf\u00e9\": true}"_s);
            QCOMPARE(scalar(alpha, u"SELECT current_database()"_s), u"alpha"_s);
            QCOMPARE(scalar(beta, u"SELECT current_database()"_s), u"beta"_s);
            QCOMPARE(scalar(beta, u"SELECT to_regclass('delivery') IS NULL"_s), u"true"_s);
            QCOMPARE(scalar(alpha, u"SHOW server_encoding"_s), u"UTF8"_s);
            QCOMPARE(scalar(alpha, u"SHOW listen_addresses"_s), u"127.0.0.1"_s);
            QCOMPARE(scalar(alpha, u"SELECT host(inet_server_addr())"_s), u"127.0.0.1"_s);
            QCOMPARE(scalar(alpha, u"SHOW fsync"_s), u"off"_s);
        }
        QSqlDatabase::removeDatabase(u"alpha"_s);
        QSqlDatabase::removeDatabase(u"beta"_s);

        const QString directory = cluster.directory();
        const qint64 server = cluster.serverProcessId();
        QVERIFY(QFileInfo::exists(directory + u"/data/PG_VERSION"_s));
        const quint16 port = cluster.port();
        cluster.stop();
        QCOMPARE(cluster.port(), quint16(0));
        QVERIFY(processGone(server));
        QVERIFY(refusesConnections(port));
        QVERIFY(!QFileInfo::exists(directory));
        QVERIFY(cluster.createDatabase(u"gamma"_s, &error).isEmpty());
        QCOMPARE(error, u"the cluster is not running"_s);
    }

    void refusesNamesThatAreNotPlain()
    {
        PostgresCluster cluster;
        HOOKSCOPE_START_POSTGRES(cluster);
        QString error;
        for (const QString &name :
             { u""_s, u"a b"_s, u"x;DROP"_s, u"1st"_s, u"caf\u00e9"_s, QString(64, u'a') }) {
            QVERIFY(cluster.createDatabase(name, &error).isEmpty());
            QVERIFY2(error.contains(u"not a plain database name"_s), qPrintable(error));
        }
    }

    // The server is a child of the process that started it and goes when that process is killed.
    void serverEndsWhenItsOwnerIsKilled()
    {
        if (PostgresCluster::binDirectory().isEmpty() && !PostgresCluster::required())
            QSKIP(PostgresCluster::installHint());
        QProcess owner;
        owner.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(kCrashMode) });
        QVERIFY(owner.waitForFinished(120000));
        QCOMPARE(owner.exitStatus(), QProcess::CrashExit);
        const QStringList said
            = QString::fromLocal8Bit(owner.readAllStandardOutput()).trimmed().split(u' ');
        QVERIFY2(said.size() == 2, owner.readAllStandardError().constData());
        const qint64 server = said.at(0).toLongLong();
        const QString directory = said.at(1);
        QVERIFY(server > 0);
        QVERIFY(directory.contains(u"hookscope-pg-"_s));
        const auto removeLeftovers = qScopeGuard([&] {
            if (!processGone(server))
                ::kill(pid_t(server), SIGKILL);
            QDir(directory).removeRecursively();
        });
        QTRY_VERIFY_WITH_TIMEOUT(processGone(server), 30000);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], kCrashMode) == 0)
        return startClusterAndGetKilled();
    TestPostgresCluster test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_postgrescluster.moc"
