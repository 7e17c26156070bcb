#pragma once

#include "common/endpoint.h"
#include "tunnel/tunneloptions.h"

#include <QHostAddress>
#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class TunnelPanel;
}

namespace hookscope {

class AppSettings;
class TunnelRunner;

// A public tunnel to the capture server through the user's cloudflared, ngrok, localtunnel or
// ssh: the tool and its options (remembered), start and stop, the state, the public URL and
// each endpoint's URL to paste into the vendor's settings, with copy buttons, and the tool's
// log. The tunnel stops with the panel.
class TunnelPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TunnelPanel(AppSettings *settings, QWidget *parent = nullptr);
    ~TunnelPanel() override;

    // Where the capture server listens; port 0 while it does not (nothing to tunnel to).
    void setCaptureAddress(const QHostAddress &address, quint16 port);
    void setEndpoints(const QList<Endpoint> &endpoints);

    TunnelRunner *runner() const { return m_runner; }
    void start(); // with the options shown, which are remembered
    void stop();

Q_SIGNALS:
    void copied(const QString &what);

private:
    TunnelOptions optionsShown() const;
    void showOptions(const TunnelOptions &options);
    void toolChosen();
    void chooseIdentity();
    void updateState();
    void updateUrls();
    void copy(const QString &text, const QString &what);

    std::unique_ptr<Ui::TunnelPanel> m_ui;
    AppSettings *m_settings;
    TunnelRunner *m_runner;
    QList<Endpoint> m_endpoints;
    QHostAddress m_captureAddress;
    quint16 m_capturePort = 0;
};

} // namespace hookscope
