#pragma once

#include "send/templatestore.h"

#include <QAbstractListModel>

namespace hookscope {

// The composer's templates by name; editing a name renames the template (in its file).
class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit TemplateListModel(TemplateStore *store, QObject *parent = nullptr);

    // After the store changed (saved, removed).
    void refresh();
    QModelIndex indexOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void renameRefused(const QString &message);

private:
    TemplateStore *m_store;
};

} // namespace hookscope
