#pragma once

#include "storebackend.h"

namespace hookscope {

// The data directory's own store: one SQLite file in WAL mode, FTS5 for free text. Writers in
// one process take turns through SQLite's own write lock, so beginWriting() has nothing to do.
class SqliteBackend : public StoreBackend
{
public:
    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    bool open(const QString &connectionName, const StoreOptions &options, QString *error) override;
    QString displayName(const StoreOptions &options) const override { return options.databasePath; }

    QString greatest() const override;
    bool beginWriting(QSqlDatabase &, QString *) override { return true; }
    bool beginSnapshot(QSqlDatabase &) override { return true; }

    QString textIndexHead() const override;
    QString textIndexRow() const override;
    QVariant textIndexValue(const QString &searchableText) const override;
    QString textCondition() const override;
    QString textQuery(const QString &typed) const override;
    bool unindexRemoving(QSqlDatabase &database, QString *error) override;

    QString deliveriesByIdRange() const override;
    bool announce(QSqlDatabase &, const QString &, qint64) override { return true; }
    qint64 sizeOnDisk(QSqlDatabase &database) override;
    bool checkpoint(QSqlDatabase &database, QString *error) override;

private:
    bool configure(QSqlDatabase &database, const StoreOptions &options, QString *error);
};

} // namespace hookscope
