#pragma once

#include "common/delivery.h"

#include <QByteArray>
#include <QJsonObject>

class QIODevice;

namespace hookscope {

// Writes deliveries as NDJSON, one object per line: the lossless interchange format (see
// DESIGN.md). Raw bytes are base64; header names and values that are not UTF-8 carry a base64
// copy so an import gives back exactly the same bytes.
class NdjsonWriter
{
public:
    explicit NdjsonWriter(QIODevice *output);

    // decoded: the derived "decoded" object (provider, events, signature, parse_error).
    bool write(const Delivery &delivery, const QJsonObject &decoded);
    QString errorString() const { return m_error; }

    static QByteArray toLine(const Delivery &delivery, const QJsonObject &decoded);

private:
    QIODevice *m_output;
    QString m_error;
};

} // namespace hookscope
