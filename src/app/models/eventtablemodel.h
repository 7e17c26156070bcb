#pragma once

#include "decode/jsontree.h"
#include "providers/eventfields.h"
#include "providers/providercatalog.h"
#include "store/deliveryfilter.h"
#include "store/deliverystore.h"

#include "newestfirsttablemodel.h"

#include <QAbstractTableModel>

#include <memory>

namespace hookscope {

// One event of the table: where it is, its field values and schema problems, its parsed body.
struct EventTableRow
{
    EventReference event;
    qint64 receivedAtNs = 0;
    QString eventPointer;
    QList<EventFieldValue> values;
    QStringList violationPointers; // relative to the event
    QStringList violationMessages;
    JsonTree tree;
};

// One event type's table: a row per event (a SmarterPay delivery with three events of the type
// gives three rows), a column per field of the event type (from its schema, then fields seen in
// events), newest first, paged in from the store. Values that fail the schema are marked.
class EventTableModel : public NewestFirstTableModel<EventTableRow>
{
    Q_OBJECT
public:
    enum FixedColumn { ReceivedAt, DeliveryId, EventIndex, FixedColumnCount };
    enum Role {
        DeliveryIdRole = Qt::UserRole + 1,
        EventPointerRole, // the event inside the delivery's analysed body
        FieldPointerRole, // the cell's field inside the delivery's analysed body
        ViolationRole,
    };

    EventTableModel(DeliveryStore *store, std::shared_ptr<const ProviderCatalog> catalog,
                    QObject *parent = nullptr);

    // filter.eventType names the table; endpoint/provider/text narrow it.
    void setFilter(const DeliveryFilter &filter);
    const DeliveryFilter &filter() const { return m_filter; }
    const EventFields &fields() const { return m_fields; }
    qint64 totalEvents() const { return m_total; }
    void deliveriesArrived(); // re-reads the newest page (called at most ~30 times a second)

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    using Row = EventTableRow;

    QList<Row> load(const QList<EventReference> &events);
    Row loadRow(const EventReference &event);
    void adoptNewColumns(int before);
    QString violationsAt(const Row &row, int fieldColumn) const;

    static constexpr int kPageSize = 200;
    static constexpr qint64 kMaxTableBodyBytes = 2 * 1024 * 1024;

    DeliveryStore *m_store;
    std::shared_ptr<const ProviderCatalog> m_catalog;
    DeliveryFilter m_filter;
    const ProviderDefinition *m_provider = nullptr;
    EventFields m_fields;
    qint64 m_total = 0;
};

} // namespace hookscope
