#include "mainwindow.h"

#include "capture/capturehost.h"
#include "cli/captureoptionsparser.h"
#include "models/deliverylistmodel.h"
#include "store/deliverystore.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QString printable(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() == bytes)
        return text;
    return QObject::tr("(%1 bytes of binary data; not UTF-8)").arg(bytes.size());
}

QString requestText(const Delivery &delivery)
{
    QString text = QString::fromLatin1(delivery.method) + QLatin1Char(' ')
            + QString::fromUtf8(delivery.target) + QLatin1Char(' ')
            + QString::fromLatin1(delivery.httpVersion) + QLatin1Char('\n');
    for (const HttpHeader &header : delivery.headers)
        text += QString::fromLatin1(header.name) + u": "_s + QString::fromUtf8(header.value)
                + QLatin1Char('\n');
    if (!delivery.rejection.isEmpty())
        return text + QLatin1Char('\n') + QObject::tr("Refused: %1").arg(delivery.rejection);
    return text + QLatin1Char('\n') + printable(delivery.body);
}

QString responseText(const DeliveryResponse &response)
{
    QString text = u"HTTP/1.1 %1\n"_s.arg(response.status);
    for (const HttpHeader &header : response.headers)
        text += QString::fromLatin1(header.name) + u": "_s + QString::fromUtf8(header.value)
                + QLatin1Char('\n');
    return text + QLatin1Char('\n') + printable(response.body);
}

} // namespace

MainWindow::MainWindow(CaptureHost *capture, const QString &databasePath,
                       const QString &startError, QWidget *parent)
    : QMainWindow(parent), m_capture(capture), m_store(std::make_unique<DeliveryStore>()),
      m_storeError(startError)
{
    setWindowTitle(tr("Hookscope"));
    StoreOptions readOptions;
    readOptions.databasePath = databasePath;
    if (!m_store->open(readOptions) && m_storeError.isEmpty())
        m_storeError = m_store->lastError();

    m_model = new DeliveryListModel(m_store.get(), this);

    m_list = new QTableView;
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_list->horizontalHeader()->setHighlightSections(false);
    m_list->horizontalHeader()->setSectionResizeMode(DeliveryListModel::Path, QHeaderView::Stretch);
    const int charWidth = fontMetrics().averageCharWidth();
    m_list->setColumnWidth(DeliveryListModel::Time, charWidth * 22);
    m_list->setColumnWidth(DeliveryListModel::Method, charWidth * 9);
    m_list->setColumnWidth(DeliveryListModel::Provider, charWidth * 14);
    m_list->setColumnWidth(DeliveryListModel::EventTypes, charWidth * 26);
    m_list->setColumnWidth(DeliveryListModel::Status, charWidth * 8);
    m_list->setColumnWidth(DeliveryListModel::Signature, charWidth * 11);
    m_list->setColumnWidth(DeliveryListModel::Size, charWidth * 11);
    m_list->setColumnWidth(DeliveryListModel::Peer, charWidth * 16);

    m_emptyState = new QLabel;
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyState->setMargin(24);

    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_emptyState);
    m_listStack->addWidget(m_list);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_requestView = new QPlainTextEdit;
    m_requestView->setObjectName(u"requestView"_s);
    m_responseView = new QPlainTextEdit;
    m_responseView->setObjectName(u"responseView"_s);
    for (QPlainTextEdit *view : { m_requestView, m_responseView }) {
        view->setReadOnly(true);
        view->setFont(mono);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_details = new QTabWidget;
    m_details->addTab(m_requestView, tr("Request"));
    m_details->addTab(m_responseView, tr("Response"));
    m_details->setDocumentMode(true);
    m_requestView->setPlaceholderText(tr("Select a delivery to see the request as it arrived."));
    m_responseView->setPlaceholderText(tr("Select a delivery to see what Hookscope answered."));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_listenLabel = new QLabel;
    m_countLabel = new QLabel;
    m_storeLabel = new QLabel;
    m_listenLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_listenLabel);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showDelivery);
    connect(m_model, &DeliveryListModel::totalStoredChanged, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    if (m_capture) {
        connect(m_capture, &CaptureHost::deliveriesStored, m_model,
                &DeliveryListModel::deliveriesArrived);
        connect(m_capture, &CaptureHost::storeFailed, this, [this](const QString &message) {
            m_storeError = tr("Deliveries are not being stored (answered 503): %1").arg(message);
            updateStatus();
        });
        connect(m_capture, &CaptureHost::storeRecovered, this, [this] {
            m_storeError.clear();
            updateStatus();
        });
    }
    updateEmptyState();
    updateStatus();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

QString MainWindow::captureUrl() const
{
    if (!m_capture || !m_capture->isRunning())
        return {};
    return listenUrl(m_capture->listenAddress(), m_capture->listenPort());
}

void MainWindow::showDelivery(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_requestView->clear();
        m_responseView->clear();
        return;
    }
    m_details->setEnabled(true);
    const std::optional<Delivery> delivery =
            m_store->load(index.data(DeliveryListModel::DeliveryIdRole).toLongLong());
    if (!delivery)
        return;
    m_requestView->setPlainText(requestText(*delivery));
    m_responseView->setPlainText(responseText(delivery->response));
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        const QString url = captureUrl();
        m_emptyState->setText(
                url.isEmpty() ? tr("<h3>No deliveries yet</h3><p>The capture server is not "
                                   "running.</p>")
                              : tr("<h3>No deliveries yet</h3>"
                                   "<p>Point your vendor's webhook at <b>%1/&lt;endpoint&gt;</b>, "
                                   "for example %1/enad, or send one yourself:</p>"
                                   "<p><code>curl -X POST %1/test -H 'Content-Type: "
                                   "application/json' -d '{\"hello\":\"world\"}'</code></p>")
                                        .arg(url.toHtmlEscaped()));
    }
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_list);
}

void MainWindow::updateStatus()
{
    const QString url = captureUrl();
    if (url.isEmpty()) {
        m_listenLabel->setText(tr("Capture server stopped"));
    } else if (m_capture->listenAddress().isLoopback()) {
        m_listenLabel->setText(tr("Listening on %1").arg(url));
    } else {
        m_listenLabel->setText(tr("Listening on %1 (reachable from other machines)").arg(url));
    }
    m_storeLabel->setText(m_storeError);
    m_storeLabel->setStyleSheet(m_storeError.isEmpty() ? QString() : u"color: #c0392b;"_s);
    m_countLabel->setText(tr("%n deliveries", nullptr, int(qMin<qint64>(m_model->totalStored(), INT_MAX))));
}

} // namespace hookscope
