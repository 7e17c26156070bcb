#pragma once

#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>

namespace hookscope {

// The console's optional tray icon: the delivery count in its tooltip and menu, and quick
// actions (show or hide the window, copy the capture URL, quit). Made only where the desktop
// has a system tray.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QWidget *window);

    void setStatus(qint64 deliveries, const QString &captureUrl);
    void showMessage(const QString &title, const QString &text);
    QMenu *menu() { return &m_menu; }
    QString toolTip() const { return m_icon.toolTip(); }

Q_SIGNALS:
    void showRequested();
    void quitRequested();

private:
    void toggleWindow();
    void updateActions();

    QWidget *m_window;
    QSystemTrayIcon m_icon;
    QMenu m_menu;
    QAction *m_count = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_copyUrl = nullptr;
    QString m_captureUrl;
};

} // namespace hookscope
