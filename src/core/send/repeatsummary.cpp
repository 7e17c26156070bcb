#include "repeatsummary.h"

#include "common/httpresponse.h"

#include <algorithm>
#include <cmath>

namespace hookscope {

namespace {

QByteArray milliseconds(qint64 nanoseconds)
{
    return QByteArray::number(double(nanoseconds) / 1e6, 'f', nanoseconds < 10'000'000 ? 2 : 1)
            + " ms";
}

} // namespace

void RepeatSummary::add(const HttpExchange &exchange)
{
    ++m_total;
    if (!exchange.answered()) {
        ++m_failureCounts[exchange.error];
        return;
    }
    ++m_statusCounts[exchange.status];
    m_latenciesNs.append(exchange.elapsedNs);
    m_sorted = m_latenciesNs.size() < 2;
}

bool RepeatSummary::allSucceeded() const
{
    if (m_total == 0 || !m_failureCounts.isEmpty())
        return false;
    return std::all_of(m_statusCounts.keyBegin(), m_statusCounts.keyEnd(),
                       [](int status) { return status >= 200 && status < 300; });
}

qint64 RepeatSummary::latencyPercentileNs(double percentile) const
{
    if (m_latenciesNs.isEmpty())
        return -1;
    if (!m_sorted) {
        std::sort(m_latenciesNs.begin(), m_latenciesNs.end());
        m_sorted = true;
    }
    const auto rank = qsizetype(std::ceil(percentile / 100.0 * double(m_latenciesNs.size())));
    return m_latenciesNs.at(std::clamp<qsizetype>(rank - 1, 0, m_latenciesNs.size() - 1));
}

QByteArray RepeatSummary::formatted(qint64 wallClockNs, int concurrency) const
{
    QByteArray text = QByteArray::number(m_total) + " requests, at most "
            + QByteArray::number(concurrency) + " in flight, in "
            + QByteArray::number(double(wallClockNs) / 1e9, 'f', 2) + " s\n";
    for (auto it = m_statusCounts.cbegin(); it != m_statusCounts.cend(); ++it) {
        const QByteArray reason = reasonPhrase(it.key());
        text += "  " + QByteArray::number(it.key()) + (reason.isEmpty() ? "" : " " + reason) + ": "
                + QByteArray::number(it.value()) + '\n';
    }
    for (auto it = m_failureCounts.cbegin(); it != m_failureCounts.cend(); ++it)
        text += "  " + it.key().toUtf8() + ": " + QByteArray::number(it.value()) + '\n';
    if (m_latenciesNs.isEmpty())
        return text + "latency: no answers\n";
    return text + "latency p50 " + milliseconds(latencyPercentileNs(50)) + ", p99 "
            + milliseconds(latencyPercentileNs(99)) + ", max "
            + milliseconds(latencyPercentileNs(100)) + '\n';
}

} // namespace hookscope
