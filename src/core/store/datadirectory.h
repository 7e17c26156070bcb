#pragma once

#include "storeoptions.h"

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

    // Where the deliveries captured with this directory go: its SQLite file, or the shared
    // PostgreSQL database at serverUrl, where this directory's journal goes by a name of its
    // own (journalName) and deliveries carry the node's name (default: the host name).
    static StoreOptions storeOptions(const QString &directory, const QString &serverUrl = {},
                                     const QString &node = {});
    // A name no other data directory has: a UUID kept in the directory, made on first use.
    static QString journalName(const QString &directory);
};

} // namespace hookscope
