#pragma once

#include <QString>
#include <QtGlobal>

namespace hookscope {

struct StoreOptions
{
    enum class Durability {
        // A delivery survives the process being killed (SQLite WAL, synchronous=NORMAL).
        ProcessCrash,
        // A delivery also survives power loss (synchronous=FULL: an fsync per commit).
        PowerLoss,
    };

    // The data directory's SQLite file: where deliveries are kept unless serverUrl is set.
    QString databasePath;
    // A shared PostgreSQL database (postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=...]):
    // when set, deliveries are kept there instead, beside those of other capture nodes.
    QString serverUrl;
    // The capture node's name, stored with each delivery it captures, so a shared store
    // can say which node took it.
    QString node;
    // Names this data directory's journal among all that write into one store: how far each
    // journal is indexed is kept per name ("" for the data directory's own SQLite store).
    QString journalName;
    bool readOnly = false;
    Durability durability = Durability::ProcessCrash;
    qint64 maxSizeBytes = 0; // 0: no limit; beyond it appends fail as if the disk were full
    // Off when another connection checkpoints the WAL (see DeliveryWriter), so commits never
    // wait for a checkpoint's copying and fsync.
    bool autoCheckpoint = true;

    bool isShared() const { return !serverUrl.isEmpty(); }
    static StoreOptions file(const QString &databasePath)
    {
        StoreOptions options;
        options.databasePath = databasePath;
        return options;
    }
};

} // namespace hookscope
