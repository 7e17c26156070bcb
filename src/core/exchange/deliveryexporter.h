#pragma once

#include "exportsink.h"
#include "store/deliveryfilter.h"

#include <QList>
#include <QString>

#include <functional>

namespace hookscope {

class DeliveryAnalyzer;
class DeliveryStore;

// Runs an export: reads deliveries from the store (a filter, or chosen ids), analyzes and
// validates each like the console does, and hands it to a sink. Reports progress every few
// deliveries so a GUI can show a progress dialog and cancel.
class DeliveryExporter
{
public:
    // deliveriesDone so far; return false to cancel the export.
    using Progress = std::function<bool(qint64 deliveriesDone)>;

    DeliveryExporter(DeliveryStore &store, const DeliveryAnalyzer &analyzer);

    void setProgress(Progress progress, int everyDeliveries = 100);

    // Oldest first. False on a store or sink error (errorString()) or when cancelled.
    bool run(const DeliveryFilter &filter, ExportSink &sink);
    // In the order given; an id that is not in the store is an error.
    bool run(const QList<qint64> &ids, ExportSink &sink);

    qint64 deliveriesDone() const { return m_done; }
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }

private:
    bool start(ExportSink &sink);
    bool visit(const Delivery &delivery, ExportSink &sink);
    bool end(bool completed, ExportSink &sink);

    DeliveryStore &m_store;
    const DeliveryAnalyzer &m_analyzer;
    Progress m_progress;
    int m_progressInterval = 100;
    qint64 m_done = 0;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace hookscope
