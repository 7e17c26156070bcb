#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hookscope {

// The formats an export can be written in; the command line's --format names them.
enum class ExportFormat { Ndjson, Har, Csv, Json, Curl, Raw };

namespace exportformat {

QList<ExportFormat> all();
QString name(ExportFormat format);                          // "ndjson", "har", ...
std::optional<ExportFormat> fromName(const QString &name);
QString fileExtension(ExportFormat format);                 // "ndjson", "har", "csv", "json", "sh", "body"
// CSV and JSON are about one event type: a file per event type unless one is chosen.
bool isPerEventType(ExportFormat format);
// What credential masking applies to: HAR and curl (NDJSON stays lossless).
bool canMaskCredentials(ExportFormat format);

} // namespace exportformat

} // namespace hookscope
