#include "headerlistmodel.h"

#include <QString>

namespace hookscope {

HeaderListModel::HeaderListModel(QObject *parent) : QAbstractTableModel(parent) { }

void HeaderListModel::setHeaders(const HttpHeaderList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

int HeaderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int HeaderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeaderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const HttpHeader &header = m_headers.at(index.row());
    // Header bytes are Latin-1 by HTTP's history, UTF-8 by practice; show UTF-8 when valid.
    const QByteArray &bytes = index.column() == Name ? header.name : header.value;
    const QString utf8 = QString::fromUtf8(bytes);
    return utf8.toUtf8() == bytes ? utf8 : QString::fromLatin1(bytes);
}

QVariant HeaderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Name ? tr("Name") : tr("Value");
}

} // namespace hookscope
