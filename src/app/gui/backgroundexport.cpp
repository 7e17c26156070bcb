#include "backgroundexport.h"

#include "providers/deliveryanalyzer.h"
#include "store/deliverystore.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace hookscope {

BackgroundExport::BackgroundExport(const StoreOptions &store,
                                   std::shared_ptr<const DeliveryAnalyzer> analyzer, QObject *parent)
    : QObject(parent), m_store(store), m_analyzer(std::move(analyzer))
{
    connect(&m_watcher, &QFutureWatcher<ExportOutcome>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

BackgroundExport::~BackgroundExport()
{
    cancel();
    m_watcher.waitForFinished();
}

void BackgroundExport::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

void BackgroundExport::start(const ExportRequest &request)
{
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    // The destructor waits for the job, so this outlives it.
    auto run = [this, store = m_store, analyzer = m_analyzer,
                cancelled = m_cancelled, request]() {
        ExportOutcome outcome;
        DeliveryStore reader;
        StoreOptions options = store;
        options.readOnly = true;
        if (!reader.open(options)) {
            outcome.error = reader.lastError();
            return outcome;
        }
        ExportJob job(reader, *analyzer);
        job.setProgress([&](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, done, total] { emit progressed(done, total); },
                                      Qt::QueuedConnection);
            return !*cancelled;
        });
        outcome.succeeded = job.run(request);
        outcome.cancelled = job.wasCancelled();
        outcome.deliveries = job.deliveriesDone();
        outcome.files = job.files();
        outcome.eventTypes = job.eventTypes();
        outcome.error = job.errorString();
        return outcome;
    };
    m_watcher.setFuture(QtConcurrent::run(std::move(run)));
}

} // namespace hookscope
