#include "trayicon.h"

#include "desktopidentity.h"

#include <QApplication>
#include <QClipboard>

namespace hookscope {

TrayIcon::TrayIcon(QWidget *window) : QObject(window), m_window(window)
{
    m_count = m_menu.addAction(QString());
    m_count->setEnabled(false);
    m_menu.addSeparator();
    m_toggle = m_menu.addAction(QString(), this, &TrayIcon::toggleWindow);
    m_copyUrl = m_menu.addAction(tr("&Copy capture URL"), this, [this] {
        QApplication::clipboard()->setText(m_captureUrl);
    });
    m_menu.addSeparator();
    m_menu.addAction(tr("&Quit Hookscope"), this, &TrayIcon::quitRequested);
    connect(&m_menu, &QMenu::aboutToShow, this, &TrayIcon::updateActions);

    m_icon.setIcon(DesktopIdentity::icon());
    m_icon.setContextMenu(&m_menu);
    connect(&m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            toggleWindow();
    });
    connect(&m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showRequested);
    setStatus(0, QString());
    m_icon.show();
}

void TrayIcon::setStatus(qint64 deliveries, const QString &captureUrl)
{
    m_captureUrl = captureUrl;
    const QString count = tr("%Ln deliveries", nullptr, int(deliveries));
    m_count->setText(count);
    const QString where = captureUrl.isEmpty() ? tr("Capture server stopped")
                                               : tr("Listening on %1").arg(captureUrl);
    m_icon.setToolTip(tr("Hookscope: %1\n%2").arg(count, where));
    updateActions();
}

void TrayIcon::showMessage(const QString &title, const QString &text)
{
    m_icon.showMessage(title, text, m_icon.icon());
}

void TrayIcon::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized())
        m_window->hide();
    else
        emit showRequested();
}

void TrayIcon::updateActions()
{
    const bool shown = m_window->isVisible() && !m_window->isMinimized();
    m_toggle->setText(shown ? tr("&Hide window") : tr("&Show window"));
    m_copyUrl->setEnabled(!m_captureUrl.isEmpty());
}

} // namespace hookscope
