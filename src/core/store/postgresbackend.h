#pragma once

#include "storebackend.h"

class QUrl;

namespace hookscope {

// A store shared by several capture nodes and consoles: PostgreSQL through QtSql's QPSQL driver.
// Writers take turns through a transaction-scoped advisory lock, so ids are given and committed
// in ascending order and a reader that asks for "ids after the last one I saw" misses nothing.
// Free text is a tsvector of the words deliverytext::wordsOf() finds, case-folded and without
// diacritics, matched by prefix: the same answers as the SQLite store's FTS5 index.
class PostgresBackend : public StoreBackend
{
public:
    // Checks a postgres:// (or postgresql://) URL; the message says what is wrong with it.
    static bool isValidUrl(const QString &url, QString *error);
    // The URL with its password left out, for messages and titles.
    static QString withoutPassword(const QString &url);
    // Adds and opens a QPSQL connection to the URL (no session set-up); for StoreWatcher too.
    static bool connect(const QString &connectionName, const QString &url, QString *error);

    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    bool open(const QString &connectionName, const StoreOptions &options, QString *error) override;
    QString displayName(const StoreOptions &options) const override;

    QString greatest() const override;
    bool beginWriting(QSqlDatabase &database, QString *error) override;
    bool beginSnapshot(QSqlDatabase &database) override;

    QString textIndexHead() const override;
    QString textIndexRow() const override;
    QVariant textIndexValue(const QString &searchableText) const override;
    QString textCondition() const override;
    QString textQuery(const QString &typed) const override;
    bool unindexRemoving(QSqlDatabase &database, QString *error) override;

    QString deliveriesByIdRange() const override;
    bool announce(QSqlDatabase &database, const QString &channel, qint64 value) override;
    qint64 sizeOnDisk(QSqlDatabase &database) override;
    bool checkpoint(QSqlDatabase &, QString *) override { return true; }
};

} // namespace hookscope
