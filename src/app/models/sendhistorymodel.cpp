#include "sendhistorymodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hookscope {

SendHistoryModel::SendHistoryModel(SendHistory *history, QObject *parent)
    : QAbstractTableModel(parent), m_history(history)
{
}

void SendHistoryModel::refresh()
{
    beginResetModel();
    endResetModel();
}

int SendHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history->entries().size());
}

int SendHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SendHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SentDelivery &entry = m_history->entries().at(index.row());
    if (role == EntryRole)
        return index.row();
    if (role == Qt::ToolTipRole) {
        const QString answer = entry.response.answered() ? QString::fromUtf8(entry.response.statusLine())
                                                         : entry.response.error;
        return u"%1 %2\n%3"_s.arg(QString::fromLatin1(entry.request.method), entry.request.url.toString(), answer);
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (!entry.response.answered() || entry.response.status >= 400)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (entry.response.status < 300)
            return QBrush(QColor(0x27, 0xae, 0x60));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: {
        const QDateTime local = entry.sentAt.toLocalTime();
        return local.date() == QDate::currentDate() ? local.toString(u"HH:mm:ss"_s)
                                                    : local.toString(u"yyyy-MM-dd HH:mm"_s);
    }
    case Event: {
        const QString what = entry.draft.eventType.isEmpty() ? entry.draft.provider
                                                             : entry.draft.eventType;
        return entry.count > 1 ? tr("%1 ×%2").arg(what.isEmpty() ? tr("(body)") : what).arg(entry.count)
                               : (what.isEmpty() ? tr("(body)") : what);
    }
    case Status:
        if (entry.cancelled)
            return tr("cancelled");
        return entry.response.answered() ? QString::number(entry.response.status) : tr("failed");
    case Target:
        return entry.request.url.path().isEmpty() ? entry.request.url.toString() : entry.request.url.path();
    default:
        return {};
    }
}

QVariant SendHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Sent");
    case Event:
        return tr("Event");
    case Status:
        return tr("Status");
    case Target:
        return tr("To");
    default:
        return {};
    }
}

} // namespace hookscope
