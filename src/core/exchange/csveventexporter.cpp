#include "csveventexporter.h"

#include "common/timestamp.h"

using namespace Qt::StringLiterals;

namespace hookscope {

CsvEventExporter::CsvEventExporter(QIODevice *output, EventTypeKey eventType, EventFields fields,
                                   Options options)
    : DeviceExportSink(output), m_eventType(std::move(eventType)), m_fields(std::move(fields)),
      m_options(options)
{ }

QByteArray CsvEventExporter::field(QStringView text)
{
    const bool quoted = text.contains(u',') || text.contains(u'"') || text.contains(u'\r')
        || text.contains(u'\n');
    if (!quoted)
        return text.toUtf8();
    QString escaped = text.toString();
    escaped.replace(u'"', u"\"\""_s);
    return '"' + escaped.toUtf8() + '"';
}

QByteArray CsvEventExporter::line(const QStringList &fields)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            bytes += ',';
        bytes += field(fields.at(i));
    }
    return bytes + "\r\n";
}

bool CsvEventExporter::begin()
{
    QStringList header { u"delivery_id"_s, u"received_at"_s, u"event_index"_s };
    for (const EventFieldColumn &column : m_fields.columns())
        header.append(column.name);
    header.append(u"schema_errors"_s);
    return put((m_options.excel ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + line(header));
}

QString CsvEventExporter::cellText(const EventFieldValue &value) const
{
    if (!m_options.excel || value.kind != JsonNodeKind::String || value.text.isEmpty())
        return value.text;
    const QChar first = value.text.front();
    const bool formulaLike = first == u'=' || first == u'+' || first == u'-' || first == u'@'
        || first == u'\t' || first == u'\r';
    return formulaLike ? u'\'' + value.text : value.text;
}

bool CsvEventExporter::write(const ExportRecord &record)
{
    for (const EventAnalysis *event : m_eventType.eventsIn(record)) {
        QStringList row { QString::number(record.delivery().id),
                          formatRfc3339Nanoseconds(record.delivery().receivedAtNs),
                          QString::number(event->index) };
        for (const EventFieldValue &value :
             m_fields.values(record.tree(), record.eventNode(*event)))
            row.append(cellText(value));
        row.append(violationsText(violationsWithinEvent(*event)));
        if (!put(line(row)))
            return false;
    }
    return true;
}

} // namespace hookscope
