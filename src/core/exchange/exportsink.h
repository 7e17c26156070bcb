#pragma once

#include "common/delivery.h"
#include "decode/jsontree.h"
#include "providers/deliveryanalysis.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

class QIODevice;

namespace hookscope {

// One delivery on its way into an export: the raw record and what the analyzer made of it.
class ExportRecord
{
public:
    ExportRecord(const Delivery &delivery, const DeliveryAnalysis &analysis);

    const Delivery &delivery() const { return m_delivery; }
    const DeliveryAnalysis &analysis() const { return m_analysis; }
    // The analyzed body (DeliveryAnalysis::body) as a lenient JSON tree, parsed on first use,
    // so that every sink given this record shares one parse.
    const JsonTree &tree() const;
    // The event's node in tree(); -1 when the body is not JSON or has no such node.
    int eventNode(const EventAnalysis &event) const;

private:
    const Delivery &m_delivery;
    const DeliveryAnalysis &m_analysis;
    mutable std::optional<JsonTree> m_tree;
};

// Where an export goes: one class per format. begin() once, write() per delivery, finish()
// once; after a false return errorString() says why and the export stops.
class ExportSink
{
public:
    virtual ~ExportSink() = default;

    virtual bool begin() { return true; }
    virtual bool write(const ExportRecord &record) = 0;
    virtual bool finish() { return true; }
    // Whether write() reads schema violations; validation is skipped for sinks that do not.
    virtual bool needsValidation() const { return true; }
    // After a failed or cancelled export: removes what the sink wrote beside its device (the
    // device itself is its owner's to drop).
    virtual void discard() { }

    QString errorString() const { return m_error; }

protected:
    bool fail(const QString &message);

    QString m_error;
};

// A sink that writes everything to one device.
class DeviceExportSink : public ExportSink
{
public:
    explicit DeviceExportSink(QIODevice *output) : m_output(output) { }

protected:
    // Writes all bytes or fails with the device's error.
    bool put(QByteArrayView bytes);

    QIODevice *m_output;
};

} // namespace hookscope
