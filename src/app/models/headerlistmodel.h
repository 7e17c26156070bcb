#pragma once

#include "common/httpheaders.h"

#include <QAbstractTableModel>

namespace hookscope {

// Request or response headers in wire order, names as sent.
class HeaderListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Value, ColumnCount };

    explicit HeaderListModel(QObject *parent = nullptr);
    void setHeaders(const HttpHeaderList &headers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    HttpHeaderList m_headers;
};

} // namespace hookscope
