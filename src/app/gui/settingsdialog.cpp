#include "settingsdialog.h"

#include "cli/captureoptionsparser.h"
#include "store/postgresbackend.h"
#include "ui_settingsdialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QSysInfo>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {
constexpr int kSecretRole = Qt::UserRole + 1;
}

SettingsDialog::SettingsDialog(const Values &values, const QStringList &providers,
                               const QString &dataDirectory, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_providers(providers)
{
    m_ui->setupUi(this);
    m_ui->listenEdit->setText(values.listenAddress);
    m_ui->maxBody->setValue(values.maxBodyMiB);
    m_ui->headTimeout->setValue(values.headTimeoutSeconds);
    m_ui->requestTimeout->setValue(values.requestTimeoutSeconds);
    m_ui->idleTimeout->setValue(values.idleTimeoutSeconds);
    m_ui->dataDir->setText(dataDirectory);
    m_ui->keepLastEnabled->setChecked(values.retention.keepLast > 0);
    if (values.retention.keepLast > 0)
        m_ui->keepLast->setValue(int(qMin<qint64>(values.retention.keepLast, m_ui->keepLast->maximum())));
    m_ui->keepDaysEnabled->setChecked(values.retention.keepDays > 0);
    if (values.retention.keepDays > 0)
        m_ui->keepDays->setValue(values.retention.keepDays);
    m_ui->keepLast->setEnabled(m_ui->keepLastEnabled->isChecked());
    m_ui->keepDays->setEnabled(m_ui->keepDaysEnabled->isChecked());
    connect(m_ui->keepLastEnabled, &QCheckBox::toggled, m_ui->keepLast, &QWidget::setEnabled);
    connect(m_ui->keepDaysEnabled, &QCheckBox::toggled, m_ui->keepDays, &QWidget::setEnabled);
    m_ui->sharedStore->setText(values.sharedStoreUrl);
    m_ui->nodeName->setText(values.nodeName);
    m_ui->nodeName->setPlaceholderText(QSysInfo::machineHostName());

    QTableWidget *table = m_ui->endpoints;
    table->setColumnCount(EndpointColumnCount);
    table->setHorizontalHeaderLabels({ tr("Path"), tr("Provider"), tr("Event type"), tr("Secret"),
                                       tr("Status"), tr("Delay (ms)"), tr("Forward to"),
                                       tr("Vendor gets") });
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(ForwardTo, QHeaderView::Stretch);
    table->setColumnWidth(Path, 120);
    table->setColumnWidth(Provider, 130);
    table->setColumnWidth(EventType, 190);
    table->setColumnWidth(Secret, 80);
    table->setColumnWidth(Status, 60);
    table->setColumnWidth(Delay, 80);
    table->setColumnWidth(AnswerWith, 180);
    // Wider where a language's titles or choices need it ("Verzögerung (ms)").
    for (int column = 0; column < EndpointColumnCount; ++column) {
        if (column != ForwardTo)
            table->setColumnWidth(column, qMax(table->columnWidth(column), table->horizontalHeader()->sectionSizeHint(column)));
    }
    QComboBox answerChoices;
    addAnswerChoices(&answerChoices);
    table->setColumnWidth(AnswerWith, qMax(table->columnWidth(AnswerWith), answerChoices.sizeHint().width()));
    for (const Endpoint &endpoint : values.endpoints)
        addEndpointRow(endpoint);
    connect(m_ui->addEndpoint, &QPushButton::clicked, this, [this] {
        addEndpointRow({ u"/new-endpoint"_s, {}, {}, {}, 0 });
        m_ui->endpoints->editItem(m_ui->endpoints->item(m_ui->endpoints->rowCount() - 1, Path));
    });
    connect(m_ui->removeEndpoint, &QPushButton::clicked, this, [this] {
        const int row = m_ui->endpoints->currentRow();
        if (row >= 0)
            m_ui->endpoints->removeRow(row);
    });
    connect(m_ui->setSecret, &QPushButton::clicked, this, &SettingsDialog::setSecretOfSelected);

    m_ui->theme->addItem(tr("Follow the system"), int(AppSettings::Theme::System));
    m_ui->theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_ui->theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_ui->theme->setCurrentIndex(m_ui->theme->findData(int(values.theme)));
    m_ui->language->addItem(tr("Follow the system"), QString());
    m_ui->language->addItem(u"English"_s, u"en"_s);
    m_ui->language->addItem(u"Deutsch"_s, u"de"_s);
    m_ui->language->addItem(u"Français"_s, u"fr"_s);
    m_ui->language->addItem(u"Svenska"_s, u"sv"_s);
    m_ui->language->setCurrentIndex(qMax(0, m_ui->language->findData(values.language)));

    const bool trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
    m_ui->trayIcon->setChecked(values.trayIcon && trayAvailable);
    m_ui->trayIcon->setEnabled(trayAvailable);
    m_ui->trayNote->setVisible(!trayAvailable);
    m_ui->notifyNewEventTypes->setChecked(values.notifyNewEventTypes);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addEndpointRow(const Endpoint &endpoint)
{
    QTableWidget *table = m_ui->endpoints;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, Path, new QTableWidgetItem(endpoint.path));
    auto *provider = new QComboBox;
    provider->addItem(tr("(detect)"), QString());
    for (const QString &id : std::as_const(m_providers))
        provider->addItem(id, id);
    provider->setCurrentIndex(qMax(0, provider->findData(endpoint.provider)));
    table->setCellWidget(row, Provider, provider);
    table->setItem(row, EventType, new QTableWidgetItem(endpoint.eventType));
    auto *secret = new QTableWidgetItem(endpoint.secret.isEmpty() ? tr("(none)") : tr("(set)"));
    secret->setData(kSecretRole, endpoint.secret);
    secret->setFlags(secret->flags() & ~Qt::ItemIsEditable);
    table->setItem(row, Secret, secret);
    table->setItem(row, Status, new QTableWidgetItem(endpoint.status ? QString::number(endpoint.status) : QString()));
    table->setItem(row, Delay, new QTableWidgetItem(endpoint.delayMs ? QString::number(endpoint.delayMs) : QString()));
    auto *forwardTo = new QTableWidgetItem(endpoint.forwardTo.toString());
    forwardTo->setToolTip(tr("Each delivery is sent on to this URL (your app), body byte for byte, "
                             "so its signature still verifies there"));
    table->setItem(row, ForwardTo, forwardTo);
    auto *answerWith = new QComboBox;
    addAnswerChoices(answerWith);
    answerWith->setCurrentIndex(endpoint.answerWithForward ? 1 : 0);
    table->setCellWidget(row, AnswerWith, answerWith);
}

void SettingsDialog::addAnswerChoices(QComboBox *combo)
{
    combo->addItem(tr("the provider's answer"), false);
    combo->addItem(tr("your app's answer"), true);
}

void SettingsDialog::setSecretOfSelected()
{
    const int row = m_ui->endpoints->currentRow();
    if (row < 0)
        return;
    bool ok = false;
    const QString secret = QInputDialog::getText(this, tr("Endpoint secret"),
                                                 tr("Secret for %1 (empty to remove):")
                                                         .arg(m_ui->endpoints->item(row, Path)->text()),
                                                 QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    QTableWidgetItem *item = m_ui->endpoints->item(row, Secret);
    item->setData(kSecretRole, secret.toUtf8());
    item->setText(secret.isEmpty() ? tr("(none)") : tr("(set)"));
}

QList<Endpoint> SettingsDialog::endpoints() const
{
    QList<Endpoint> endpoints;
    const QTableWidget *table = m_ui->endpoints;
    for (int row = 0; row < table->rowCount(); ++row) {
        Endpoint endpoint;
        endpoint.path = table->item(row, Path)->text().trimmed();
        endpoint.provider = qobject_cast<QComboBox *>(table->cellWidget(row, Provider))->currentData().toString();
        endpoint.eventType = table->item(row, EventType)->text().trimmed();
        endpoint.secret = table->item(row, Secret)->data(kSecretRole).toByteArray();
        endpoint.status = table->item(row, Status)->text().toInt();
        endpoint.delayMs = table->item(row, Delay)->text().toInt();
        endpoint.forwardTo = QUrl(table->item(row, ForwardTo)->text().trimmed());
        endpoint.answerWithForward = !endpoint.forwardTo.isEmpty()
                && qobject_cast<QComboBox *>(table->cellWidget(row, AnswerWith))->currentData().toBool();
        endpoints.append(endpoint);
    }
    return endpoints;
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values values;
    values.listenAddress = m_ui->listenEdit->text().trimmed();
    values.maxBodyMiB = m_ui->maxBody->value();
    values.headTimeoutSeconds = m_ui->headTimeout->value();
    values.requestTimeoutSeconds = m_ui->requestTimeout->value();
    values.idleTimeoutSeconds = m_ui->idleTimeout->value();
    values.endpoints = endpoints();
    values.theme = AppSettings::Theme(m_ui->theme->currentData().toInt());
    values.language = m_ui->language->currentData().toString();
    values.trayIcon = m_ui->trayIcon->isChecked();
    values.notifyNewEventTypes = m_ui->notifyNewEventTypes->isChecked();
    values.retention.keepLast = m_ui->keepLastEnabled->isChecked() ? m_ui->keepLast->value() : 0;
    values.sharedStoreUrl = m_ui->sharedStore->text().trimmed();
    values.nodeName = m_ui->nodeName->text().trimmed();
    values.retention.keepDays = m_ui->keepDaysEnabled->isChecked() ? m_ui->keepDays->value() : 0;
    return values;
}

void SettingsDialog::accept()
{
    QHostAddress address;
    quint16 port = 0;
    QString error;
    if (!CaptureOptionsParser::parseListenAddress(m_ui->listenEdit->text().trimmed(), &address, &port, &error)) {
        m_ui->tabs->setCurrentWidget(m_ui->captureTab);
        QMessageBox::warning(this, tr("Settings"), error);
        return;
    }
    if (const QString url = m_ui->sharedStore->text().trimmed();
        !url.isEmpty() && !PostgresBackend::isValidUrl(url, &error)) {
        m_ui->tabs->setCurrentWidget(m_ui->storageTab);
        QMessageBox::warning(this, tr("Settings"), error);
        return;
    }
    for (const Endpoint &endpoint : endpoints()) {
        const bool badStatus = endpoint.status != 0 && (endpoint.status < 100 || endpoint.status > 599);
        const bool badForward = !endpoint.forwardTo.isEmpty()
                && !Endpoint::isValidForwardTarget(endpoint.forwardTo);
        if (!endpoint.path.startsWith(QLatin1Char('/')) || badStatus || badForward) {
            m_ui->tabs->setCurrentWidget(m_ui->endpointsTab);
            QMessageBox::warning(this, tr("Settings"),
                                 tr("Endpoint \"%1\": a path starts with /, a status is 100-599 and a "
                                    "forward target is an http:// or https:// URL.")
                                         .arg(endpoint.path));
            return;
        }
    }
    QDialog::accept();
}

} // namespace hookscope
