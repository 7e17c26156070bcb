#include "eventtablemodel.h"

#include "providers/jsonschema.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace hookscope {

EventTableModel::EventTableModel(DeliveryStore *store, std::shared_ptr<const ProviderCatalog> catalog,
                                 QObject *parent)
    : NewestFirstTableModel(parent), m_store(store), m_catalog(std::move(catalog))
{
}

void EventTableModel::setFilter(const DeliveryFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_provider = m_catalog->provider(filter.provider);
    if (!m_provider && filter.provider.isEmpty()) {
        // The event type alone says whose it is only when one provider has it (Stripe and
        // WillSuite both have customer.created).
        int owners = 0;
        for (const ProviderDefinition &candidate : m_catalog->providers()) {
            if (candidate.eventType(filter.eventType)) {
                m_provider = owners++ == 0 ? &candidate : nullptr;
            }
        }
    }
    m_fields = EventFields::forEventType(m_provider, filter.eventType);
    const QList<EventReference> first = m_store->events(filter, {}, kPageSize);
    m_hasOlder = first.size() == kPageSize;
    m_rows = load(first);
    m_total = m_store->eventCount(filter);
    endResetModel();
}

QList<EventTableModel::Row> EventTableModel::load(const QList<EventReference> &events)
{
    QList<Row> rows;
    rows.reserve(events.size());
    for (const EventReference &event : events)
        rows.append(loadRow(event));
    // Only now are all the batch's columns known.
    for (Row &row : rows) {
        const int node = EventFields::eventNode(row.tree, row.eventPointer);
        if (node >= 0)
            row.values = m_fields.values(row.tree, node);
    }
    return rows;
}

EventTableModel::Row EventTableModel::loadRow(const EventReference &event)
{
    Row row;
    row.event = event;
    const std::optional<Delivery> delivery = m_store->load(event.deliveryId);
    if (!delivery)
        return row;
    row.receivedAtNs = delivery->receivedAtNs;
    const QByteArray &body = delivery->decryptedBody.isEmpty() ? delivery->body : delivery->decryptedBody;
    if (body.size() > kMaxTableBodyBytes)
        return row;
    row.tree = JsonTree::parse(body, JsonParseMode::Lenient);
    const QString batch = m_provider ? m_provider->events.batchPointer : QString();
    row.eventPointer = batch.isEmpty() ? QString() : batch + u"/"_s + QString::number(event.index);
    const int node = EventFields::eventNode(row.tree, row.eventPointer);
    if (node < 0)
        return row;
    m_fields.observe(row.tree, node);
    if (const EventTypeDefinition *type = m_provider ? m_provider->eventType(m_filter.eventType) : nullptr) {
        for (const SchemaViolation &violation : type->schema->validate(body, row.eventPointer)) {
            row.violationPointers.append(violation.pointer.mid(row.eventPointer.size()));
            row.violationMessages.append(violation.message);
        }
    }
    return row;
}

void EventTableModel::adoptNewColumns(int before)
{
    const int after = m_fields.columnCount();
    if (after <= before)
        return;
    beginInsertColumns({}, FixedColumnCount + before, FixedColumnCount + after - 1);
    endInsertColumns();
    // Rows loaded earlier have no values for the new columns: read them again.
    for (Row &row : m_rows) {
        const int node = EventFields::eventNode(row.tree, row.eventPointer);
        if (node >= 0)
            row.values = m_fields.values(row.tree, node);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, FixedColumnCount), index(rowCount() - 1, columnCount() - 1));
}

void EventTableModel::deliveriesArrived()
{
    if (m_filter.eventType.isEmpty())
        return;
    const EventReference newest = m_rows.isEmpty() ? EventReference() : m_rows.constFirst().event;
    QList<EventReference> fresh;
    for (const EventReference &event : m_store->events(m_filter, {}, kPageSize)) {
        if (event.deliveryId < newest.deliveryId
            || (event.deliveryId == newest.deliveryId && event.index >= newest.index))
            break;
        fresh.append(event);
    }
    if (fresh.isEmpty())
        return;
    const int columnsBefore = m_fields.columnCount();
    QList<Row> rows = load(fresh);
    adoptNewColumns(columnsBefore);
    addNewest(std::move(rows));
    m_total += rows.size();
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + m_fields.columnCount();
}

QString EventTableModel::violationsAt(const Row &row, int fieldColumn) const
{
    const QString &pointer = m_fields.columns().at(fieldColumn).pointer;
    QStringList messages;
    for (qsizetype i = 0; i < row.violationPointers.size(); ++i) {
        const QString &at = row.violationPointers.at(i);
        if (at == pointer || at.startsWith(pointer + u"/"_s))
            messages.append(row.violationMessages.at(i));
    }
    return messages.join(u"\n"_s);
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int field = index.column() - FixedColumnCount;
    switch (role) {
    case DeliveryIdRole:
        return row.event.deliveryId;
    case EventPointerRole:
        return row.eventPointer;
    case FieldPointerRole:
        return field >= 0 ? row.eventPointer + m_fields.columns().at(field).pointer : row.eventPointer;
    case ViolationRole:
    case Qt::ToolTipRole:
        return field >= 0 ? violationsAt(row, field) : QString();
    case Qt::ForegroundRole:
        if (field >= 0 && !violationsAt(row, field).isEmpty())
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (field >= 0 && field < row.values.size() && row.values.at(field).isNull())
            return QBrush(QColor(0x95, 0xa5, 0xa6));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ReceivedAt: {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(row.receivedAtNs / 1'000'000).toLocalTime();
        return time.toString(time.date() == QDate::currentDate() ? u"HH:mm:ss.zzz"_s
                                                                 : u"yyyy-MM-dd HH:mm"_s);
    }
    case DeliveryId:
        return row.event.deliveryId;
    case EventIndex:
        return row.event.index;
    default:
        if (field >= row.values.size())
            return {};
        return row.values.at(field).isNull() ? u"null"_s : row.values.at(field).text;
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int field = section - FixedColumnCount;
    if (role == Qt::ToolTipRole && field >= 0 && field < m_fields.columnCount()) {
        const EventFieldColumn &column = m_fields.columns().at(field);
        QString tip = column.description.isEmpty() ? column.title : column.description;
        if (!column.types.isEmpty())
            tip += u" ("_s + column.types.join(u", "_s) + u")"_s;
        if (column.origin == EventFieldColumn::Origin::Seen)
            tip += tr(" — seen in deliveries, not in the schema");
        return tip;
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceivedAt: return tr("Received");
    case DeliveryId: return tr("Delivery");
    case EventIndex: return tr("Event");
    default:
        return field < m_fields.columnCount() ? QVariant(m_fields.columns().at(field).name) : QVariant();
    }
}

void EventTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const QList<EventReference> older = m_store->events(m_filter, m_rows.constLast().event, kPageSize);
    m_hasOlder = older.size() == kPageSize;
    if (older.isEmpty())
        return;
    const int columnsBefore = m_fields.columnCount();
    QList<Row> rows = load(older);
    adoptNewColumns(columnsBefore);
    addOlder(rows);
}

} // namespace hookscope
