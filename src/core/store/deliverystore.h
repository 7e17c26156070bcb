#pragma once

#include "common/delivery.h"
#include "deliveryfilter.h"
#include "deliverysummary.h"
#include "retentionpolicy.h"
#include "storebackend.h"
#include "storeoptions.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace hookscope {

// How many deliveries (and events of each type) an endpoint/provider pair has.
struct FacetCount
{
    QString endpoint;
    QString provider;
    QString eventType; // empty: the count is of deliveries, not events
    qint64 count = 0;
};

// The running totals and the newest id they include, read at one moment.
struct FacetSnapshot
{
    QList<FacetCount> counts;
    qint64 lastId = 0;
};

// Which deliveries a removal takes: those matching every field that is set.
struct RemovalScope
{
    qint64 throughId = 0;            // ids up to this one; 0: any
    qint64 receivedBeforeNs = 0;     // received before this time; 0: any
    std::optional<QString> endpoint; // exactly this endpoint ("" is "no endpoint")
    std::optional<QString> provider; // exactly this provider ("" is "unrecognised")
};

// One event of a delivery (a batch delivery has several).
struct EventReference
{
    qint64 deliveryId = 0;
    int index = 0;
};

// Deliveries received in [startNs, startNs + bucket width).
struct TimeBucket
{
    qint64 startNs = 0;
    qint64 deliveries = 0;
    qint64 notSuccessful = 0;    // answered with anything but 2xx
    qint64 invalidSignature = 0;
    QList<QPair<QString, qint64>> eventTypes; // events per type in this bucket
};

// The durable record of every delivery: the data directory's SQLite file (WAL journal) or a
// PostgreSQL database several capture nodes share, through QtSql (see StoreBackend). One
// instance is one database connection and must be used from the thread that opened it; open
// one per thread (a writer in the capture thread, readers elsewhere).
class DeliveryStore
{
public:
    DeliveryStore();
    ~DeliveryStore();
    DeliveryStore(const DeliveryStore &) = delete;
    DeliveryStore &operator=(const DeliveryStore &) = delete;

    bool open(const StoreOptions &options);
    void close();
    bool isOpen() const;
    // A shared store's connection may be dropped (the server restarted, the network went):
    // asks the server something and, when that fails, connects again. True when usable.
    bool reconnectIfLost();
    // Whether the store answers at all (a shared store's server may be gone).
    bool isReachable();
    QString lastError() const { return m_lastError; }
    // Where the store is: a file path, or a URL without its password.
    QString displayName() const;
    bool isShared() const { return m_options.isShared(); }

    // Stores all deliveries in one transaction and sets their ids; on failure stores none.
    // journaledThrough > 0 records, in the same transaction, how far the journal is indexed.
    bool append(QList<Delivery> &deliveries, quint64 journaledThrough = 0);
    quint64 journalIndexedThrough();

    std::optional<Delivery> load(qint64 id);
    // What the forward target answered (or why it did not), recorded after the delivery was
    // stored; a later record for the same delivery replaces an earlier one.
    bool recordForward(qint64 deliveryId, const ForwardOutcome &outcome);
    std::optional<ForwardOutcome> forwardOf(qint64 deliveryId);
    // Newest first, strictly older than beforeId (0: from the newest).
    QList<DeliverySummary> page(const DeliveryFilter &filter, qint64 beforeId, int limit);
    // Oldest first, strictly newer than afterId: what arrived since a view last looked.
    QList<DeliverySummary> summariesAfter(const DeliveryFilter &filter, qint64 afterId, int limit);
    qint64 count(const DeliveryFilter &filter);
    // Events of filter.eventType (required), newest delivery first, after the given position.
    QList<EventReference> events(const DeliveryFilter &filter, const EventReference &after, int limit);
    qint64 eventCount(const DeliveryFilter &filter);
    qint64 lastId();
    // Visits full deliveries oldest first until visit returns false.
    bool forEach(const DeliveryFilter &filter, const std::function<bool(const Delivery &)> &visit);
    qint64 sizeOnDisk();

    // Deliveries per endpoint and provider, and events per event type below them, for
    // deliveries with afterId < id <= throughId (0: open), so a view can keep running totals
    // (an id it read before bounds the count, so what is stored meanwhile is counted next time).
    QList<FacetCount> facetCounts(qint64 afterId = 0, qint64 throughId = 0);
    // All running totals and lastId() in one read, so a view that adds facetCounts(lastId)
    // afterwards counts every delivery exactly once.
    FacetSnapshot facetSnapshot();

    // Removes up to limit of the oldest deliveries in scope in one transaction, with all that is
    // derived from them: payloads, events, their words in the text index, and the running
    // totals. Returns how many were removed (0: none left in scope), -1 on error.
    qint64 remove(const RemovalScope &scope, int limit);
    // Removes up to limit of the deliveries the policy does not keep, oldest first, the same
    // way; nowNs is the time "the last N days" ends. -1 on error.
    qint64 prune(const RetentionPolicy &policy, qint64 nowNs, int limit);
    // Deliveries matching the filter per time bucket, oldest first; empty buckets left out.
    QList<TimeBucket> histogram(const DeliveryFilter &filter, qint64 fromNs, qint64 toNs,
                                qint64 bucketNs);
    // The range of receive times, or {0, 0} for an empty store.
    QPair<qint64, qint64> timeRange();
    // Copies committed WAL pages back into the database file without blocking writers
    // (SQLite; nothing to do for PostgreSQL).
    bool checkpoint();

    // The notification channels a shared store announces changes on (payload: the newest id
    // stored, or how many were removed); see StoreWatcher.
    static QString storedChannel();
    static QString removedChannel();

private:
    struct Statements;

    bool configure(const StoreOptions &options);
    bool fail(const QString &context, const QString &error);
    bool insertForward(qint64 deliveryId, const ForwardOutcome &outcome);
    QList<TimeBucket> histogramFromMinutes(qint64 fromNs, qint64 toNs, qint64 originNs, qint64 bucketNs);
    qint64 removeIdsIn(const QString &selection, const QVariantList &values);
    QList<DeliverySummary> summaries(const DeliveryFilter &filter, const QString &idCondition,
                                     qint64 id, bool newestFirst, int limit);

    QString m_connectionName;
    QString m_lastError;
    StoreOptions m_options;
    std::unique_ptr<StoreBackend> m_backend;
    std::unique_ptr<Statements> m_statements;
};

} // namespace hookscope
