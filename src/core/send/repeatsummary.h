#pragma once

#include "httpexchange.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace hookscope {

// What sending the same request N times gave: answers per status, failures per reason, and
// latency percentiles of the answered requests.
class RepeatSummary
{
public:
    void add(const HttpExchange &exchange);

    int total() const { return m_total; }
    int answered() const { return int(m_latenciesNs.size()); }
    const QMap<int, int> &statusCounts() const { return m_statusCounts; }
    const QMap<QString, int> &failureCounts() const { return m_failureCounts; }
    bool allSucceeded() const; // every request answered 2xx (and at least one sent)

    // Nearest-rank percentile (0 < p <= 100) of the answered requests' latency; -1 when none.
    qint64 latencyPercentileNs(double percentile) const;

    // "200 OK: 98" lines, failures, then "latency p50 1.2 ms, p99 4.8 ms, max 5.0 ms".
    QByteArray formatted(qint64 wallClockNs, int concurrency) const;

private:
    int m_total = 0;
    QMap<int, int> m_statusCounts;
    QMap<QString, int> m_failureCounts;
    mutable QList<qint64> m_latenciesNs;
    mutable bool m_sorted = true;
};

} // namespace hookscope
