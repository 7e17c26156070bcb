#include "storeaccess.h"

#include "store/datadirectory.h"
#include "store/deliveryindexer.h"
#include "store/deliveryjournal.h"
#include "store/deliverystore.h"
#include "store/storediagnosis.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

void waitForRunningCapture(const QString &dataDirectory, DeliveryStore &store)
{
    const quint64 journaled = DeliveryJournal::lastSequenceIn(DataDirectory::journalPath(dataDirectory));
    QElapsedTimer clock;
    clock.start();
    while (store.journalIndexedThrough() < journaled && clock.elapsed() < 10'000)
        QThread::msleep(10);
}

bool indexJournalIfIdle(const QString &dataDirectory, const StoreOptions &options,
                        bool *captureRunning, QString *error)
{
    QLockFile lock(QDir(dataDirectory).filePath(u"capture.lock"_s));
    *captureRunning = !lock.tryLock(0);
    if (*captureRunning)
        return true;
    DeliveryIndexer indexer;
    quint64 lastIndexed = 0;
    *error = indexer.open(options, DataDirectory::journalPath(dataDirectory), &lastIndexed);
    return error->isEmpty();
}

} // namespace

bool StoreAccess::open(DeliveryStore &store, const QString &dataDirectory, const QString &serverUrl,
                       Mode mode, QString *error)
{
    const QString path = DataDirectory::databasePath(dataDirectory);
    const bool shared = !serverUrl.isEmpty();
    if (!shared && mode == Mode::ExistingOnly && !QFileInfo::exists(path)) {
        *error = u"no delivery store in %1"_s.arg(dataDirectory);
        return false;
    }
    if ((shared || mode == Mode::CreateIfMissing) && !DataDirectory::prepare(dataDirectory, error))
        return false;
    if (const StoreDiagnosis diagnosis = StoreDiagnosis::of(path); !shared && !diagnosis.isUsable()) {
        *error = diagnosis.message();
        return false;
    }
    const StoreOptions options = DataDirectory::storeOptions(dataDirectory, serverUrl);
    bool captureRunning = false;
    if (!indexJournalIfIdle(dataDirectory, options, &captureRunning, error))
        return false;
    if (!store.open(options)) {
        *error = store.lastError();
        return false;
    }
    if (captureRunning)
        waitForRunningCapture(dataDirectory, store);
    return true;
}

} // namespace hookscope
