#pragma once

#include "decode/jsontree.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DiffDialog;
}

namespace hookscope {

class JsonDiffModel;

// Two deliveries (or two events) compared field by field, side by side.
class DiffDialog : public QDialog
{
    Q_OBJECT
public:
    struct Side
    {
        QString title;
        JsonTree tree;
        int node = 0;
    };

    DiffDialog(const Side &left, const Side &right, QWidget *parent = nullptr);
    ~DiffDialog() override;

    JsonDiffModel *model() const { return m_model; }

private:
    std::unique_ptr<Ui::DiffDialog> m_ui;
    JsonDiffModel *m_model;
};

} // namespace hookscope
