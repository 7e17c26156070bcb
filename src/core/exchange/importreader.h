#pragma once

#include "common/delivery.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace hookscope {

// Deliveries read from an import file, one at a time, whatever its format.
class ImportReader
{
public:
    enum class Format { Ndjson, Har };

    virtual ~ImportReader() = default;

    virtual Format format() const = 0;
    // The next delivery (marked imported); nullopt at the end, or for an item that cannot be
    // read: then errorString() says which ("line 7: ...", "entry 3: ...") and why, and the next
    // call goes on with the next item.
    virtual std::optional<Delivery> next() = 0;
    virtual bool atEnd() const = 0;
    virtual QString errorString() const = 0;

    // From the first bytes: a HAR is one JSON object whose first member is "log"; any other
    // JSON object first is NDJSON. nullopt when the content starts with neither.
    static std::optional<Format> detectFormat(QByteArrayView head);
    // The reader for the device's content; null with *error when the format is not known or
    // the HAR document cannot be read at all.
    static std::unique_ptr<ImportReader> open(QIODevice *input, QString *error);
};

} // namespace hookscope
