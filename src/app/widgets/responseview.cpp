#include "responseview.h"

#include "decode/jsonprettyprinter.h"
#include "decode/jsontree.h"
#include "codetext.h"
#include "jsonhighlighter.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

constexpr qsizetype kMaxShownBody = 1024 * 1024;

QString statusColour(const HttpExchange &exchange)
{
    if (!exchange.answered() || exchange.status >= 500)
        return u"#c0392b"_s;
    if (exchange.status >= 400)
        return u"#d35400"_s;
    if (exchange.status >= 300)
        return u"#7f8c8d"_s;
    return u"#27ae60"_s;
}

QString milliseconds(qint64 nanoseconds)
{
    return QObject::tr("%1 ms").arg(QLocale().toString(double(nanoseconds) / 1e6, 'f', nanoseconds < 10'000'000 ? 2 : 1));
}

} // namespace

ResponseView::ResponseView(QWidget *parent) : QWidget(parent)
{
    m_placeholder = new QLabel;
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(16);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_status = new QLabel;
    m_status->setObjectName(u"responseStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timing = new QLabel;
    m_timing->setForegroundRole(QPalette::PlaceholderText);
    m_raw = new QCheckBox(tr("Raw"));
    m_raw->setToolTip(tr("Show the body exactly as it came, not indented"));
    connect(m_raw, &QCheckBox::toggled, this, &ResponseView::showBody);

    auto *head = new QHBoxLayout;
    head->setContentsMargins(8, 6, 8, 6);
    head->addWidget(m_status);
    head->addSpacing(12);
    head->addWidget(m_timing, 1);
    head->addWidget(m_raw);

    m_body = makeCodeView();
    m_request = makeCodeView();
    m_summary = makeCodeView();
    m_highlighter = new JsonHighlighter(m_body->document());
    m_headers = new QTableWidget(0, 2);
    m_headers->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setAlternatingRowColors(true);
    m_headers->setShowGrid(false);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_request, tr("Request sent"));
    m_tabs->addTab(m_summary, tr("Summary"));

    auto *answer = new QWidget;
    auto *layout = new QVBoxLayout(answer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(answer);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    showSummary(QString());
}

void ResponseView::clear(const QString &placeholder)
{
    m_placeholder->setText(placeholder);
    m_stack->setCurrentWidget(m_placeholder);
}

void ResponseView::showExchange(const HttpExchange &exchange, const OutgoingRequest &sent)
{
    m_exchange = exchange;
    const QString text = exchange.answered()
            ? QString::fromUtf8(exchange.statusLine().mid(exchange.statusLine().indexOf(' ') + 1))
            : exchange.error;
    m_status->setText(u"<span style=\"background:%1; color:white; padding:2px 8px; border-radius:3px;\">"
                      "&nbsp;<b>%2</b>&nbsp;</span>"_s.arg(statusColour(exchange), text.toHtmlEscaped()));
    m_status->setAccessibleName(text);
    QStringList facts;
    if (exchange.elapsedNs > 0)
        facts.append(milliseconds(exchange.elapsedNs));
    if (exchange.answered())
        facts.append(QLocale().formattedDataSize(exchange.body.size()));
    m_timing->setText(facts.join(u"  ·  "_s));

    m_headers->setRowCount(0);
    for (const HttpHeader &header : exchange.headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(header.name)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(header.value)));
    }
    m_headers->resizeColumnToContents(0);

    QString request = QString::fromLatin1(sent.method) + u' ' + sent.url.toString() + u'\n';
    for (const HttpHeader &header : sent.headers)
        request += QString::fromLatin1(header.name) + u": "_s + QString::fromUtf8(header.value) + u'\n';
    m_request->setPlainText(request + u'\n' + QString::fromUtf8(sent.body.left(kMaxShownBody)));
    showBody();
    m_stack->setCurrentIndex(1);
}

void ResponseView::showSummary(const QString &summary)
{
    m_summary->setPlainText(summary);
    m_tabs->setTabVisible(m_tabs->indexOf(m_summary), !summary.isEmpty());
}

void ResponseView::showBody()
{
    const QByteArray &body = m_exchange.body;
    if (!m_exchange.answered()) {
        m_body->setPlainText(m_exchange.error);
        return;
    }
    const JsonTree tree = m_raw->isChecked() || body.size() > kMaxShownBody
            ? JsonTree()
            : JsonTree::parse(body, JsonParseMode::Strict);
    m_raw->setVisible(tree.isValid() || m_raw->isChecked());
    if (tree.isValid() && tree.nodeCount() > 0)
        m_body->setPlainText(QString::fromUtf8(JsonPrettyPrinter().print(tree, JsonTree::RootNode)));
    else
        m_body->setPlainText(QString::fromUtf8(body.left(kMaxShownBody)));
}

void ResponseView::setDarkColors(bool dark)
{
    m_highlighter->updateColors(dark);
}

QString ResponseView::statusText() const
{
    return m_status->accessibleName() + u" · "_s + m_timing->text();
}

QString ResponseView::bodyText() const
{
    return m_body->toPlainText();
}

QString ResponseView::requestText() const
{
    return m_request->toPlainText();
}

} // namespace hookscope
