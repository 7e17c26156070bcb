#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace hookscope {

// A table showing a window onto a long list, newest first: newer rows arrive on top, older pages
// are fetched at the bottom, and the oldest loaded rows can be let go again to bound memory.
// Views (and QAbstractItemModelTester) ask for more from their row signals; never in mid-change.
template<typename Row>
class NewestFirstTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_hasOlder && !m_changingRows;
    }

    // Drops the rows from `rows` on (the oldest loaded); fetchMore pages them in again.
    void keepNewest(int rows)
    {
        if (rows < 0 || rows >= m_rows.size())
            return;
        m_changingRows = true;
        beginRemoveRows({}, rows, int(m_rows.size()) - 1);
        m_rows.resize(rows);
        m_rows.squeeze();
        endRemoveRows();
        m_changingRows = false;
        m_hasOlder = true;
    }

protected:
    // Rows newer than all shown, newest first, go on top. QList prepends in place; joining the
    // lists would copy every row on each live update.
    void addNewest(QList<Row> newestFirst)
    {
        if (newestFirst.isEmpty())
            return;
        m_changingRows = true;
        beginInsertRows({}, 0, int(newestFirst.size()) - 1);
        for (auto row = newestFirst.rbegin(); row != newestFirst.rend(); ++row)
            m_rows.prepend(std::move(*row));
        endInsertRows();
        m_changingRows = false;
    }

    // The next older page, newest first, goes at the bottom.
    void addOlder(const QList<Row> &newestFirst)
    {
        if (newestFirst.isEmpty())
            return;
        m_changingRows = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + newestFirst.size() - 1));
        m_rows.append(newestFirst);
        endInsertRows();
        m_changingRows = false;
    }

    QList<Row> m_rows;
    bool m_hasOlder = false; // the store has rows older than the last one loaded

private:
    bool m_changingRows = false; // inside one of its own row insertions or removals
};

} // namespace hookscope
