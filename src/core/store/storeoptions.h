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

    QString databasePath;
    bool readOnly = false;
    Durability durability = Durability::ProcessCrash;
    qint64 maxSizeBytes = 0; // 0: no limit; beyond it appends fail as if the disk were full
    // Off when another connection checkpoints the WAL (see DeliveryWriter), so commits never
    // wait for a checkpoint's copying and fsync.
    bool autoCheckpoint = true;
};

} // namespace hookscope
