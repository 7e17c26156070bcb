#include "eventtypekey.h"

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QString fileNamePart(const QString &text, const QString &fallback)
{
    if (text.isEmpty())
        return fallback;
    QString part = text;
    for (QChar &c : part) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'_';
        if (!safe)
            c = u'_';
    }
    // A name of dots only would mean another directory.
    if (part.startsWith(u'.'))
        part.prepend(u'_');
    return part;
}

} // namespace

QList<const EventAnalysis *> EventTypeKey::eventsIn(const ExportRecord &record) const
{
    QList<const EventAnalysis *> events;
    const DeliveryAnalysis &analysis = record.analysis();
    if (!provider.isEmpty() && analysis.providerId != provider)
        return events;
    for (const EventAnalysis &event : analysis.events) {
        if (event.type == eventType)
            events.append(&event);
    }
    return events;
}

QList<EventTypeKey> EventTypeKey::allIn(const ExportRecord &record)
{
    QList<EventTypeKey> keys;
    const DeliveryAnalysis &analysis = record.analysis();
    for (const EventAnalysis &event : analysis.events) {
        const EventTypeKey key { analysis.providerId, event.type };
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QString EventTypeKey::fileBaseName() const
{
    return fileNamePart(provider, u"unknown"_s) + u'.' + fileNamePart(eventType, u"untyped"_s);
}

QList<SchemaViolation> violationsWithinEvent(const EventAnalysis &event)
{
    QList<SchemaViolation> violations = event.violations;
    for (SchemaViolation &violation : violations) {
        const bool within = violation.pointer == event.pointer
            || violation.pointer.startsWith(event.pointer + u'/');
        if (within)
            violation.pointer.remove(0, event.pointer.size());
    }
    return violations;
}

QString violationsText(const QList<SchemaViolation> &violations)
{
    QStringList parts;
    for (const SchemaViolation &violation : violations)
        parts.append((violation.pointer.isEmpty() ? u"(event)"_s : violation.pointer) + u": "_s
                     + violation.message);
    return parts.join(u"; "_s);
}

} // namespace hookscope
