#pragma once

#include "storeoptions.h"

#include <QString>
#include <QStringList>

namespace hookscope {

// Recounts what the store keeps derived from its deliveries and compares: payloads and events
// without their delivery (or a delivery without its payload), the running totals facet_counts
// and minute_counts, and the text index (every word of every delivery, and nothing of
// deliveries that are gone). For tests, and for anyone who doubts a store after a crash.
class StoreConsistency
{
public:
    // One line per disagreement; empty when everything agrees. Reads through a connection of
    // its own, so call it with no write in progress.
    static QStringList problems(const StoreOptions &options);
};

} // namespace hookscope
