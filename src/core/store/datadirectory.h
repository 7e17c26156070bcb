#pragma once

#include <QString>
#include <QStringList>

namespace hookscope {

// Where Hookscope keeps its store: --data-dir, or the platform's application data location.
// The directory is created readable by the user only, since deliveries may carry secrets.
class DataDirectory
{
public:
    static QString defaultPath();
    // Creates the directory if needed; returns false with a message when it cannot be used.
    static bool prepare(const QString &path, QString *errorMessage);
    // What other users could read or change: the directory, its journal or its store open to
    // group or others (an older Hookscope, a copy, a chmod). One warning per path, naming the
    // chmod that fixes it. Hookscope never loosens these itself, so it only warns.
    static QStringList exposure(const QString &directory);
    static QString databasePath(const QString &directory);
    static QString journalPath(const QString &directory);
    // The data directory a database path lies in.
    static QString ofDatabase(const QString &databasePath);
};

} // namespace hookscope
