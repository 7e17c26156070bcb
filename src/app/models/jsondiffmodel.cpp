#include "jsondiffmodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {
constexpr int kMaxValueCharacters = 300;
}

JsonDiffModel::JsonDiffModel(QObject *parent) : QAbstractTableModel(parent) { }

void JsonDiffModel::compare(const JsonTree &left, int leftNode, const JsonTree &right, int rightNode)
{
    m_left = left;
    m_right = right;
    m_leftNode = leftNode;
    m_rightNode = rightNode;
    recompute();
}

void JsonDiffModel::setShowUnchanged(bool show)
{
    if (show == m_showUnchanged)
        return;
    m_showUnchanged = show;
    recompute();
}

void JsonDiffModel::recompute()
{
    beginResetModel();
    m_rows.clear();
    m_differenceCount = 0;
    if (m_leftNode >= 0 && m_rightNode >= 0) {
        for (const JsonDifference &difference :
             JsonDiff::compare(m_left, m_leftNode, m_right, m_rightNode, m_showUnchanged)) {
            // Unchanged containers add nothing a person reads; their members are listed.
            const int node = difference.leftNode >= 0 ? difference.leftNode : difference.rightNode;
            const JsonTree &tree = difference.leftNode >= 0 ? m_left : m_right;
            const bool container = tree.kind(node) == JsonNodeKind::Object || tree.kind(node) == JsonNodeKind::Array;
            if (difference.kind == JsonDifference::Kind::Unchanged && container)
                continue;
            m_rows.append(difference);
            if (difference.kind != JsonDifference::Kind::Unchanged)
                ++m_differenceCount;
        }
    }
    endResetModel();
}

int JsonDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JsonDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JsonDiffModel::valueText(const JsonTree &tree, int node) const
{
    if (node < 0)
        return {};
    const JsonSpan span = tree.valueSpan(node);
    QString text = QString::fromUtf8(tree.source().mid(span.offset, qMin<qint64>(span.length, kMaxValueCharacters * 4)));
    text.replace(u'\n', u' ');
    if (text.size() > kMaxValueCharacters)
        text = text.left(kMaxValueCharacters) + u"…"_s;
    return text;
}

QVariant JsonDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JsonDifference &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Path:
            return row.pointer.isEmpty() ? u"/"_s : row.pointer;
        case Left:
            return row.kind == JsonDifference::Kind::Added ? tr("(absent)") : valueText(m_left, row.leftNode);
        case Right:
            return row.kind == JsonDifference::Kind::Removed ? tr("(absent)") : valueText(m_right, row.rightNode);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::BackgroundRole:
        switch (row.kind) {
        case JsonDifference::Kind::Changed:
            return QBrush(QColor(0xf3, 0x9c, 0x12, 70));
        case JsonDifference::Kind::Added:
            return index.column() == Right ? QBrush(QColor(0x27, 0xae, 0x60, 70)) : QVariant();
        case JsonDifference::Kind::Removed:
            return index.column() == Left ? QBrush(QColor(0xc0, 0x39, 0x2b, 70)) : QVariant();
        case JsonDifference::Kind::Unchanged:
            return {};
        }
        return {};
    case KindRole:
        return int(row.kind);
    default:
        return {};
    }
}

QVariant JsonDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Path: return tr("Path");
    case Left: return tr("Left");
    case Right: return tr("Right");
    case ColumnCount: break;
    }
    return {};
}

} // namespace hookscope
