#pragma once

#include "decode/jsondiff.h"

#include <QAbstractTableModel>

namespace hookscope {

// Two JSON documents side by side, a row per difference (or per value when unchanged rows are
// shown): path, left value, right value, coloured by what happened.
class JsonDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Path, Left, Right, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit JsonDiffModel(QObject *parent = nullptr);

    void compare(const JsonTree &left, int leftNode, const JsonTree &right, int rightNode);
    void setShowUnchanged(bool show);
    int differenceCount() const { return m_differenceCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void recompute();
    QString valueText(const JsonTree &tree, int node) const;

    JsonTree m_left;
    JsonTree m_right;
    int m_leftNode = -1;
    int m_rightNode = -1;
    bool m_showUnchanged = false;
    QList<JsonDifference> m_rows;
    int m_differenceCount = 0;
};

} // namespace hookscope
