#include "jsoneventexporter.h"

#include "common/timestamp.h"
#include "eventjson.h"
#include "jsonoutput.h"

namespace hookscope {

namespace {

using jsonoutput::Writer;
using jsonoutput::writeString;
using jsonoutput::writeText;

QByteArray elementJson(const ExportRecord &record, const EventAnalysis &event)
{
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    writer.StartObject();
    writer.Key("delivery_id");
    writer.Int64(record.delivery().id);
    writer.Key("received_at");
    writeText(writer, formatRfc3339Nanoseconds(record.delivery().receivedAtNs));
    writer.Key("provider");
    writeText(writer, record.analysis().providerId);
    writer.Key("event_type");
    writeText(writer, event.type);
    writer.Key("index");
    writer.Int(event.index);
    writer.Key("event");
    const QByteArray eventJson = nodeJsonText(record.tree(), record.eventNode(event));
    writer.RawValue(eventJson.constData(), size_t(eventJson.size()), rapidjson::kObjectType);
    writer.Key("schema_errors");
    writer.StartArray();
    for (const SchemaViolation &violation : violationsWithinEvent(event)) {
        writer.StartObject();
        writer.Key("pointer");
        writeText(writer, violation.pointer);
        writer.Key("message");
        writeText(writer, violation.message);
        writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
    return jsonoutput::bytesOf(buffer);
}

} // namespace

JsonEventExporter::JsonEventExporter(QIODevice *output, EventTypeKey eventType)
    : DeviceExportSink(output), m_eventType(std::move(eventType))
{ }

bool JsonEventExporter::begin()
{
    return put("[");
}

bool JsonEventExporter::write(const ExportRecord &record)
{
    for (const EventAnalysis *event : m_eventType.eventsIn(record)) {
        if (!put((m_firstElement ? "\n" : ",\n") + elementJson(record, *event)))
            return false;
        m_firstElement = false;
    }
    return true;
}

bool JsonEventExporter::finish()
{
    return put("\n]\n");
}

} // namespace hookscope
