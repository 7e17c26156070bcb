#pragma once

#include "storeoptions.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace hookscope {

enum class SqlDialect { Sqlite, Postgres };

// What differs between the database engines the store runs on: connecting, the session's
// settings, and the few things SQL does not spell alike (free-text search, writers taking
// turns, telling other processes what changed). DeliveryStore holds everything else.
class StoreBackend
{
public:
    // SQLite for the data directory's file, PostgreSQL when options.serverUrl is set.
    static std::unique_ptr<StoreBackend> forOptions(const StoreOptions &options);
    virtual ~StoreBackend() = default;

    virtual SqlDialect dialect() const = 0;
    // Adds and opens the connection and sets up its session; the schema is not touched yet.
    virtual bool open(const QString &connectionName, const StoreOptions &options, QString *error) = 0;
    // Where the store is, for messages: a file path or a URL without its password.
    virtual QString displayName(const StoreOptions &options) const = 0;

    // The function that returns the larger of two values.
    virtual QString greatest() const = 0;
    // Called first in every writing transaction: writers on several connections (several capture
    // nodes) take turns, so ids are given, and become visible, in ascending order.
    virtual bool beginWriting(QSqlDatabase &database, QString *error) = 0;
    // Called first in a transaction whose reads must all see the same commit.
    virtual bool beginSnapshot(QSqlDatabase &database) = 0;

    // Free-text index: "INSERT INTO ... VALUES " and one row of it taking the delivery id and
    // textIndexValue(text).
    virtual QString textIndexHead() const = 0;
    virtual QString textIndexRow() const = 0;
    virtual QVariant textIndexValue(const QString &searchableText) const = 0;
    // A condition on deliveries d that matches textQuery(typed); empty query: no condition.
    virtual QString textCondition() const = 0;
    virtual QString textQuery(const QString &typed) const = 0;
    // Takes the deliveries listed in the temporary table "removing" out of the text index.
    virtual bool unindexRemoving(QSqlDatabase &database, QString *error) = 0;

    // The deliveries table as the incremental facet count reads it (an id range).
    virtual QString deliveriesByIdRange() const = 0;
    // Tells other processes watching the store that deliveries came or went (see StoreWatcher).
    virtual bool announce(QSqlDatabase &database, const QString &channel, qint64 value) = 0;
    virtual qint64 sizeOnDisk(QSqlDatabase &database) = 0;
    virtual bool checkpoint(QSqlDatabase &database, QString *error) = 0;
};

} // namespace hookscope
