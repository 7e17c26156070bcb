#include "deliveryindexer.h"

#include "deliveryjournal.h"
#include "deliverystore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIndexer, "hookscope.store.indexer", QtInfoMsg)

namespace hookscope {

namespace {
// Bounds one transaction; what is left goes into the next one right away.
constexpr qsizetype kMaxDeliveriesPerTransaction = 5000;
constexpr qint64 kMaxBytesPerTransaction = 64 * 1024 * 1024;
constexpr int kRetryIntervalMs = 1000;
// Deliveries are already durable in the journal; gathering them for a moment makes each
// transaction large, which is what keeps indexing cheap (few pages written per delivery).
constexpr int kGatherIntervalMs = 50;
constexpr qint64 kDiscardIntervalMs = 2000;
constexpr int kCheckpointIntervalMs = 1000;
// One removal transaction; the next one waits for the event loop, so indexing goes on between.
constexpr int kRemovalBatch = 500;
// Retention is checked this long after deliveries were indexed (a store that keeps the last N
// may hold a few more for that moment), and this often anyway, for deliveries that age.
constexpr int kRetentionDelayMs = 1000;
constexpr int kRetentionIntervalMs = 60'000;
} // namespace

class DeliveryIndexer::Worker : public QObject
{
public:
    explicit Worker(DeliveryIndexer *owner) : m_owner(owner)
    {
        m_commitTimer.setSingleShot(true);
        connect(&m_commitTimer, &QTimer::timeout, this, &Worker::commit);
        m_removalTimer.setSingleShot(true);
        connect(&m_removalTimer, &QTimer::timeout, this, &Worker::removeBatch);
        m_retentionDelay.setSingleShot(true);
        m_retentionDelay.setInterval(kRetentionDelayMs);
        connect(&m_retentionDelay, &QTimer::timeout, this, &Worker::retentionDue);
        m_retentionInterval.setInterval(kRetentionIntervalMs);
        connect(&m_retentionInterval, &QTimer::timeout, this, &Worker::retentionDue);
    }

    DeliveryStore store;
    QString journalDirectory;

    void enqueue(QList<Delivery> batch)
    {
        m_pending.append(std::move(batch));
        if (!m_commitTimer.isActive() && !m_failing)
            m_commitTimer.start(m_pending.size() >= kMaxDeliveriesPerTransaction ? 0 : kGatherIntervalMs);
    }

    // A forward's outcome belongs to a delivery that is waiting here (it is stored with it) or
    // was indexed already (it is added to it).
    void recordForward(quint64 journalSequence, const ForwardOutcome &outcome)
    {
        for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
            if (m_pending.at(i).journalSequence == journalSequence) {
                m_pending[i].forwardOutcome = outcome;
                return;
            }
        }
        const auto indexed = m_awaitingForward.constFind(journalSequence);
        if (indexed == m_awaitingForward.cend()) {
            qCWarning(lcIndexer) << "a forward outcome for a delivery that is not in the store:"
                                 << journalSequence;
            return;
        }
        const qint64 deliveryId = indexed.value();
        m_awaitingForward.erase(indexed);
        if (store.recordForward(deliveryId, outcome))
            emit m_owner->forwardRecorded(deliveryId);
        else
            qCWarning(lcIndexer).noquote() << store.lastError();
    }

    void setRetention(const RetentionPolicy &policy)
    {
        m_retention = policy;
        if (policy.keepsEverything()) {
            m_retentionInterval.stop();
            m_retentionDelay.stop();
            return;
        }
        m_retentionInterval.start();
        retentionDue();
    }

    void remove(const RemovalScope &scope)
    {
        m_removals.append({ scope, 0 });
        scheduleRemoval();
    }

    void stopRemoving()
    {
        m_removalTimer.stop();
        m_retentionDelay.stop();
        m_retentionInterval.stop();
        for (const Removal &removal : std::as_const(m_removals))
            emit m_owner->removalFinished(removal.removed, u"the store was closed"_s);
        m_removals.clear();
    }

    void commitAll()
    {
        while (!m_pending.isEmpty() && commit()) { }
    }

    bool commit()
    {
        if (m_pending.isEmpty())
            return true;
        qsizetype count = 0;
        qint64 bytes = 0;
        while (count < m_pending.size() && count < kMaxDeliveriesPerTransaction
               && bytes < kMaxBytesPerTransaction)
            bytes += m_pending.at(count++).body.size();
        QList<Delivery> batch = m_pending.first(count);
        const quint64 journaledThrough = batch.constLast().journalSequence;
        if (m_failing)
            store.reconnectIfLost();
        if (!store.append(batch, journaledThrough) && !storeOneByOne(batch, journaledThrough)) {
            if (!m_failing)
                emit m_owner->indexingFailed(
                        u"%1 (deliveries are safe in the journal and will be indexed when the "
                        "store can take them)"_s.arg(store.lastError()));
            m_failing = true;
            m_commitTimer.start(kRetryIntervalMs);
            return false;
        }
        m_pending.remove(0, count);
        for (const Delivery &delivery : std::as_const(batch)) {
            if (!delivery.forwardTo.isEmpty() && !delivery.forwardOutcome && delivery.id > 0)
                m_awaitingForward.insert(delivery.journalSequence, delivery.id);
        }
        if (m_failing) {
            m_failing = false;
            emit m_owner->indexingRecovered();
        }
        if (journaledThrough > 0 && (!m_sinceDiscard.isValid() || m_sinceDiscard.hasExpired(kDiscardIntervalMs))) {
            DeliveryJournal::discardIndexed(journalDirectory, journaledThrough);
            m_sinceDiscard.start();
        }
        emit m_owner->indexed(batch.constLast().id, int(batch.size()));
        if (!m_pending.isEmpty())
            m_commitTimer.start(0);
        if (!m_retention.keepsEverything() && !m_retentionDelay.isActive())
            m_retentionDelay.start();
        return true;
    }

private:
    struct Removal
    {
        RemovalScope scope;
        qint64 removed = 0;
    };

    void retentionDue()
    {
        m_retentionDue = true;
        scheduleRemoval();
    }

    void scheduleRemoval()
    {
        if (!m_removalTimer.isActive())
            m_removalTimer.start(0);
    }

    // One bounded transaction of removal: requests first, in order, then retention.
    void removeBatch()
    {
        if (!store.isOpen())
            return;
        qint64 removed = 0;
        if (!m_removals.isEmpty()) {
            Removal &removal = m_removals.first();
            removed = store.remove(removal.scope, kRemovalBatch);
            if (removed >= 0)
                removal.removed += removed;
            if (removed < kRemovalBatch) {
                emit m_owner->removalFinished(removed < 0 ? -1 : removal.removed,
                                              removed < 0 ? store.lastError() : QString());
                m_removals.removeFirst();
            }
        } else if (m_retentionDue) {
            removed = store.prune(m_retention, QDateTime::currentMSecsSinceEpoch() * 1'000'000,
                                  kRemovalBatch);
            if (removed < 0)
                qCWarning(lcIndexer).noquote() << "retention not applied:" << store.lastError();
            m_retentionDue = removed == kRemovalBatch;
        }
        if (removed > 0)
            emit m_owner->deliveriesRemoved(removed);
        if (!m_removals.isEmpty() || m_retentionDue)
            m_removalTimer.start(0);
    }

    // The disk being full, the database read-only or a shared store's server gone stops every
    // delivery alike: wait and retry. Anything else is about one delivery, so store the others
    // without it: first with its derived classification cleared (that is what the store
    // refuses, if anything), and only if even that fails leave it in the journal, said loudly.
    bool storeOneByOne(QList<Delivery> &batch, quint64 journaledThrough)
    {
        const QString error = store.lastError();
        if (!store.isReachable())
            return false;
        for (const char *transient : { "full", "readonly", "read-only", "locked", "busy", "I/O" }) {
            if (error.contains(QLatin1StringView(transient), Qt::CaseInsensitive))
                return false;
        }
        for (qsizetype i = 0; i < batch.size(); ++i) {
            QList<Delivery> single = { batch.at(i) };
            const quint64 through = i + 1 == batch.size() ? journaledThrough : single.first().journalSequence;
            if (store.append(single, through)) {
                batch[i].id = single.first().id;
                continue;
            }
            single.first().classification = {};
            if (store.append(single, through)) {
                batch[i].id = single.first().id;
                qCWarning(lcIndexer).noquote() << "stored a delivery without its classification:" << error;
                continue;
            }
            qCCritical(lcIndexer).noquote() << "a delivery could not be stored and stays in the journal"
                                            << single.first().journalSequence << ":" << store.lastError();
        }
        return true;
    }

    DeliveryIndexer *m_owner;
    QList<Delivery> m_pending;
    QHash<quint64, qint64> m_awaitingForward; // journal sequence -> delivery id
    QTimer m_commitTimer { this };
    QElapsedTimer m_sinceDiscard;
    bool m_failing = false;
    RetentionPolicy m_retention;
    bool m_retentionDue = false;
    QList<Removal> m_removals;
    QTimer m_removalTimer { this };
    QTimer m_retentionDelay { this };
    QTimer m_retentionInterval { this };
};

class DeliveryIndexer::Checkpointer : public QObject
{
public:
    DeliveryStore store;
    QTimer timer { this };

    void start(const StoreOptions &options)
    {
        if (!store.open(options))
            return;
        connect(&timer, &QTimer::timeout, this, [this] { store.checkpoint(); });
        timer.start(kCheckpointIntervalMs);
    }

    void stop()
    {
        timer.stop();
        store.checkpoint();
        store.close();
    }
};

DeliveryIndexer::DeliveryIndexer()
{
    m_thread.setObjectName(u"store-indexer"_s);
    m_worker = new Worker(this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();

    m_checkpointThread.setObjectName(u"store-checkpoint"_s);
    m_checkpointer = new Checkpointer;
    m_checkpointer->moveToThread(&m_checkpointThread);
    connect(&m_checkpointThread, &QThread::finished, m_checkpointer, &QObject::deleteLater);
    m_checkpointThread.start();
}

DeliveryIndexer::~DeliveryIndexer()
{
    close();
    m_thread.quit();
    m_thread.wait();
    m_checkpointThread.quit();
    m_checkpointThread.wait();
}

QString DeliveryIndexer::open(const StoreOptions &options, const QString &journalDirectory,
                              quint64 *lastIndexed)
{
    StoreOptions indexing = options;
    indexing.autoCheckpoint = false;
    QString error;
    QMetaObject::invokeMethod(
            m_worker,
            [&] {
                Worker *worker = m_worker;
                worker->journalDirectory = journalDirectory;
                if (!worker->store.open(indexing)) {
                    error = worker->store.lastError();
                    return;
                }
                *lastIndexed = worker->store.journalIndexedThrough();
                QList<Delivery> unindexed;
                if (!DeliveryJournal::replay(journalDirectory, *lastIndexed,
                                             [&](Delivery &&delivery) { unindexed.append(delivery); },
                                             &error))
                    return;
                if (!unindexed.isEmpty()) {
                    qCInfo(lcIndexer) << "indexing" << unindexed.size()
                                      << "deliveries journaled before the last stop";
                    *lastIndexed = qMax(*lastIndexed, unindexed.constLast().journalSequence);
                    worker->enqueue(std::move(unindexed));
                }
            },
            Qt::BlockingQueuedConnection);
    // A server checkpoints its own write-ahead log.
    if (error.isEmpty() && !options.isShared()) {
        QMetaObject::invokeMethod(m_checkpointer, [checkpointer = m_checkpointer, options] {
            StoreOptions checkpointing = options;
            checkpointing.autoCheckpoint = false;
            checkpointer->start(checkpointing);
        });
    }
    return error;
}

void DeliveryIndexer::close()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker] {
                worker->commitAll();
                worker->stopRemoving();
                worker->store.close();
            },
            Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_checkpointer, [checkpointer = m_checkpointer] { checkpointer->stop(); },
                              Qt::BlockingQueuedConnection);
}

void DeliveryIndexer::index(QList<Delivery> batch)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, batch = std::move(batch)]() mutable {
        worker->enqueue(std::move(batch));
    });
}

void DeliveryIndexer::recordForward(quint64 journalSequence, ForwardOutcome outcome)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, journalSequence,
                                         outcome = std::move(outcome)] {
        worker->recordForward(journalSequence, outcome);
    });
}

void DeliveryIndexer::setRetention(const RetentionPolicy &policy)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, policy] { worker->setRetention(policy); });
}

void DeliveryIndexer::remove(const RemovalScope &scope)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, scope] { worker->remove(scope); });
}

} // namespace hookscope
