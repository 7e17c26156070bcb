#pragma once

#include "store/deliverystore.h"

#include <QAbstractItemModel>
#include <QList>

namespace hookscope {

// The sidebar: "All deliveries", then endpoints -> providers -> event types, each with a live
// count. Counts arrive from the store as running totals (addCounts() with what is new), so a
// burst of deliveries costs a small query, not a recount.
class SidebarModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Count, ColumnCount };
    enum Role {
        EndpointRole = Qt::UserRole + 1,
        ProviderRole,
        EventTypeRole,
        LevelRole, // 0 all, 1 endpoint, 2 provider, 3 event type
    };

    explicit SidebarModel(QObject *parent = nullptr);

    void resetCounts(const QList<FacetCount> &counts);
    void addCounts(const QList<FacetCount> &counts);
    qint64 total() const;
    // The node of that level and names; invalid when there is none.
    QModelIndex indexOf(int level, const QString &endpoint, const QString &provider,
                        const QString &eventType) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        int level = 0;
        QString endpoint;
        QString provider;
        QString eventType;
        qint64 count = 0;
        int parent = -1; // -1: top level
        QList<int> children;
    };

    int childNamed(int parent, int level, const QString &name) const;
    int ensureChild(int parent, int level, const FacetCount &facet);
    void addCount(int node, qint64 count);
    QModelIndex indexOfNode(int node, int column = Name) const;
    QString displayName(const Node &node) const;

    QList<Node> m_nodes;   // m_nodes[0] is "All deliveries"
    QList<int> m_topLevel; // node indices: "All", then endpoints
};

} // namespace hookscope
