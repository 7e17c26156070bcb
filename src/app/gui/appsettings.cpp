#include "appsettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hookscope {

// Qt would name the directory "Unknown Organization" when no organisation is set.
AppSettings::AppSettings()
    : m_settings(QCoreApplication::organizationName().isEmpty() ? QCoreApplication::applicationName()
                                                                : QCoreApplication::organizationName(),
                 QCoreApplication::applicationName())
{
}

AppSettings::Theme AppSettings::theme() const
{
    const QString value = m_settings.value(u"appearance/theme"_s, u"system"_s).toString();
    return value == u"dark"_s ? Theme::Dark : value == u"light"_s ? Theme::Light : Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    m_settings.setValue(u"appearance/theme"_s,
                        theme == Theme::Dark ? u"dark"_s : theme == Theme::Light ? u"light"_s : u"system"_s);
}

QString AppSettings::language() const
{
    return m_settings.value(u"appearance/language"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(u"appearance/language"_s, language);
}

QString AppSettings::listenAddress() const
{
    return m_settings.value(u"capture/listen"_s, u"127.0.0.1:8787"_s).toString();
}

void AppSettings::setListenAddress(const QString &address)
{
    m_settings.setValue(u"capture/listen"_s, address);
}

int AppSettings::maxBodyMiB() const
{
    return m_settings.value(u"capture/maxBodyMiB"_s, 25).toInt();
}

void AppSettings::setMaxBodyMiB(int mebibytes)
{
    m_settings.setValue(u"capture/maxBodyMiB"_s, mebibytes);
}

int AppSettings::headTimeoutSeconds() const
{
    return m_settings.value(u"capture/headTimeoutSeconds"_s, 10).toInt();
}

void AppSettings::setHeadTimeoutSeconds(int seconds)
{
    m_settings.setValue(u"capture/headTimeoutSeconds"_s, seconds);
}

int AppSettings::requestTimeoutSeconds() const
{
    return m_settings.value(u"capture/requestTimeoutSeconds"_s, 60).toInt();
}

void AppSettings::setRequestTimeoutSeconds(int seconds)
{
    m_settings.setValue(u"capture/requestTimeoutSeconds"_s, seconds);
}

int AppSettings::idleTimeoutSeconds() const
{
    return m_settings.value(u"capture/idleTimeoutSeconds"_s, 30).toInt();
}

void AppSettings::setIdleTimeoutSeconds(int seconds)
{
    m_settings.setValue(u"capture/idleTimeoutSeconds"_s, seconds);
}

bool AppSettings::trayIcon() const
{
    return m_settings.value(u"desktop/trayIcon"_s, false).toBool();
}

void AppSettings::setTrayIcon(bool shown)
{
    m_settings.setValue(u"desktop/trayIcon"_s, shown);
}

bool AppSettings::notifyNewEventTypes() const
{
    return m_settings.value(u"desktop/notifyNewEventTypes"_s, true).toBool();
}

void AppSettings::setNotifyNewEventTypes(bool notify)
{
    m_settings.setValue(u"desktop/notifyNewEventTypes"_s, notify);
}

RetentionPolicy AppSettings::retention() const
{
    RetentionPolicy policy;
    policy.keepLast = m_settings.value(u"store/keepLast"_s, 0).toLongLong();
    policy.keepDays = m_settings.value(u"store/keepDays"_s, 0).toInt();
    return policy;
}

void AppSettings::setRetention(const RetentionPolicy &policy)
{
    m_settings.setValue(u"store/keepLast"_s, policy.keepLast);
    m_settings.setValue(u"store/keepDays"_s, policy.keepDays);
}

QString AppSettings::sharedStoreUrl() const
{
    return m_settings.value(u"store/sharedUrl"_s).toString();
}

void AppSettings::setSharedStoreUrl(const QString &url)
{
    m_settings.setValue(u"store/sharedUrl"_s, url);
}

QString AppSettings::nodeName() const
{
    return m_settings.value(u"store/node"_s).toString();
}

void AppSettings::setNodeName(const QString &name)
{
    m_settings.setValue(u"store/node"_s, name);
}

QString AppSettings::replayUrl() const
{
    return m_settings.value(u"replay/url"_s).toString();
}

void AppSettings::setReplayUrl(const QString &url)
{
    m_settings.setValue(u"replay/url"_s, url);
}

QString AppSettings::exportDirectory() const
{
    return m_settings.value(u"export/directory"_s).toString();
}

void AppSettings::setExportDirectory(const QString &directory)
{
    m_settings.setValue(u"export/directory"_s, directory);
}

TunnelOptions AppSettings::tunnelOptions() const
{
    TunnelOptions options;
    options.tool = m_settings.value(u"tunnel/tool"_s, u"cloudflared"_s).toString();
    options.program = m_settings.value(u"tunnel/program"_s).toString();
    options.startTimeout = std::chrono::seconds(qBound(1, m_settings.value(u"tunnel/startTimeoutSeconds"_s, 60).toInt(), 3600));
    options.sshHost = m_settings.value(u"tunnel/sshHost"_s).toString();
    options.sshPort = m_settings.value(u"tunnel/sshPort"_s, 0).toInt();
    options.sshIdentity = m_settings.value(u"tunnel/sshIdentity"_s).toString();
    options.remotePort = m_settings.value(u"tunnel/remotePort"_s, 0).toInt();
    options.sshOptions = m_settings.value(u"tunnel/sshOptions"_s).toStringList();
    options.publicUrl = m_settings.value(u"tunnel/publicUrl"_s).toString();
    return options;
}

void AppSettings::setTunnelOptions(const TunnelOptions &options)
{
    m_settings.setValue(u"tunnel/tool"_s, options.tool);
    m_settings.setValue(u"tunnel/program"_s, options.program);
    m_settings.setValue(u"tunnel/startTimeoutSeconds"_s, qint64(options.startTimeout.count()));
    m_settings.setValue(u"tunnel/sshHost"_s, options.sshHost);
    m_settings.setValue(u"tunnel/sshPort"_s, options.sshPort);
    m_settings.setValue(u"tunnel/sshIdentity"_s, options.sshIdentity);
    m_settings.setValue(u"tunnel/remotePort"_s, options.remotePort);
    m_settings.setValue(u"tunnel/sshOptions"_s, options.sshOptions);
    m_settings.setValue(u"tunnel/publicUrl"_s, options.publicUrl);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(u"window/state"_s).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
    m_settings.setValue(u"window/state"_s, state);
}

QByteArray AppSettings::geometry(const QString &window) const
{
    return m_settings.value(u"windows/%1/geometry"_s.arg(window)).toByteArray();
}

void AppSettings::setGeometry(const QString &window, const QByteArray &geometry)
{
    m_settings.setValue(u"windows/%1/geometry"_s.arg(window), geometry);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings.value(u"window/splitter/"_s + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(u"window/splitter/"_s + name, state);
}

QByteArray AppSettings::eventTableState(const QString &provider, const QString &eventType) const
{
    return m_settings.value(u"tables/%1/%2"_s.arg(provider, eventType)).toByteArray();
}

void AppSettings::setEventTableState(const QString &provider, const QString &eventType,
                                     const QByteArray &state)
{
    m_settings.setValue(u"tables/%1/%2"_s.arg(provider, eventType), state);
}

} // namespace hookscope
