#include "timelinecounts.h"

#include <limits>

namespace hookscope {

namespace {

void addTo(TimeBucket &sum, const TimeBucket &more)
{
    sum.deliveries += more.deliveries;
    sum.notSuccessful += more.notSuccessful;
    sum.invalidSignature += more.invalidSignature;
    for (const auto &[eventType, count] : more.eventTypes) {
        auto known = std::find_if(sum.eventTypes.begin(), sum.eventTypes.end(),
                                  [&](const QPair<QString, qint64> &pair) { return pair.first == eventType; });
        if (known != sum.eventTypes.end())
            known->second += count;
        else
            sum.eventTypes.append({ eventType, count });
    }
}

} // namespace

QList<TimeBucket> TimelineCounts::buckets(const DeliveryFilter &filter, qint64 originNs, qint64 toNs,
                                          qint64 bucketNs)
{
    const qint64 last = m_store->lastId();
    if (m_valid && filter == m_filter && bucketNs % m_bucketNs == 0 && originNs >= m_fromNs) {
        if (last > m_countedThrough)
            add(filter, m_countedThrough, last);
        if (bucketNs != m_bucketNs)
            coarsen(bucketNs);
    } else {
        recount(filter, originNs, bucketNs, last);
    }
    // What the window has left behind goes; nothing before it is counted from now on.
    const auto inWindow = m_buckets.lowerBound(originNs);
    if (inWindow != m_buckets.begin()) {
        m_buckets.erase(m_buckets.begin(), inWindow);
        m_fromNs = originNs;
    }
    QList<TimeBucket> shown;
    for (auto bucket = m_buckets.cbegin(); bucket != m_buckets.cend() && bucket.key() < toNs; ++bucket)
        shown.append(bucket.value());
    return shown;
}

void TimelineCounts::recount(const DeliveryFilter &filter, qint64 originNs, qint64 bucketNs, qint64 throughId)
{
    m_valid = true;
    m_filter = filter;
    m_bucketNs = bucketNs;
    m_buckets.clear();
    // A store younger than the window is counted whole, so that the coarser buckets it gets as it
    // ages are sums of these.
    m_fromNs = m_store->timeRange().first >= originNs ? 0 : originNs;
    m_countedThrough = 0;
    add(filter, 0, throughId);
}

void TimelineCounts::add(const DeliveryFilter &filter, qint64 afterId, qint64 throughId)
{
    if (throughId <= afterId)
        return;
    DeliveryFilter arrived = filter;
    arrived.fromNs = qMax(filter.fromNs, m_fromNs);
    arrived.afterId = afterId;
    arrived.throughId = throughId;
    // Bucket starts counted from 0 are multiples of the width, whatever the window's origin.
    for (const TimeBucket &bucket : m_store->histogram(arrived, 0, std::numeric_limits<qint64>::max(), m_bucketNs)) {
        TimeBucket &sum = m_buckets[bucket.startNs];
        sum.startNs = bucket.startNs;
        addTo(sum, bucket);
    }
    m_countedThrough = throughId;
}

void TimelineCounts::coarsen(qint64 bucketNs)
{
    QMap<qint64, TimeBucket> coarser;
    for (const TimeBucket &bucket : std::as_const(m_buckets)) {
        const qint64 start = bucket.startNs - bucket.startNs % bucketNs;
        TimeBucket &sum = coarser[start];
        sum.startNs = start;
        addTo(sum, bucket);
    }
    m_buckets = std::move(coarser);
    m_bucketNs = bucketNs;
}

} // namespace hookscope
