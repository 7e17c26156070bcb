#pragma once

#include "capturehttpserver.h"
#include "capturelimits.h"
#include "pendinganswer.h"
#include "store/deliveryjournal.h"
#include "store/deliverystore.h"
#include "store/retentionpolicy.h"
#include "store/storeoptions.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QLockFile;

namespace hookscope {

class DeliveryForwarder;
class DeliveryIndexer;
class DeliveryPreparer;

struct CaptureOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;
    CaptureLimits limits;
    StoreOptions store;
    RetentionPolicy retention;
};

// Captures deliveries durably: every request is prepared (classified, response chosen),
// collected with the others of the same event-loop pass, appended to the journal in one
// write, and only then answered; a delivery that could not be journaled is answered 503.
// The indexer then moves journaled deliveries into the store in large transactions.
// A delivery of an endpoint with a forward target is sent on once journaled, and what the target
// answered is added to it later; when the vendor is to get the target's answer, it is forwarded
// first and journaled with that answer (never acknowledged before it is stored either way).
// Holds the data directory's capture lock: one capturing process per store.
// Lives on its own thread (see CaptureHost); its signals cross threads.
class CaptureService : public QObject, public CaptureSink
{
    Q_OBJECT
public:
    CaptureService(const CaptureOptions &options, std::shared_ptr<const DeliveryPreparer> preparer);
    ~CaptureService() override;

    // Opens the store and starts listening; returns an error message or an empty string.
    Q_INVOKABLE QString start();
    // Stops accepting, answers what is pending, closes the store.
    Q_INVOKABLE void stop();
    Q_INVOKABLE void setPreparer(std::shared_ptr<const hookscope::DeliveryPreparer> preparer);
    // Takes effect at the next start().
    void setOptions(const CaptureOptions &options) { m_options = options; }
    // Take effect now, on the store's indexing thread (see DeliveryIndexer).
    void setRetention(const RetentionPolicy &policy);
    void removeDeliveries(const RemovalScope &scope);

    QHostAddress listenAddress() const;
    quint16 listenPort() const;

    void requestCaptured(Delivery delivery, PendingAnswer answer) override;
    void requestRefused(const Delivery &delivery) override;

Q_SIGNALS:
    void deliveriesStored(qint64 lastId, int count);
    void storeFailed(const QString &message);
    void storeRecovered();
    void forwardRecorded(qint64 deliveryId);
    void deliveriesRemoved(qint64 count);
    void removalFinished(qint64 removed, const QString &error);

private:
    void enqueue(Delivery delivery, std::optional<PendingAnswer> answer);
    void forwardThenAnswer(Delivery delivery, PendingAnswer answer);
    void scheduleFlush();
    void flush();
    void closeStore();

    CaptureOptions m_options;
    std::shared_ptr<const DeliveryPreparer> m_preparer;
    std::unique_ptr<QLockFile> m_lock;
    DeliveryJournal m_journal;
    std::unique_ptr<DeliveryIndexer> m_indexer;
    DeliveryForwarder *m_forwarder = nullptr;
    CaptureHttpServer *m_server = nullptr;
    QTimer m_flushTimer;
    QList<Delivery> m_batch;
    std::vector<std::optional<PendingAnswer>> m_answers; // parallel to m_batch
    bool m_journalFailing = false;
    QString m_storeFailure; // why the store takes no deliveries now; empty while it does
};

} // namespace hookscope
