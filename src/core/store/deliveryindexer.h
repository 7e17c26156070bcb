#pragma once

#include "common/delivery.h"
#include "deliverystore.h"
#include "retentionpolicy.h"
#include "storeoptions.h"

#include <QObject>
#include <QThread>

namespace hookscope {

// Moves journaled deliveries into the store on threads of its own: one indexes (large
// transactions, each recording how far the journal is indexed), one checkpoints the WAL, so
// neither the thread serving HTTP nor the indexer waits for a checkpoint's copy and fsync.
// Opening it first indexes what a previous run journaled but did not index.
// The indexing thread is also where deliveries leave the store (retention, clearing): in
// bounded batches between index transactions, so capture never waits for a removal.
class DeliveryIndexer : public QObject
{
    Q_OBJECT
public:
    DeliveryIndexer();
    ~DeliveryIndexer() override;

    // Blocks until the store is open and earlier journal records are queued for indexing.
    // lastIndexed receives the journal sequence the store is indexed through.
    QString open(const StoreOptions &options, const QString &journalDirectory, quint64 *lastIndexed);
    // Blocks until everything handed over so far is indexed (or failed), then closes the store.
    void close();

    // Asynchronous; batches are indexed in the order given.
    void index(QList<Delivery> batch);
    // Asynchronous; adds what a forward target answered to a delivery handed over before.
    void recordForward(quint64 journalSequence, ForwardOutcome outcome);
    // Asynchronous. From now on the store keeps what the policy says: checked a moment after
    // deliveries are indexed, once a minute, and right away.
    void setRetention(const RetentionPolicy &policy);
    // Asynchronous: removes the deliveries in scope; removalFinished() says when.
    void remove(const RemovalScope &scope);

    // The signals are emitted on the indexing thread: connect them to a receiver living in the
    // thread that is to handle them (queued), not directly (a QSignalSpy included).
Q_SIGNALS:
    void indexed(qint64 lastId, int count);
    void indexingFailed(const QString &message);
    void indexingRecovered();
    void forwardRecorded(qint64 deliveryId);
    // After each removal transaction (retention or remove()).
    void deliveriesRemoved(qint64 count);
    // A remove() request is done; removed: how many it took, -1 when the store failed.
    void removalFinished(qint64 removed, const QString &error);

private:
    class Worker;
    class Checkpointer;
    QThread m_thread;
    QThread m_checkpointThread;
    Worker *m_worker = nullptr;
    Checkpointer *m_checkpointer = nullptr;
};

} // namespace hookscope
