#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace hookscope {

// Receive times are UTC nanoseconds since the Unix epoch.
qint64 currentUtcNanoseconds();

// "2026-11-23T14:39:26.123456789Z": always nine fraction digits, always UTC.
QString formatRfc3339Nanoseconds(qint64 utcNanoseconds);

// Accepts RFC 3339 with 0-9 fraction digits and "Z" or a numeric offset.
std::optional<qint64> parseRfc3339Nanoseconds(QStringView text);

} // namespace hookscope
