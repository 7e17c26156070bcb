#include "timestamp.h"

#include <QDateTime>
#include <QTimeZone>

#include <chrono>
#include <limits>

namespace hookscope {

namespace {
constexpr qint64 kNanosecondsPerSecond = 1'000'000'000;

qint64 floorDiv(qint64 value, qint64 divisor)
{
    qint64 quotient = value / divisor;
    if ((value % divisor) != 0 && ((value < 0) != (divisor < 0)))
        --quotient;
    return quotient;
}
} // namespace

qint64 currentUtcNanoseconds()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

QString formatRfc3339Nanoseconds(qint64 utcNanoseconds)
{
    const qint64 seconds = floorDiv(utcNanoseconds, kNanosecondsPerSecond);
    const qint64 fraction = utcNanoseconds - seconds * kNanosecondsPerSecond;
    const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('.')
        + QStringLiteral("%1").arg(fraction, 9, 10, QLatin1Char('0')) + QLatin1Char('Z');
}

std::optional<qint64> parseRfc3339Nanoseconds(QStringView text)
{
    // Split off the fraction ourselves: QDateTime keeps milliseconds only.
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    qsizetype zoneStart = text.size();
    for (qsizetype i = 19; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('Z') || c == QLatin1Char('z') || c == QLatin1Char('+')
            || c == QLatin1Char('-')) {
            zoneStart = i;
            break;
        }
    }
    if (text.size() < 20 || zoneStart == text.size())
        return std::nullopt;

    qint64 fraction = 0;
    qsizetype wholeEnd = zoneStart;
    if (dot > 0 && dot < zoneStart) {
        wholeEnd = dot;
        const QStringView digits = text.sliced(dot + 1, zoneStart - dot - 1);
        if (digits.isEmpty() || digits.size() > 9)
            return std::nullopt;
        for (QChar c : digits) {
            if (!c.isDigit())
                return std::nullopt;
            fraction = fraction * 10 + c.digitValue();
        }
        for (qsizetype i = digits.size(); i < 9; ++i)
            fraction *= 10;
    }

    const QString withoutFraction = text.first(wholeEnd).toString() + text.sliced(zoneStart).toString();
    QDateTime time = QDateTime::fromString(withoutFraction, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    // Nanoseconds since 1970 fit in 64 bits from 1677 to 2262.
    const qint64 seconds = time.toSecsSinceEpoch();
    if (seconds > std::numeric_limits<qint64>::max() / kNanosecondsPerSecond - 1
        || seconds < std::numeric_limits<qint64>::min() / kNanosecondsPerSecond + 1)
        return std::nullopt;
    return seconds * kNanosecondsPerSecond + fraction;
}

} // namespace hookscope
