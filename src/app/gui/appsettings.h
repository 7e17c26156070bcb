#pragma once

#include "store/retentionpolicy.h"
#include "tunnel/tunneloptions.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace hookscope {

// The console's settings in one typed place (QSettings underneath); defaults live here only.
class AppSettings
{
public:
    enum class Theme { System, Light, Dark };

    AppSettings();

    Theme theme() const;
    void setTheme(Theme theme);
    QString language() const; // "" follows the system
    void setLanguage(const QString &language);
    QString listenAddress() const; // "127.0.0.1:8787"
    void setListenAddress(const QString &address);
    int maxBodyMiB() const;
    void setMaxBodyMiB(int mebibytes);
    int headTimeoutSeconds() const;
    void setHeadTimeoutSeconds(int seconds);
    int requestTimeoutSeconds() const;
    void setRequestTimeoutSeconds(int seconds);
    int idleTimeoutSeconds() const;
    void setIdleTimeoutSeconds(int seconds);
    // An icon in the system tray (off by default); closing the window then keeps capturing.
    bool trayIcon() const;
    void setTrayIcon(bool shown);
    // A notice when the first delivery of an event type never stored before arrives.
    bool notifyNewEventTypes() const;
    void setNotifyNewEventTypes(bool notify);
    RetentionPolicy retention() const; // keeps everything unless set
    void setRetention(const RetentionPolicy &policy);
    // A shared PostgreSQL store (postgres://...), "" for the data directory's own; and this
    // console's node name there ("" for the host name). Both apply from the next start.
    QString sharedStoreUrl() const;
    void setSharedStoreUrl(const QString &url);
    QString nodeName() const;
    void setNodeName(const QString &name);
    QString exportDirectory() const; // where the last export went
    void setExportDirectory(const QString &directory);
    QString replayUrl() const; // where the last replay went
    void setReplayUrl(const QString &url);

    // The tunnel panel's tool and its settings (not the capture address, which is the server's).
    TunnelOptions tunnelOptions() const;
    void setTunnelOptions(const TunnelOptions &options);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);
    // Of a window other than the console ("composer", "replay").
    QByteArray geometry(const QString &window) const;
    void setGeometry(const QString &window, const QByteArray &geometry);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    // Column order, widths and hidden columns of one event type's table.
    QByteArray eventTableState(const QString &provider, const QString &eventType) const;
    void setEventTableState(const QString &provider, const QString &eventType, const QByteArray &state);

private:
    mutable QSettings m_settings;
};

} // namespace hookscope
