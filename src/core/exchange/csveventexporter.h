#pragma once

#include "eventtypekey.h"
#include "exportsink.h"
#include "providers/eventfields.h"

#include <QByteArray>
#include <QStringList>
#include <QStringView>

namespace hookscope {

// CSV (RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF quoted, quotes doubled;
// UTF-8) of one event type: a row per event (a batch delivery gives several) with the columns
// delivery_id, received_at, event_index, then the event type's EventFields columns, then
// schema_errors. Null and missing fields are empty; arrays are "3 items".
class CsvEventExporter : public DeviceExportSink
{
public:
    struct Options
    {
        // For Excel: a UTF-8 byte order mark first, and text cells that start with = + - @ or
        // a tab/CR get a leading apostrophe so that Excel does not run them as formulas.
        bool excel = false;
    };

    CsvEventExporter(QIODevice *output, EventTypeKey eventType, EventFields fields,
                     Options options);

    bool begin() override;
    bool write(const ExportRecord &record) override;

    static QByteArray field(QStringView text);
    static QByteArray line(const QStringList &fields);

private:
    QString cellText(const EventFieldValue &value) const;

    EventTypeKey m_eventType;
    EventFields m_fields;
    Options m_options;
};

} // namespace hookscope
