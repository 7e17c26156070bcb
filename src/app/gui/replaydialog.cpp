#include "replaydialog.h"

#include "appsettings.h"
#include "providers/providercatalog.h"
#include "send/httpclient.h"
#include "send/replayrequest.h"
#include "send/signingsetup.h"
#include "signing/signatureschemefactory.h"
#include "widgets/responseview.h"
#include "widgets/signatureschemetitles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

enum Column { DeliveryColumn, RequestColumn, AnswerColumn };

QString answerText(const HttpExchange &exchange)
{
    if (!exchange.answered())
        return exchange.error;
    return QObject::tr("%1 %2 · %3 ms")
            .arg(exchange.status)
            .arg(QString::fromLatin1(exchange.reasonPhrase))
            .arg(QLocale().toString(double(exchange.elapsedNs) / 1e6, 'f', 1));
}

} // namespace

ReplayDialog::ReplayDialog(QList<Delivery> deliveries, std::shared_ptr<const ProviderCatalog> catalog,
                           AppSettings *settings, const QString &suggestedUrl, QWidget *parent)
    : QDialog(parent),
      m_deliveries(std::move(deliveries)),
      m_catalog(std::move(catalog)),
      m_settings(settings),
      m_client(new HttpClient(this))
{
    setWindowTitle(tr("Replay %n deliveries", nullptr, int(m_deliveries.size())));

    m_url = new QLineEdit;
    m_url->setObjectName(u"url"_s);
    m_url->setPlaceholderText(u"http://localhost:3000/webhooks"_s);
    const QString remembered = m_settings ? m_settings->replayUrl() : QString();
    m_url->setText(remembered.isEmpty() ? suggestedUrl : remembered);
    m_url->setMinimumWidth(460);

    m_keepHeaders = new QCheckBox(tr("Keep every original header (Host and hop-by-hop ones too)"));
    m_keepHeaders->setObjectName(u"keepHeaders"_s);
    m_scheme = new QComboBox;
    m_scheme->setObjectName(u"scheme"_s);
    m_scheme->addItem(tr("No: send the original signature headers"), QString());
    for (const QString &id : signatureSchemeIds())
        m_scheme->addItem(signatureSchemeTitle(id), id);
    m_secret = new QLineEdit;
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("The secret the receiver verifies with"));

    auto *form = new QFormLayout;
    form->addRow(tr("Send to:"), m_url);
    form->addRow(tr("Headers:"), m_keepHeaders);
    form->addRow(tr("Sign again:"), m_scheme);
    form->addRow(tr("Secret:"), m_secret);

    m_problem = new QLabel;
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #c0392b"_s);
    m_problem->hide();
    m_progress = new QProgressBar;
    m_progress->setRange(0, int(m_deliveries.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m sent"));

    m_results = new QTreeWidget;
    m_results->setObjectName(u"results"_s);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setHeaderLabels({ tr("Delivery"), tr("Request"), tr("Answer") });
    m_results->header()->setSectionResizeMode(RequestColumn, QHeaderView::Stretch);
    for (const Delivery &delivery : std::as_const(m_deliveries)) {
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(DeliveryColumn, u"#%1"_s.arg(delivery.id));
        item->setText(RequestColumn, QString::fromLatin1(delivery.method) + u' '
                                             + QString::fromUtf8(delivery.target));
        item->setText(AnswerColumn, tr("not sent yet"));
    }
    m_response = new ResponseView;
    m_response->clear(tr("Each answer shows here when its row is chosen."));
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int row = item ? m_results->indexOfTopLevelItem(item) : -1;
        if (row >= 0 && row < m_exchanges.size())
            m_response->showExchange(m_exchanges.at(row).first, m_exchanges.at(row).second);
        else
            m_response->clear(tr("Not sent yet."));
    });
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_results);
    splitter->addWidget(m_response);
    splitter->setStretchFactor(1, 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_buttons->setObjectName(u"buttons"_s);
    m_replay = m_buttons->addButton(tr("&Replay"), QDialogButtonBox::AcceptRole);
    m_replay->setObjectName(u"replay"_s);
    m_replay->setDefault(true);
    connect(m_replay, &QPushButton::clicked, this, [this] { m_running ? stop() : start(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    connect(m_scheme, &QComboBox::currentIndexChanged, this, &ReplayDialog::updateSigningFields);
    updateSigningFields();
    resize(820, 640);
}

ReplayDialog::~ReplayDialog()
{
    m_client->cancel();
}

void ReplayDialog::updateSigningFields()
{
    m_secret->setEnabled(!m_scheme->currentData().toString().isEmpty());
}

std::optional<OutgoingRequest> ReplayDialog::requestFor(const Delivery &delivery, QString *error) const
{
    ReplayRequest::Options options;
    options.url = QUrl(m_url->text().trimmed());
    options.keepHeaders = m_keepHeaders->isChecked();
    const QString scheme = m_scheme->currentData().toString();
    if (!scheme.isEmpty()) {
        SigningArguments arguments;
        arguments.schemeOption = tr("Sign again");
        arguments.scheme = scheme;
        arguments.secret = m_secret->text().toUtf8();
        options.resign = ReplayRequest::resigning(*m_catalog, delivery, arguments, error);
        if (!options.resign)
            return std::nullopt;
    }
    return ReplayRequest::build(delivery, options, error);
}

void ReplayDialog::start()
{
    const QUrl url(m_url->text().trimmed());
    QString problem;
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
        problem = tr("Enter an http:// or https:// URL to send the deliveries to.");
    else if (!m_scheme->currentData().toString().isEmpty() && m_secret->text().isEmpty())
        problem = tr("Enter the secret to sign with, or choose not to sign again.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    if (m_settings)
        m_settings->setReplayUrl(url.toString());
    m_exchanges.clear();
    m_next = 0;
    m_answered = 0;
    m_failed = 0;
    m_running = true;
    m_progress->setValue(0);
    for (int row = 0; row < m_results->topLevelItemCount(); ++row)
        m_results->topLevelItem(row)->setText(AnswerColumn, tr("waiting"));
    for (QWidget *field : { static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_keepHeaders),
                            static_cast<QWidget *>(m_scheme), static_cast<QWidget *>(m_secret) })
        field->setEnabled(false);
    m_replay->setText(tr("&Stop"));
    sendNext();
}

void ReplayDialog::sendNext()
{
    if (!m_running)
        return;
    if (m_next >= m_deliveries.size()) {
        finish();
        return;
    }
    const int row = m_next++;
    QString error;
    const std::optional<OutgoingRequest> request = requestFor(m_deliveries.at(row), &error);
    if (!request) {
        HttpExchange refused;
        refused.failure = HttpExchange::Failure::Other;
        refused.error = tr("not sent: %1").arg(error);
        record(row, refused, OutgoingRequest());
        sendNext();
        return;
    }
    m_results->topLevelItem(row)->setText(AnswerColumn, tr("sending…"));
    m_client->send(*request, [this, row, sent = *request](const HttpExchange &exchange) {
        record(row, exchange, sent);
        sendNext();
    });
}

void ReplayDialog::record(int row, const HttpExchange &exchange, const OutgoingRequest &sent)
{
    m_exchanges.append({ exchange, sent });
    (exchange.isSuccess() ? m_answered : m_failed) += 1;
    QTreeWidgetItem *item = m_results->topLevelItem(row);
    item->setText(AnswerColumn, answerText(exchange));
    item->setForeground(AnswerColumn, exchange.isSuccess() ? palette().text() : QBrush(QColor(0xc0, 0x39, 0x2b)));
    m_progress->setValue(row + 1);
    if (m_results->currentItem() == item || (row == 0 && !m_results->currentItem()))
        m_results->setCurrentItem(item);
}

void ReplayDialog::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_client->cancel();
    for (int row = int(m_exchanges.size()); row < m_results->topLevelItemCount(); ++row)
        m_results->topLevelItem(row)->setText(AnswerColumn, tr("stopped"));
    finish();
}

void ReplayDialog::finish()
{
    m_running = false;
    for (QWidget *field : { static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_keepHeaders),
                            static_cast<QWidget *>(m_scheme) })
        field->setEnabled(true);
    updateSigningFields();
    m_replay->setText(tr("&Replay again"));
    emit replayed(m_answered, m_failed);
}

void ReplayDialog::done(int result)
{
    stop();
    QDialog::done(result);
}

} // namespace hookscope
