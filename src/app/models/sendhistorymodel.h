#pragma once

#include "send/sendhistory.h"

#include <QAbstractTableModel>

namespace hookscope {

// The composer's send history as a table, newest first: when, what, where, the answer.
class SendHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Event, Status, Target, ColumnCount };
    enum Role { EntryRole = Qt::UserRole + 1 }; // int index into SendHistory::entries()

    explicit SendHistoryModel(SendHistory *history, QObject *parent = nullptr);

    // After the history changed (a send added, cleared).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SendHistory *m_history;
};

} // namespace hookscope
