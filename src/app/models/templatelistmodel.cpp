#include "templatelistmodel.h"

#include <QLocale>

namespace hookscope {

TemplateListModel::TemplateListModel(TemplateStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
}

void TemplateListModel::refresh()
{
    beginResetModel();
    endResetModel();
}

QModelIndex TemplateListModel::indexOf(const QString &name) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_store->templates().at(row).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return index(row);
    }
    return {};
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store->templates().size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TemplateStore::Template &entry = m_store->templates().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return entry.name;
    case Qt::ToolTipRole: {
        const QString what = entry.draft.eventType.isEmpty()
                ? entry.draft.provider
                : entry.draft.provider + QLatin1Char('/') + entry.draft.eventType;
        return tr("%1\nsaved %2").arg(what, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat));
    }
    default:
        return {};
    }
}

bool TemplateListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    const QString from = m_store->templates().at(index.row()).name;
    if (value.toString().trimmed() == from)
        return false;
    QString error;
    if (!m_store->rename(from, value.toString(), &error)) {
        emit renameRefused(error);
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags TemplateListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace hookscope
