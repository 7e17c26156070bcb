#pragma once

#include "common/delivery.h"
#include "send/httpexchange.h"
#include "send/outgoingrequest.h"

#include <QDialog>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace hookscope {

class AppSettings;
class HttpClient;
class ProviderCatalog;
class ResponseView;

// Deliveries > Replay…: sends stored deliveries again to a URL, one after the other: the same
// method and raw body, the original headers with or without the hop-by-hop ones, optionally
// signed again with a new timestamp. Each answer is listed as it comes and shown when chosen.
class ReplayDialog : public QDialog
{
    Q_OBJECT

public:
    ReplayDialog(QList<Delivery> deliveries, std::shared_ptr<const ProviderCatalog> catalog,
                 AppSettings *settings, const QString &suggestedUrl, QWidget *parent = nullptr);
    ~ReplayDialog() override;

    QTreeWidget *results() const { return m_results; }

public slots:
    void start();
    void stop();

signals:
    void replayed(int answered, int failed); // all were sent, or the rest stopped

protected:
    void done(int result) override;

private:
    void sendNext();
    void record(int row, const HttpExchange &exchange, const OutgoingRequest &sent);
    void finish();
    void updateSigningFields();
    std::optional<OutgoingRequest> requestFor(const Delivery &delivery, QString *error) const;

    QList<Delivery> m_deliveries;
    std::shared_ptr<const ProviderCatalog> m_catalog;
    AppSettings *m_settings;
    QLineEdit *m_url;
    QCheckBox *m_keepHeaders;
    QComboBox *m_scheme;
    QLineEdit *m_secret;
    QLabel *m_problem;
    QProgressBar *m_progress;
    QTreeWidget *m_results;
    ResponseView *m_response;
    QDialogButtonBox *m_buttons;
    QPushButton *m_replay;
    HttpClient *m_client;
    QList<std::pair<HttpExchange, OutgoingRequest>> m_exchanges; // by results row
    int m_next = 0;
    int m_answered = 0;
    int m_failed = 0;
    bool m_running = false;
};

} // namespace hookscope
