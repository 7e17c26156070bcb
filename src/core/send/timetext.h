#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace hookscope {

// Times as payloads write them (RFC 3339 and its ISO 8601 cousins: with or without a zone or
// seconds, with fractions of any length), read and written again in the same style.
class TimeText
{
public:
    static bool looksLikeTime(const QString &text);
    static bool looksLikeDate(const QString &text); // yyyy-MM-dd

    // An instant written the way the example is (zone or none, offset, seconds, fraction
    // digits); without an example "yyyy-MM-ddTHH:mm:ssZ" in UTC. A time without a zone is UTC.
    static QString format(const QDateTime &instant, const QString &example = {});
    // The date and time of day as written, whatever the zone (a UTC QDateTime of those
    // numbers), for an editor that shows what the text says; nullopt when it is not a time.
    static std::optional<QDateTime> wallClock(const QString &text);
    // The example with its date and time of day replaced by the wall clock's, zone kept.
    static QString withWallClock(const QDateTime &wallClock, const QString &example);
};

} // namespace hookscope
