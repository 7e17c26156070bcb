#pragma once

#include "eventtypekey.h"
#include "exportsink.h"
#include "providers/eventfields.h"

#include <QHash>
#include <QList>

#include <optional>

namespace hookscope {

// A first pass over an export that writes nothing: which event types occur, and for each the
// columns of its table (schema columns, then the fields seen in its events). A CSV export runs
// it first so that its header row has every column.
class EventFieldsSurvey : public ExportSink
{
public:
    // only: survey this event type alone (an empty provider matches any provider).
    explicit EventFieldsSurvey(std::optional<EventTypeKey> only = std::nullopt);

    bool write(const ExportRecord &record) override;
    bool needsValidation() const override { return false; }

    QList<EventTypeKey> eventTypes() const { return m_order; } // in first-seen order
    EventFields fields(const EventTypeKey &key) const { return m_fields.value(key); }

private:
    std::optional<EventTypeKey> m_only;
    QList<EventTypeKey> m_order;
    QHash<EventTypeKey, EventFields> m_fields;
};

} // namespace hookscope
