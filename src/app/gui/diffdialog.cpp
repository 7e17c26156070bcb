#include "diffdialog.h"

#include "models/jsondiffmodel.h"
#include "ui_diffdialog.h"

#include <QHeaderView>

namespace hookscope {

DiffDialog::DiffDialog(const Side &left, const Side &right, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DiffDialog>()), m_model(new JsonDiffModel(this))
{
    m_ui->setupUi(this);
    m_ui->leftLabel->setText(left.title);
    m_ui->rightLabel->setText(right.title);
    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->setWordWrap(false);
    m_ui->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->table->horizontalHeader()->setSectionResizeMode(JsonDiffModel::Left, QHeaderView::Stretch);
    m_ui->table->horizontalHeader()->setSectionResizeMode(JsonDiffModel::Right, QHeaderView::Stretch);
    m_ui->table->setColumnWidth(JsonDiffModel::Path, 280);
    auto summarize = [this] {
        m_ui->summaryLabel->setText(m_model->differenceCount() == 0
                                            ? tr("No differences.")
                                            : tr("%n differences", nullptr, m_model->differenceCount()));
    };
    connect(m_ui->showUnchanged, &QCheckBox::toggled, this, [this, summarize](bool show) {
        m_model->setShowUnchanged(show);
        summarize();
    });
    m_model->compare(left.tree, left.node, right.tree, right.node);
    summarize();
}

DiffDialog::~DiffDialog() = default;

} // namespace hookscope
