#include "tunnelpanel.h"

#include "appsettings.h"
#include "tunnel/tunnelcommand.h"
#include "tunnel/tunnelrunner.h"
#include "tunnel/tunneltool.h"
#include "tunnel/webhookurls.h"

#include "ui_tunnelpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QString dot(const char *colour)
{
    return u"<span style=\"color:%1\">&#9679;</span>"_s.arg(QLatin1String(colour));
}

// The failure as HTML: escaped, its lines kept, its URLs (install pages) as links.
QString reasonHtml(const QString &reason)
{
    static const QRegularExpression url(u"(https?://[^\\s<>\"]*[^\\s<>\".,;:)])"_s);
    QString html = reason.toHtmlEscaped();
    html.replace(url, u"<a href=\"\\1\">\\1</a>"_s);
    return html.replace(u"\n"_s, u"<br>"_s);
}

} // namespace

TunnelPanel::TunnelPanel(AppSettings *settings, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::TunnelPanel>()),
      m_settings(settings),
      m_runner(new TunnelRunner(this))
{
    m_ui->setupUi(this);
    for (const TunnelTool &tool : tunnelTools())
        m_ui->toolCombo->addItem(tool.title, tool.id);
    m_ui->logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->reasonLabel->hide();
    showOptions(m_settings->tunnelOptions());

    connect(m_ui->toolCombo, &QComboBox::currentIndexChanged, this, &TunnelPanel::toolChosen);
    connect(m_ui->sshIdentityButton, &QToolButton::clicked, this, &TunnelPanel::chooseIdentity);
    connect(m_ui->startButton, &QPushButton::clicked, this, &TunnelPanel::start);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &TunnelPanel::stop);
    connect(m_ui->copyUrlButton, &QToolButton::clicked, this,
            [this] { copy(m_runner->publicUrl(), tr("public URL")); });
    connect(m_runner, &TunnelRunner::stateChanged, this, &TunnelPanel::updateState);
    connect(m_runner, &TunnelRunner::publicUrlChanged, this, &TunnelPanel::updateUrls);
    connect(m_runner, &TunnelRunner::logLine, m_ui->logView, &QPlainTextEdit::appendPlainText);
    toolChosen();
    updateState();
    updateUrls();
}

TunnelPanel::~TunnelPanel() = default; // the runner, a child, stops the program

void TunnelPanel::setCaptureAddress(const QHostAddress &address, quint16 port)
{
    const bool moved = m_runner->isRunning() && port != 0
            && (port != m_capturePort || address != m_captureAddress);
    m_captureAddress = address;
    m_capturePort = port;
    updateState();
    if (moved) {
        m_ui->reasonLabel->setText(tr("The capture server now listens on %1; restart the tunnel to follow it.")
                                           .arg(hostAuthority(address.toString(), port)));
        m_ui->reasonLabel->show();
    }
}

void TunnelPanel::setEndpoints(const QList<Endpoint> &endpoints)
{
    m_endpoints = endpoints;
    updateUrls();
}

TunnelOptions TunnelPanel::optionsShown() const
{
    TunnelOptions options;
    options.tool = m_ui->toolCombo->currentData().toString();
    options.targetHost = tunnelTargetHost(m_captureAddress);
    options.targetPort = m_capturePort;
    options.program = m_ui->programEdit->text().trimmed();
    options.startTimeout = std::chrono::seconds(m_ui->timeoutSpin->value());
    options.sshHost = m_ui->sshHostEdit->text().trimmed();
    options.sshPort = m_ui->sshPortSpin->value();
    options.sshIdentity = m_ui->sshIdentityEdit->text().trimmed();
    options.remotePort = m_ui->remotePortSpin->value();
    options.sshOptions = m_ui->sshOptionsEdit->text().split(u' ', Qt::SkipEmptyParts);
    options.publicUrl = m_ui->publicUrlEdit->text().trimmed();
    return options;
}

void TunnelPanel::showOptions(const TunnelOptions &options)
{
    const int tool = m_ui->toolCombo->findData(options.tool);
    m_ui->toolCombo->setCurrentIndex(qMax(0, tool));
    m_ui->programEdit->setText(options.program);
    m_ui->timeoutSpin->setValue(int(options.startTimeout.count()));
    m_ui->sshHostEdit->setText(options.sshHost);
    m_ui->sshPortSpin->setValue(options.sshPort);
    m_ui->sshIdentityEdit->setText(options.sshIdentity);
    m_ui->remotePortSpin->setValue(options.remotePort);
    m_ui->sshOptionsEdit->setText(options.sshOptions.join(u' '));
    m_ui->publicUrlEdit->setText(options.publicUrl);
}

void TunnelPanel::toolChosen()
{
    const TunnelTool *tool = findTunnelTool(m_ui->toolCombo->currentData().toString());
    m_ui->sshGroup->setVisible(tool && tool->needsSshHost);
    m_ui->programEdit->setPlaceholderText(
            tool ? tr("%1, found on PATH").arg(tool->commands.constFirst().constFirst()) : QString());
}

void TunnelPanel::chooseIdentity()
{
    const QString start = m_ui->sshIdentityEdit->text().isEmpty() ? QDir::homePath() + u"/.ssh"_s
                                                                   : m_ui->sshIdentityEdit->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Private key for ssh"), start);
    if (!path.isEmpty())
        m_ui->sshIdentityEdit->setText(path);
}

void TunnelPanel::start()
{
    if (m_capturePort == 0)
        return;
    const TunnelOptions options = optionsShown();
    m_settings->setTunnelOptions(options);
    m_ui->logView->clear();
    m_runner->start(options);
}

void TunnelPanel::stop()
{
    m_runner->stop();
}

void TunnelPanel::updateState()
{
    const TunnelRunner::State state = m_runner->state();
    const bool running = m_runner->isRunning();
    const QString tool = m_ui->toolCombo->currentText();
    QString text;
    switch (state) {
    case TunnelRunner::State::Stopped:
        text = m_capturePort == 0 ? dot("#8c8f94") + u" "_s + tr("The capture server is not running.")
                                  : dot("#8c8f94") + u" "_s + tr("No tunnel");
        break;
    case TunnelRunner::State::Starting:
        text = dot("#e67e22") + u" "_s + tr("Starting %1…").arg(tool.toHtmlEscaped());
        break;
    case TunnelRunner::State::Up:
        text = dot("#27ae60") + u" <b>"_s + tr("Up") + u"</b> "_s
                + tr("to %1").arg(hostAuthority(m_runner->options().targetHost, m_runner->options().targetPort));
        break;
    case TunnelRunner::State::Failed:
        text = dot("#c0392b") + u" <b>"_s + tr("Failed") + u"</b>"_s;
        break;
    }
    m_ui->stateLabel->setText(text);
    const bool failed = state == TunnelRunner::State::Failed;
    m_ui->reasonLabel->setText(failed ? reasonHtml(m_runner->failureReason()) : QString());
    m_ui->reasonLabel->setStyleSheet(failed ? u"color: #c0392b;"_s : QString());
    m_ui->reasonLabel->setVisible(failed);
    m_ui->startButton->setEnabled(!running && m_capturePort != 0);
    m_ui->startButton->setToolTip(m_capturePort == 0 ? tr("The capture server is not running") : QString());
    m_ui->stopButton->setEnabled(running);
    for (QWidget *input : { static_cast<QWidget *>(m_ui->toolCombo), static_cast<QWidget *>(m_ui->sshGroup),
                            static_cast<QWidget *>(m_ui->publicUrlEdit), static_cast<QWidget *>(m_ui->programEdit),
                            static_cast<QWidget *>(m_ui->timeoutSpin) })
        input->setEnabled(!running);
    updateUrls();
}

void TunnelPanel::updateUrls()
{
    const bool up = m_runner->state() == TunnelRunner::State::Up;
    const QString publicUrl = up ? m_runner->publicUrl() : QString();
    m_ui->urlGroup->setVisible(up);
    m_ui->publicUrlView->setText(publicUrl);
    m_ui->publicUrlView->setCursorPosition(0);

    QGridLayout *grid = m_ui->endpointUrlsLayout;
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!up)
        return;
    const QList<WebhookUrl> urls = webhookUrls(publicUrl, m_endpoints);
    int row = 0;
    for (const WebhookUrl &url : urls) {
        auto *name = new QLabel(url.provider.isEmpty() ? url.path : u"%1 · %2"_s.arg(url.path, url.provider));
        auto *edit = new QLineEdit(url.url);
        edit->setReadOnly(true);
        edit->setObjectName(u"endpointUrl:"_s + url.path);
        edit->setCursorPosition(0);
        edit->setToolTip(url.url); // whole, where the dock is narrower than the URL
        auto *button = new QToolButton;
        button->setText(tr("Copy"));
        button->setToolTip(tr("Copy the URL of %1").arg(url.path));
        button->setObjectName(u"copyEndpointUrl:"_s + url.path);
        connect(button, &QToolButton::clicked, this,
                [this, text = url.url, path = url.path] { copy(text, tr("URL of %1").arg(path)); });
        // The name above its URL, so that a long URL shows whole in a narrow dock.
        grid->addWidget(name, row++, 0, 1, 2);
        grid->addWidget(edit, row, 0);
        grid->addWidget(button, row++, 1);
    }
    if (urls.isEmpty()) {
        auto *hint = new QLabel(tr("Every path is captured: %1/anything. Name endpoints in Settings "
                                   "(Ctrl+,) to see the URL of each here.")
                                        .arg(publicUrl));
        hint->setWordWrap(true);
        hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(hint, 0, 0, 1, 2);
    }
    grid->setColumnStretch(0, 1);
}

void TunnelPanel::copy(const QString &text, const QString &what)
{
    QApplication::clipboard()->setText(text);
    emit copied(what);
}

} // namespace hookscope
