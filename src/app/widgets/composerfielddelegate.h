#pragma once

#include <QStyledItemDelegate>

namespace hookscope {

// Editors for the composer's form by what each field is: a list for an enum, a date and time
// picker for times (written back in the field's own style), a date picker for dates, a number
// field that takes only JSON numbers, text otherwise; a "null" switch beside fields the schema
// lets be null. Booleans are check boxes of the model, objects and arrays have no editor.
class ComposerFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace hookscope
