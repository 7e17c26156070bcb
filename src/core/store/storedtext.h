#pragma once

#include <QString>
#include <QVariant>

namespace hookscope {

// Text as the store keeps it and as a condition must name it to match: QtSql binds a null
// QString as NULL (which equals nothing) where the columns hold empty text, and PostgreSQL's text
// cannot hold NUL, which a hostile body can put into an event type: it goes, in both stores alike.
inline QVariant storedText(const QString &value)
{
    if (value.isNull())
        return QString(QLatin1String(""));
    if (value.contains(QChar::Null))
        return QString(value).remove(QChar::Null);
    return value;
}

} // namespace hookscope
