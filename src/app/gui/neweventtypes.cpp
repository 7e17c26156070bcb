#include "neweventtypes.h"

namespace hookscope {

void NewEventTypes::learn(const QList<FacetCount> &counts)
{
    take(counts);
}

QList<NewEventTypes::EventType> NewEventTypes::take(const QList<FacetCount> &counts)
{
    QList<EventType> found;
    for (const FacetCount &count : counts) {
        // Counts without an event type are of deliveries; a zero count names nothing that arrived.
        if (count.eventType.isEmpty() || count.count <= 0)
            continue;
        const EventType eventType { count.provider, count.eventType };
        if (!m_known.contains(eventType)) {
            m_known.insert(eventType);
            found.append(eventType);
        }
    }
    return found;
}

} // namespace hookscope
