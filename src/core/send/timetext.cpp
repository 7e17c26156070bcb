#include "timetext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

const QRegularExpression &timePattern()
{
    static const QRegularExpression pattern(
            u"^(\\d{4}-\\d{2}-\\d{2})([Tt ])(\\d{2}:\\d{2}(?::\\d{2})?)(\\.\\d+)?([Zz]|[+-]\\d{2}:?\\d{2})?$"_s);
    return pattern;
}

int offsetSeconds(const QString &zone)
{
    if (zone.isEmpty() || zone.compare(u"Z"_s, Qt::CaseInsensitive) == 0)
        return 0;
    const QString digits = QString(zone).remove(u':');
    return (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60)
            * (digits.startsWith(u'-') ? -1 : 1);
}

} // namespace

bool TimeText::looksLikeTime(const QString &text)
{
    return timePattern().match(text).hasMatch();
}

bool TimeText::looksLikeDate(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return pattern.match(text).hasMatch();
}

QString TimeText::format(const QDateTime &instant, const QString &example)
{
    const QRegularExpressionMatch match = timePattern().match(example);
    if (!match.hasMatch())
        return instant.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
    const QDateTime local = instant.toOffsetFromUtc(offsetSeconds(match.captured(5)));
    return withWallClock(QDateTime(local.date(), local.time(), Qt::UTC), example);
}

std::optional<QDateTime> TimeText::wallClock(const QString &text)
{
    const QRegularExpressionMatch match = timePattern().match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    QString clock = match.captured(3);
    if (clock.size() == 5)
        clock += u":00"_s;
    QTime time = QTime::fromString(clock, u"HH:mm:ss"_s);
    const QString fraction = match.captured(4);
    if (time.isValid() && !fraction.isEmpty())
        time = time.addMSecs(int((fraction.mid(1) + u"000"_s).left(3).toInt()));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QString TimeText::withWallClock(const QDateTime &wallClock, const QString &example)
{
    const QRegularExpressionMatch match = timePattern().match(example);
    const QString separator = match.hasMatch() ? match.captured(2) : u"T"_s;
    const bool seconds = !match.hasMatch() || match.captured(3).size() > 5;
    const QString fraction = match.captured(4);
    const QString zone = match.hasMatch() ? match.captured(5) : u"Z"_s;
    QString text = wallClock.toString(u"yyyy-MM-dd"_s) + separator
            + wallClock.toString(seconds ? u"HH:mm:ss"_s : u"HH:mm"_s);
    if (!fraction.isEmpty())
        text += u'.' + (wallClock.toString(u"zzz"_s) + QString(fraction.size(), u'0')).left(fraction.size() - 1);
    return text + zone;
}

} // namespace hookscope
