#pragma once

#include "store/storeoptions.h"
#include "exchange/exportjob.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace hookscope {

class DeliveryAnalyzer;

// How an export ended.
struct ExportOutcome
{
    bool succeeded = false;
    bool cancelled = false;
    qint64 deliveries = 0;
    QStringList files;
    QList<EventTypeKey> eventTypes;
    QString error;
};

// Runs an ExportJob on a thread of the pool, over a store connection of its own, so the
// console stays responsive however large the export; progress and the end arrive as signals.
class BackgroundExport : public QObject
{
    Q_OBJECT
public:
    BackgroundExport(const StoreOptions &store, std::shared_ptr<const DeliveryAnalyzer> analyzer,
                     QObject *parent = nullptr);
    ~BackgroundExport() override; // cancels a running export and waits for it

    void start(const ExportRequest &request);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished(const hookscope::ExportOutcome &outcome);

private:
    StoreOptions m_store;
    std::shared_ptr<const DeliveryAnalyzer> m_analyzer;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QFutureWatcher<ExportOutcome> m_watcher;
};

} // namespace hookscope
