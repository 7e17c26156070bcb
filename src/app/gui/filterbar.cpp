#include "filterbar.h"

#include "ui_filterbar.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hookscope {

FilterBar::FilterBar(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::FilterBar>())
{
    m_ui->setupUi(this);
    m_ui->methodCombo->addItem(tr("Any method"), QString());
    for (const char *method : { "POST", "PUT", "PATCH", "GET", "DELETE" })
        m_ui->methodCombo->addItem(QString::fromLatin1(method), QString::fromLatin1(method));
    m_ui->statusCombo->addItem(tr("Any status"), 0);
    for (int status : { 200, 202, 204, 400, 408, 413, 498, 500, 503 })
        m_ui->statusCombo->addItem(QString::number(status), status);
    m_ui->signatureCombo->addItem(tr("Any signature"), QString());
    m_ui->signatureCombo->addItem(tr("Valid"), u"valid"_s);
    m_ui->signatureCombo->addItem(tr("Invalid"), u"invalid"_s);
    m_ui->signatureCombo->addItem(tr("Missing"), u"missing"_s);
    m_ui->signatureCombo->addItem(tr("Not checked"), u"unchecked"_s);

    // Searching as one types, but not on every keystroke.
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &FilterBar::changed);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_typing.stop();
        emit changed();
    });
    for (QComboBox *combo : { m_ui->methodCombo, m_ui->statusCombo, m_ui->signatureCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_ui->clearButton, &QToolButton::clicked, this, [this] {
        clear();
        emit cleared();
    });
    setTimeRange(0, 0);
}

FilterBar::~FilterBar() = default;

DeliveryFilter FilterBar::apply(DeliveryFilter filter) const
{
    filter.text = m_ui->searchEdit->text().trimmed();
    filter.method = m_ui->methodCombo->currentData().toString();
    filter.responseStatus = m_ui->statusCombo->currentData().toInt();
    filter.signature = m_ui->signatureCombo->currentData().toString();
    filter.fromNs = m_fromNs;
    filter.toNs = m_toNs;
    return filter;
}

void FilterBar::setTimeRange(qint64 fromNs, qint64 toNs)
{
    m_fromNs = fromNs;
    m_toNs = toNs;
    if (toNs <= fromNs) {
        m_ui->rangeLabel->clear();
        return;
    }
    auto format = [](qint64 ns) {
        return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000).toLocalTime().toString(u"HH:mm:ss"_s);
    };
    m_ui->rangeLabel->setText(tr("%1 – %2").arg(format(fromNs), format(toNs)));
}

void FilterBar::setMatchCount(qint64 matches, qint64 total)
{
    m_ui->matchLabel->setText(matches == total
                                      ? QString()
                                      : tr("%1 of %2").arg(QLocale().toString(matches), QLocale().toString(total)));
}

void FilterBar::focusSearch()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

void FilterBar::clear()
{
    const QSignalBlocker blockSearch(m_ui->searchEdit);
    m_ui->searchEdit->clear();
    for (QComboBox *combo : { m_ui->methodCombo, m_ui->statusCombo, m_ui->signatureCombo }) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    setTimeRange(0, 0);
}

} // namespace hookscope
