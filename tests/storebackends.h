#pragma once

#include "postgrescluster.h"

#include "store/postgresbackend.h"
#include "store/storeoptions.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

// The store a test runs against: a SQLite file in a temporary directory, or a database of its own
// in a throwaway PostgreSQL cluster. The same name gives the same store again (reopening).
class StoreBackendUnderTest
{
public:
    explicit StoreBackendUnderTest(PostgresCluster *cluster = nullptr) : m_cluster(cluster) { }

    bool isPostgres() const { return m_cluster != nullptr; }
    const char *name() const { return isPostgres() ? "postgres" : "sqlite"; }

    hookscope::StoreOptions options(const QString &name)
    {
        hookscope::StoreOptions options =
                hookscope::StoreOptions::file(m_directory.filePath(
                        name.endsWith(QStringLiteral(".sqlite")) ? name : name + QStringLiteral(".sqlite")));
        if (!isPostgres())
            return options;
        QString &url = m_databases[name];
        if (url.isEmpty()) {
            QString database = name.toLower();
            database.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
            QString error;
            url = m_cluster->createDatabase(QStringLiteral("t_") + database, &error);
            if (url.isEmpty())
                qFatal("cannot create the test database %s: %s", qPrintable(database), qPrintable(error));
        }
        options.serverUrl = url;
        options.node = QStringLiteral("test-node");
        options.journalName = QStringLiteral("test-journal");
        return options;
    }

    QString directory() const { return m_directory.path(); }

    // Runs SQL on a store's database through a connection of its own (to damage or age it).
    static bool execute(const hookscope::StoreOptions &target, const QStringList &statements,
                        QString *error)
    {
        const QString connection = QStringLiteral("raw-sql");
        bool done = true;
        {
            if (target.isShared()) {
                done = hookscope::PostgresBackend::connect(connection, target.serverUrl, error);
            } else {
                QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                database.setDatabaseName(target.databasePath);
                done = database.open();
                *error = database.lastError().text();
            }
            QSqlQuery query(QSqlDatabase::database(connection, false));
            for (qsizetype i = 0; done && i < statements.size(); ++i) {
                done = query.exec(statements.at(i));
                if (!done)
                    *error = statements.at(i) + QStringLiteral(": ") + query.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return done;
    }

private:
    PostgresCluster *m_cluster;
    QTemporaryDir m_directory;
    QHash<QString, QString> m_databases;
};

// Runs a test class (constructed from a StoreBackendUnderTest &) against SQLite, then against
// PostgreSQL. Without PostgreSQL installed the second run is skipped, except under CI, where it
// fails: both backends must pass the same tests there.
template<typename Test>
int runOnEveryStoreBackend(int argc, char **argv)
{
    int failures = 0;
    {
        StoreBackendUnderTest sqlite;
        Test test(sqlite);
        std::fprintf(stderr, "--- store backend: sqlite\n");
        failures += QTest::qExec(&test, argc, argv);
    }
    PostgresCluster cluster;
    QString error;
    const bool driver = QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
    if (!driver)
        error = QStringLiteral("Qt's PostgreSQL driver is missing (libqt6sql6-psql; %1)")
                        .arg(QLatin1String(PostgresCluster::installHint()));
    if (!driver || !cluster.start(&error)) {
        std::fprintf(stderr, "--- store backend: postgres %s: %s\n",
                     PostgresCluster::required() ? "FAILED" : "skipped", qPrintable(error));
        return failures + (PostgresCluster::required() ? 1 : 0);
    }
    StoreBackendUnderTest postgres(&cluster);
    Test test(postgres);
    std::fprintf(stderr, "--- store backend: postgres\n");
    failures += QTest::qExec(&test, argc, argv);
    return failures;
}

#define HOOKSCOPE_STORE_TEST_MAIN(Test)                                                            \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        return runOnEveryStoreBackend<Test>(argc, argv);                                           \
    }
