#pragma once

#include "send/httpexchange.h"
#include "send/outgoingrequest.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace hookscope {

class JsonHighlighter;

// One answer to a request the composer or replay sent: status (coloured by class), time taken
// and size, then the body (indented when it is JSON, every key in its order), the headers, the
// request exactly as it went out, and for a repeated send the summary.
class ResponseView : public QWidget
{
    Q_OBJECT
public:
    explicit ResponseView(QWidget *parent = nullptr);

    void clear(const QString &placeholder);
    void showExchange(const HttpExchange &exchange, const OutgoingRequest &sent);
    // Beside the answer, for a request sent several times; empty hides it.
    void showSummary(const QString &summary);
    void setDarkColors(bool dark);

    QString statusText() const; // "202 Accepted · 3.1 ms", or the failure
    QString bodyText() const;
    QString requestText() const;

private:
    void showBody();

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_status;
    QLabel *m_timing;
    QCheckBox *m_raw;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_body;
    QTableWidget *m_headers;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_summary;
    JsonHighlighter *m_highlighter;
    HttpExchange m_exchange;
};

} // namespace hookscope
