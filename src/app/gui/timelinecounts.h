#pragma once

#include "store/deliverystore.h"

#include <QMap>

namespace hookscope {

// The timeline's buckets, kept from one refresh to the next: each refresh counts only the
// deliveries that arrived since the last one (by id), not every delivery in the window again,
// which took the GUI thread longer the larger the store (the soak at 300/s: 50-80 ms every
// second at 50,000 deliveries). Counted from scratch when the filter changes, the buckets get
// finer or reach back before what is kept, or after forget() (deliveries were removed).
class TimelineCounts
{
public:
    explicit TimelineCounts(DeliveryStore *store) : m_store(store) { }

    // What DeliveryStore::histogram(filter, originNs, toNs, bucketNs) gives; buckets start at
    // multiples of bucketNs (originNs is one).
    QList<TimeBucket> buckets(const DeliveryFilter &filter, qint64 originNs, qint64 toNs, qint64 bucketNs);
    void forget() { m_valid = false; }

private:
    void recount(const DeliveryFilter &filter, qint64 originNs, qint64 bucketNs, qint64 throughId);
    void add(const DeliveryFilter &filter, qint64 afterId, qint64 throughId);
    void coarsen(qint64 bucketNs);

    DeliveryStore *m_store;
    bool m_valid = false;
    DeliveryFilter m_filter;
    qint64 m_bucketNs = 1;
    qint64 m_fromNs = 0;         // every delivery received from then on (0: ever) is counted...
    qint64 m_countedThrough = 0; // ...up to this id
    QMap<qint64, TimeBucket> m_buckets; // by start
};

} // namespace hookscope
