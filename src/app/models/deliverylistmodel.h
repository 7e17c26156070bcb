#pragma once

#include "store/deliveryfilter.h"
#include "store/deliverysummary.h"

#include "newestfirsttablemodel.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QTimer>

namespace hookscope {

class DeliveryStore;

// The delivery list, newest first. Pages older rows in from the store on demand (fetchMore),
// never loading the whole store, and takes new deliveries in batches at most ~30 times a
// second however fast they arrive.
class DeliveryListModel : public NewestFirstTableModel<DeliverySummary>
{
    Q_OBJECT
public:
    enum Column { Time, Method, Path, Provider, EventTypes, Status, Signature, Size, Peer, Node, ColumnCount };
    enum Role { DeliveryIdRole = Qt::UserRole + 1 };

    explicit DeliveryListModel(DeliveryStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "203.0.113.9 via 127.0.0.1": the client a tunnel or proxy names beside the connection's
    // peer, or the peer alone.
    static QString peerText(const QString &forwardedClient, const QString &peer);
    // A stored signature status (valid, invalid, missing, unchecked) in the reader's language.
    static QString signatureText(const QString &status);

    void setFilter(const DeliveryFilter &filter);
    const DeliverySummary &summaryAt(int row) const { return m_rows.at(row); }
    // Deliveries matching the filter, including those not paged in yet.
    qint64 totalStored() const { return m_totalStored; }
    // How many model updates (row insertions) have been made: for tests of the batching.
    int insertionBatches() const { return m_insertionBatches; }

    // The store has deliveries newer than what is shown; they appear at the next refresh tick.
    void deliveriesArrived();
    void refreshNow();

Q_SIGNALS:
    void totalStoredChanged(qint64 total);

private:
    void reload();

    static constexpr int kPageSize = 200;
    static constexpr int kRefreshIntervalMs = 33;

    DeliveryStore *m_store;
    DeliveryFilter m_filter;
    qint64 m_totalStored = 0;
    QTimer m_refreshTimer;
    int m_insertionBatches = 0;
};

} // namespace hookscope
