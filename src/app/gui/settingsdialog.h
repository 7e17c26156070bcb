#pragma once

#include "appsettings.h"
#include "common/endpoint.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QComboBox;

namespace Ui {
class SettingsDialog;
}

namespace hookscope {

// Capture (listen address, limits), endpoints with their secrets and response rules, theme and
// language. The dialog edits copies; the caller applies what changed.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        QString listenAddress;
        int maxBodyMiB = 25;
        int headTimeoutSeconds = 10;
        int requestTimeoutSeconds = 60;
        int idleTimeoutSeconds = 30;
        QList<Endpoint> endpoints;
        AppSettings::Theme theme = AppSettings::Theme::System;
        QString language;
        bool trayIcon = false;
        bool notifyNewEventTypes = true;
        RetentionPolicy retention;
        QString sharedStoreUrl;
        QString nodeName;
    };

    SettingsDialog(const Values &values, const QStringList &providers, const QString &dataDirectory,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    Values values() const;

    void accept() override;

private:
    enum EndpointColumn { Path, Provider, EventType, Secret, Status, Delay, ForwardTo, AnswerWith,
                          EndpointColumnCount };

    void addEndpointRow(const Endpoint &endpoint);
    static void addAnswerChoices(QComboBox *combo);
    void setSecretOfSelected();
    QList<Endpoint> endpoints() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QStringList m_providers;
};

} // namespace hookscope
