#include "jsontreemodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {
constexpr int kMaxShownValueCharacters = 500;
}

JsonTreeModel::JsonTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

void JsonTreeModel::setTree(const JsonTree &tree)
{
    beginResetModel();
    m_tree = tree;
    m_violations.clear();
    endResetModel();
}

void JsonTreeModel::replaceTree(const JsonTree &tree)
{
    bool sameShape = tree.nodeCount() == m_tree.nodeCount();
    for (int node = 0; sameShape && node < tree.nodeCount(); ++node) {
        sameShape = tree.kind(node) == m_tree.kind(node) && tree.parent(node) == m_tree.parent(node)
                && tree.keyUtf8(node) == m_tree.keyUtf8(node);
    }
    if (!sameShape) {
        beginResetModel();
        m_tree = tree;
        endResetModel();
        return;
    }
    const JsonTree previous = m_tree; // keeps its views valid while comparing
    m_tree = tree;
    // A changed value moves the byte spans of every row after it: their roles change too.
    for (int node = 0; node < tree.nodeCount(); ++node) {
        if ((node == JsonTree::RootNode && rootIsContainer())
            || (previous.valueSpan(node) == tree.valueSpan(node)
                && previous.scalarUtf8(node) == tree.scalarUtf8(node)))
            continue;
        const QModelIndex first = indexOfNode(node);
        emit dataChanged(first, first.siblingAtColumn(columnCount(first.parent()) - 1));
    }
}

void JsonTreeModel::setViolations(const QHash<QString, QStringList> &violationsByPointer)
{
    QStringList changed = m_violations.keys();
    m_violations = violationsByPointer;
    changed.append(m_violations.keys());
    for (const QString &pointer : std::as_const(changed)) {
        const QModelIndex first = indexOfPointer(pointer);
        if (first.isValid())
            emit dataChanged(first, first.siblingAtColumn(columnCount(first.parent()) - 1));
    }
}

bool JsonTreeModel::rootIsContainer() const
{
    if (m_tree.nodeCount() == 0)
        return false;
    const JsonNodeKind kind = m_tree.kind(JsonTree::RootNode);
    return kind == JsonNodeKind::Object || kind == JsonNodeKind::Array;
}

int JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex JsonTreeModel::indexOfNode(int node, int column) const
{
    if (node < 0 || node >= m_tree.nodeCount())
        return {};
    if (node == JsonTree::RootNode)
        return rootIsContainer() ? QModelIndex() : createIndex(0, column, quintptr(node));
    return createIndex(m_tree.row(node), column, quintptr(node));
}

QModelIndex JsonTreeModel::indexOfPointer(const QString &pointer) const
{
    return indexOfNode(m_tree.findPointer(pointer));
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent) || row >= rowCount(parent))
        return {};
    if (!parent.isValid() && !rootIsContainer())
        return createIndex(row, column, quintptr(JsonTree::RootNode));
    const int parentNode = parent.isValid() ? nodeOf(parent) : int(JsonTree::RootNode);
    const int child = m_tree.child(parentNode, row);
    return child < 0 ? QModelIndex() : createIndex(row, column, quintptr(child));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node <= JsonTree::RootNode)
        return {};
    const int parentNode = m_tree.parent(node);
    if (parentNode == JsonTree::RootNode || parentNode < 0)
        return {};
    return createIndex(m_tree.row(parentNode), 0, quintptr(parentNode));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_tree.nodeCount() == 0)
        return 0;
    if (!parent.isValid())
        return rootIsContainer() ? m_tree.childCount(JsonTree::RootNode) : 1;
    if (parent.column() != 0)
        return 0;
    return m_tree.childCount(nodeOf(parent));
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString JsonTreeModel::displayValue(int node) const
{
    switch (m_tree.kind(node)) {
    case JsonNodeKind::Object:
        return tr("{%n members}", nullptr, m_tree.childCount(node));
    case JsonNodeKind::Array:
        return tr("[%n items]", nullptr, m_tree.childCount(node));
    case JsonNodeKind::String: {
        QString text = m_tree.scalarText(node);
        if (text.size() > kMaxShownValueCharacters)
            text = text.left(kMaxShownValueCharacters) + u"…"_s;
        return text;
    }
    default:
        return m_tree.scalarText(node);
    }
}

QString JsonTreeModel::violationsAt(int node) const
{
    if (m_violations.isEmpty())
        return {};
    return m_violations.value(m_tree.jsonPointer(node)).join(u"\n"_s);
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Key: {
            if (node == JsonTree::RootNode)
                return tr("(document)");
            const QString key = m_tree.key(node);
            return key.isNull() ? u"[%1]"_s.arg(m_tree.row(node)) : key;
        }
        case Value:
            return displayValue(node);
        case Type:
            return m_tree.typeName(node);
        case Path:
            return m_tree.dottedPath(node);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        const QString violations = violationsAt(node);
        return violations.isEmpty() ? m_tree.jsonPointer(node) : violations;
    }
    case Qt::ForegroundRole:
        if (!violationsAt(node).isEmpty())
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case NodeRole:
        return node;
    case ValueOffsetRole:
        return m_tree.valueSpan(node).offset;
    case ValueLengthRole:
        return m_tree.valueSpan(node).length;
    case PointerRole:
        return m_tree.jsonPointer(node);
    case DottedPathRole:
        return m_tree.dottedPath(node);
    case ViolationRole:
        return violationsAt(node);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Key: return tr("Key");
    case Value: return tr("Value");
    case Type: return tr("Type");
    case Path: return tr("Path");
    case ColumnCount: break;
    }
    return {};
}

} // namespace hookscope
