#include "eventfieldssurvey.h"

namespace hookscope {

EventFieldsSurvey::EventFieldsSurvey(std::optional<EventTypeKey> only) : m_only(std::move(only)) { }

bool EventFieldsSurvey::write(const ExportRecord &record)
{
    const QList<EventTypeKey> keys
        = m_only ? QList<EventTypeKey> { *m_only } : EventTypeKey::allIn(record);
    for (const EventTypeKey &selection : keys) {
        for (const EventAnalysis *event : selection.eventsIn(record)) {
            const EventTypeKey key { record.analysis().providerId, event->type };
            auto fields = m_fields.find(key);
            if (fields == m_fields.end()) {
                m_order.append(key);
                fields = m_fields.insert(
                    key, EventFields::forEventType(record.analysis().provider, event->type));
            }
            fields->observe(record.tree(), record.eventNode(*event));
        }
    }
    return true;
}

} // namespace hookscope
