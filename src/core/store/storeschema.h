#pragma once

#include "storebackend.h"

#include <QSqlDatabase>
#include <QString>

namespace hookscope {

// Versioned schema of the delivery store (SQLite: PRAGMA user_version; PostgreSQL: table
// schema_version), upgraded step by step in one transaction.
class StoreSchema
{
public:
    static int currentVersion();
    // 0 for an empty database, -1 when it cannot be read.
    static int versionOf(QSqlDatabase &database, SqlDialect dialect);

    // Brings the database to currentVersion(). A database newer than this build is refused.
    static bool migrate(QSqlDatabase &database, StoreBackend &backend, QString *errorMessage);
};

} // namespace hookscope
