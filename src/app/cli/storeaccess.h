#pragma once

#include <QString>

namespace hookscope {

class DeliveryStore;

// How command-line tools open a data directory's store (its SQLite file, or the shared
// PostgreSQL database at serverUrl): first index what a capture that crashed journaled but had
// not indexed (unless a capture is running: then wait until it has indexed what it journaled),
// so that every delivery ever answered is there.
class StoreAccess
{
public:
    enum class Mode { ExistingOnly, CreateIfMissing };
    static bool open(DeliveryStore &store, const QString &dataDirectory, const QString &serverUrl,
                     Mode mode, QString *error);
};

} // namespace hookscope
