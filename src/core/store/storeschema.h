#pragma once

#include <QSqlDatabase>
#include <QString>

namespace hookscope {

// Versioned schema of the delivery store (PRAGMA user_version), upgraded step by step.
class StoreSchema
{
public:
    static int currentVersion();

    // Brings the database to currentVersion(). A database newer than this build is refused.
    static bool migrate(QSqlDatabase &database, QString *errorMessage);
};

} // namespace hookscope
