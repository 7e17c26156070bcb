#pragma once

#include "eventtypekey.h"
#include "exportsink.h"

namespace hookscope {

// A JSON array of one event type's events: [{delivery_id, received_at, provider, event_type,
// index, event, schema_errors: [{pointer, message}]}], one element per event (a batch delivery
// gives several), "event" exactly as in the body, pointers relative to the event.
class JsonEventExporter : public DeviceExportSink
{
public:
    JsonEventExporter(QIODevice *output, EventTypeKey eventType);

    bool begin() override;
    bool write(const ExportRecord &record) override;
    bool finish() override;

private:
    EventTypeKey m_eventType;
    bool m_firstElement = true;
};

} // namespace hookscope
