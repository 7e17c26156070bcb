#include "sqlitebackend.h"

#include "deliverytext.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace hookscope {

bool SqliteBackend::open(const QString &connectionName, const StoreOptions &options, QString *error)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    database.setDatabaseName(options.databasePath);
    QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=10000"_s;
    if (options.readOnly)
        connectOptions += u";QSQLITE_OPEN_READONLY"_s;
    database.setConnectOptions(connectOptions);
    const bool created = !options.readOnly && !QFileInfo::exists(options.databasePath);
    if (!database.open()) {
        *error = u"cannot open %1: %2"_s.arg(options.databasePath, database.lastError().text());
        return false;
    }
    // Before anything is written, and so before SQLite makes its WAL and shared-memory files,
    // which take the database file's permissions.
    if (created)
        QFile::setPermissions(options.databasePath, QFile::ReadOwner | QFile::WriteOwner);
    return configure(database, options, error);
}

bool SqliteBackend::configure(QSqlDatabase &database, const StoreOptions &options, QString *error)
{
    QSqlQuery pragma(database);
    const bool fullSync = options.durability == StoreOptions::Durability::PowerLoss;
    QStringList pragmas = {
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA temp_store = MEMORY"_s,
    };
    if (!options.readOnly) {
        pragmas.prepend(u"PRAGMA journal_mode = WAL"_s);
        pragmas.append(fullSync ? u"PRAGMA synchronous = FULL"_s : u"PRAGMA synchronous = NORMAL"_s);
        pragmas.append(options.autoCheckpoint ? u"PRAGMA wal_autocheckpoint = 4096"_s
                                              : u"PRAGMA wal_autocheckpoint = 0"_s);
        pragmas.append(u"PRAGMA journal_size_limit = 67108864"_s);
    }
    for (const QString &statement : std::as_const(pragmas)) {
        if (!pragma.exec(statement)) {
            *error = statement + u": "_s + pragma.lastError().text();
            return false;
        }
    }
    if (options.maxSizeBytes > 0) {
        if (!pragma.exec(u"PRAGMA page_size"_s) || !pragma.next()) {
            *error = u"PRAGMA page_size: "_s + pragma.lastError().text();
            return false;
        }
        const qint64 pages = qMax<qint64>(options.maxSizeBytes / pragma.value(0).toLongLong(), 16);
        if (!pragma.exec(u"PRAGMA max_page_count = %1"_s.arg(pages))) {
            *error = u"PRAGMA max_page_count: "_s + pragma.lastError().text();
            return false;
        }
    }
    return true;
}

QString SqliteBackend::greatest() const
{
    return u"max"_s;
}

QString SqliteBackend::textIndexHead() const
{
    return u"INSERT INTO delivery_text (rowid, text) VALUES "_s;
}

QString SqliteBackend::textIndexRow() const
{
    return u"(?, ?)"_s;
}

QVariant SqliteBackend::textIndexValue(const QString &searchableText) const
{
    return searchableText;
}

QString SqliteBackend::textCondition() const
{
    return u"d.id IN (SELECT rowid FROM delivery_text WHERE delivery_text MATCH ?)"_s;
}

// Every word the user typed must start a word of the delivery: "hetfield@email" finds
// james.hetfield@email.com, "org_12" finds org_123. FTS5 syntax is neutralised by quoting.
QString SqliteBackend::textQuery(const QString &typed) const
{
    QStringList terms;
    for (const QString &word : deliverytext::wordsOf(typed))
        terms.append(u"\""_s + word + u"\"*"_s);
    return terms.join(u" "_s);
}

// The index is contentless: each delivery's words are taken out by handing back the text it
// was indexed with.
bool SqliteBackend::unindexRemoving(QSqlDatabase &database, QString *error)
{
    QSqlQuery rows(database);
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT "_s + deliverytext::storedColumns()
                   + u" FROM deliveries d JOIN delivery_payloads p ON p.delivery_id = d.id"
                     " WHERE d.id IN (SELECT id FROM removing)"_s)) {
        *error = rows.lastError().text();
        return false;
    }
    QSqlQuery unindex(database);
    unindex.prepare(u"INSERT INTO delivery_text (delivery_text, rowid, text) VALUES ('delete', ?, ?)"_s);
    while (rows.next()) {
        unindex.bindValue(0, rows.value(0).toLongLong());
        unindex.bindValue(1, deliverytext::searchableRow(rows));
        if (!unindex.exec()) {
            *error = unindex.lastError().text();
            return false;
        }
    }
    return true;
}

// NOT INDEXED: else SQLite walks the whole endpoint index to save the GROUP BY's sort, and the
// incremental count runs on every live refresh; the id range is a handful of rows.
QString SqliteBackend::deliveriesByIdRange() const
{
    return u"deliveries NOT INDEXED"_s;
}

qint64 SqliteBackend::sizeOnDisk(QSqlDatabase &database)
{
    const QString path = database.databaseName();
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

bool SqliteBackend::checkpoint(QSqlDatabase &database, QString *error)
{
    QSqlQuery query(database);
    if (query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace hookscope
