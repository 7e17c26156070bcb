#include "deliverylistmodel.h"

#include "store/deliverystore.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QDateTime localDateTime(qint64 utcNanoseconds)
{
    return QDateTime::fromMSecsSinceEpoch(utcNanoseconds / 1'000'000).toLocalTime();
}

// Today's deliveries show the time only; older ones their date too.
QString shortTime(qint64 utcNanoseconds)
{
    const QDateTime time = localDateTime(utcNanoseconds);
    return time.date() == QDate::currentDate() ? time.toString(u"HH:mm:ss.zzz"_s)
                                               : time.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString byteSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

DeliveryListModel::DeliveryListModel(DeliveryStore *store, QObject *parent)
    : NewestFirstTableModel(parent), m_store(store)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DeliveryListModel::refreshNow);
    reload();
}

int DeliveryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliverySummary &row = m_rows.at(index.row());
    if (role == DeliveryIdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Status || index.column() == Size)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Status && !row.rejection.isEmpty())
        return tr("Refused: %1").arg(row.rejection);
    if (role == Qt::ToolTipRole && index.column() == EventTypes && !row.eventTypes.isEmpty())
        return row.eventTypes.join(u"\n"_s);
    if (role == Qt::ToolTipRole && index.column() == Peer && !row.forwardedClient.isEmpty())
        return tr("%1 is the client a tunnel or proxy named in the request's headers; the "
                  "connection came from %2 port %3.")
                .arg(row.forwardedClient, row.peerAddress)
                .arg(row.peerPort);
    if (role == Qt::ToolTipRole && index.column() == Time)
        return localDateTime(row.receivedAtNs).toString(u"yyyy-MM-dd HH:mm:ss.zzz t"_s);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return shortTime(row.receivedAtNs);
    case Method:
        return QString::fromLatin1(row.method);
    case Path:
        return QString::fromUtf8(row.target);
    case Provider:
        return row.provider;
    case EventTypes:
        return row.eventTypes.join(u", "_s);
    case Status:
        return row.responseStatus;
    case Signature:
        return row.signature == u"unchecked"_s ? QString() : signatureText(row.signature);
    case Size:
        return byteSize(row.bodySize);
    case Peer:
        return peerText(row.forwardedClient, row.peerAddress);
    case Node:
        return row.node;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeliveryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time: return tr("Time");
    case Method: return tr("Method");
    case Path: return tr("Path");
    case Provider: return tr("Provider");
    case EventTypes: return tr("Event types");
    case Status: return tr("Status");
    case Signature: return tr("Signature");
    case Size: return tr("Size");
    case Peer: return tr("Peer");
    case Node: return tr("Node");
    case ColumnCount: break;
    }
    return {};
}

QString DeliveryListModel::peerText(const QString &forwardedClient, const QString &peer)
{
    if (forwardedClient.isEmpty() || forwardedClient == peer)
        return peer;
    return tr("%1 via %2").arg(forwardedClient, peer);
}

QString DeliveryListModel::signatureText(const QString &status)
{
    if (status == u"valid"_s)
        return tr("valid", "signature status");
    if (status == u"invalid"_s)
        return tr("invalid", "signature status");
    if (status == u"missing"_s)
        return tr("missing", "signature status");
    if (status == u"unchecked"_s)
        return tr("not checked", "signature status");
    return status;
}

void DeliveryListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 oldest = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    const QList<DeliverySummary> older = m_store->page(m_filter, oldest, kPageSize);
    m_hasOlder = older.size() == kPageSize;
    if (older.isEmpty())
        return;
    addOlder(older);
}

void DeliveryListModel::setFilter(const DeliveryFilter &filter)
{
    m_filter = filter;
    reload();
}

void DeliveryListModel::deliveriesArrived()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void DeliveryListModel::refreshNow()
{
    m_refreshTimer.stop();
    const qint64 newest = m_rows.isEmpty() ? 0 : m_rows.constFirst().id;
    QList<DeliverySummary> newer;
    // At most a few pages per tick; if more arrived, the list is rebuilt from the newest.
    for (int pass = 0; pass < 5; ++pass) {
        const QList<DeliverySummary> batch = m_store->summariesAfter(
                m_filter, newer.isEmpty() ? newest : newer.constLast().id, kPageSize);
        newer.append(batch);
        if (batch.size() < kPageSize)
            break;
    }
    if (newer.isEmpty())
        return;
    m_totalStored += newer.size();
    emit totalStoredChanged(m_totalStored);
    if (newer.size() >= 5 * kPageSize) {
        reload();
        return;
    }
    std::reverse(newer.begin(), newer.end());
    addNewest(std::move(newer));
    ++m_insertionBatches;
}

void DeliveryListModel::reload()
{
    beginResetModel();
    m_rows = m_store->page(m_filter, 0, kPageSize);
    m_hasOlder = m_rows.size() == kPageSize;
    endResetModel();
    m_totalStored = m_store->count(m_filter);
    emit totalStoredChanged(m_totalStored);
}

} // namespace hookscope
