#include "sidebarmodel.h"

#include <QFont>

namespace hookscope {

SidebarModel::SidebarModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_nodes.append(Node());
    m_topLevel.append(0);
}

qint64 SidebarModel::total() const
{
    return m_nodes.at(0).count;
}

void SidebarModel::resetCounts(const QList<FacetCount> &counts)
{
    beginResetModel();
    m_nodes = { Node() };
    m_topLevel = { 0 };
    endResetModel();
    addCounts(counts);
}

QModelIndex SidebarModel::indexOf(int level, const QString &endpoint, const QString &provider,
                                  const QString &eventType) const
{
    if (level <= 0)
        return indexOfNode(0);
    const QString names[] = { endpoint, provider, eventType };
    int node = -1;
    for (int depth = 1; depth <= qMin(level, 3); ++depth) {
        node = childNamed(depth == 1 ? -1 : node, depth, names[depth - 1]);
        if (node < 0)
            return {};
    }
    return indexOfNode(node);
}

int SidebarModel::childNamed(int parent, int level, const QString &name) const
{
    const QList<int> &siblings = parent < 0 ? m_topLevel : m_nodes.at(parent).children;
    for (int child : siblings) {
        const Node &node = m_nodes.at(child);
        const QString &key = level == 1 ? node.endpoint : level == 2 ? node.provider : node.eventType;
        if (node.level == level && key == name)
            return child;
    }
    return -1;
}

int SidebarModel::ensureChild(int parent, int level, const FacetCount &facet)
{
    const QString &name = level == 1 ? facet.endpoint : level == 2 ? facet.provider : facet.eventType;
    const int existing = childNamed(parent, level, name);
    if (existing >= 0)
        return existing;
    QList<int> &siblings = parent < 0 ? m_topLevel : m_nodes[parent].children;
    // Keep siblings sorted by name ("All deliveries" stays first).
    int row = int(siblings.size());
    for (int i = parent < 0 ? 1 : 0; i < siblings.size(); ++i) {
        const Node &node = m_nodes.at(siblings.at(i));
        const QString &key = level == 1 ? node.endpoint : level == 2 ? node.provider : node.eventType;
        if (name.localeAwareCompare(key) < 0) {
            row = i;
            break;
        }
    }
    Node node;
    node.level = level;
    node.endpoint = facet.endpoint;
    node.provider = level >= 2 ? facet.provider : QString();
    node.eventType = level >= 3 ? facet.eventType : QString();
    node.parent = parent;
    const int created = int(m_nodes.size());
    beginInsertRows(parent < 0 ? QModelIndex() : indexOfNode(parent), row, row);
    m_nodes.append(node);
    (parent < 0 ? m_topLevel : m_nodes[parent].children).insert(row, created);
    endInsertRows();
    return created;
}

void SidebarModel::addCount(int node, qint64 count)
{
    m_nodes[node].count += count;
    const QModelIndex changed = indexOfNode(node, Count);
    emit dataChanged(changed.siblingAtColumn(Name), changed);
}

void SidebarModel::addCounts(const QList<FacetCount> &counts)
{
    for (const FacetCount &facet : counts) {
        const int endpoint = ensureChild(-1, 1, facet);
        const int provider = ensureChild(endpoint, 2, facet);
        if (facet.eventType.isEmpty()) {
            addCount(0, facet.count);
            addCount(endpoint, facet.count);
            addCount(provider, facet.count);
        } else {
            addCount(ensureChild(provider, 3, facet), facet.count);
        }
    }
}

QModelIndex SidebarModel::indexOfNode(int node, int column) const
{
    const int parent = m_nodes.at(node).parent;
    const QList<int> &siblings = parent < 0 ? m_topLevel : m_nodes.at(parent).children;
    return createIndex(int(siblings.indexOf(node)), column, quintptr(node));
}

QModelIndex SidebarModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &siblings = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_topLevel;
    if (parent.isValid() && parent.column() != 0)
        return {};
    return row < siblings.size() ? createIndex(row, column, quintptr(siblings.at(row))) : QModelIndex();
}

QModelIndex SidebarModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    return parentNode < 0 ? QModelIndex() : indexOfNode(parentNode);
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    return parent.column() == 0 ? int(m_nodes.at(int(parent.internalId())).children.size()) : 0;
}

int SidebarModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString SidebarModel::displayName(const Node &node) const
{
    switch (node.level) {
    case 0:
        return tr("All deliveries");
    case 1:
        return node.endpoint.isEmpty() ? tr("(no endpoint)") : node.endpoint;
    case 2:
        return node.provider.isEmpty() ? tr("(unrecognised)") : node.provider;
    default:
        return node.eventType.isEmpty() ? tr("(no event type)") : node.eventType;
    }
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? QVariant(displayName(node)) : QVariant(node.count);
    case Qt::TextAlignmentRole:
        return index.column() == Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (node.level == 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case EndpointRole:
        return node.endpoint;
    case ProviderRole:
        return node.provider;
    case EventTypeRole:
        return node.eventType;
    case LevelRole:
        return node.level;
    default:
        return {};
    }
}

QVariant SidebarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == Name ? tr("Deliveries") : tr("Count");
}

} // namespace hookscope
