#pragma once

#include "decode/jsontree.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QString>

namespace hookscope {

// A thin adapter over JsonTree (as Wireshark's proto tree model is over its dissection): the
// model index's internal id is the node index, nothing is copied. The root's children are the
// top-level rows (a scalar document is one row).
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Key, Value, Type, Path, ColumnCount };
    enum Role {
        NodeRole = Qt::UserRole + 1, // int node index
        ValueOffsetRole,             // qint64 byte offset of the value in the source
        ValueLengthRole,
        PointerRole,                 // RFC 6901 pointer
        DottedPathRole,
        ViolationRole,               // schema violation messages at this node, "" if none
    };

    explicit JsonTreeModel(QObject *parent = nullptr);

    void setTree(const JsonTree &tree);
    // Takes a new version of the document: when only scalar values differ (same nodes, keys
    // and kinds), the changed rows are updated in place and the view keeps its state; otherwise
    // the model resets. Violations are kept either way.
    void replaceTree(const JsonTree &tree);
    const JsonTree &tree() const { return m_tree; }
    // Schema violations by RFC 6901 pointer, shown on their nodes.
    void setViolations(const QHash<QString, QStringList> &violationsByPointer);

    QModelIndex indexOfNode(int node, int column = Key) const;
    QModelIndex indexOfPointer(const QString &pointer) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString violationsAt(int node) const;
    int nodeOf(const QModelIndex &index) const;

private:
    bool rootIsContainer() const;
    QString displayValue(int node) const;

    JsonTree m_tree;
    QHash<QString, QStringList> m_violations;
};

} // namespace hookscope
