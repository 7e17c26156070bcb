#pragma once

#include "exportsink.h"
#include "providers/jsonschema.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hookscope {

// One provider's event type: what a per-event-type export (CSV, JSON) is about. An empty
// provider in a selection matches every provider.
struct EventTypeKey
{
    QString provider;
    QString eventType;

    // The record's events of this type, in body order.
    QList<const EventAnalysis *> eventsIn(const ExportRecord &record) const;
    // Every event type of the record, each once, in body order.
    static QList<EventTypeKey> allIn(const ExportRecord &record);
    // "smarterpay.customer_account.create": letters, digits, '.', '-' and '_' only.
    QString fileBaseName() const;

    friend bool operator==(const EventTypeKey &a, const EventTypeKey &b)
    {
        return a.provider == b.provider && a.eventType == b.eventType;
    }
    friend bool operator!=(const EventTypeKey &a, const EventTypeKey &b) { return !(a == b); }
};

inline size_t qHash(const EventTypeKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.provider, key.eventType);
}

// The event's schema violations with pointers relative to the event ("/email", not
// "/events/2/email"), as a row of one event shows them.
QList<SchemaViolation> violationsWithinEvent(const EventAnalysis &event);
QString violationsText(const QList<SchemaViolation> &violations); // "/email: message; ..."

} // namespace hookscope
