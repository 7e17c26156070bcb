#include "mainwindow.h"

#include "appsettings.h"
#include "composerwindow.h"
#include "replaydialog.h"
#include "cli/endpointrepository.h"
#include "diffdialog.h"
#include "exportcontroller.h"
#include "exchange/curlexporter.h"
#include "exchange/deliveryimporter.h"
#include "exchange/importreader.h"
#include "providers/providerdeliverypreparer.h"
#include "settingsdialog.h"
#include "timelinecounts.h"
#include "trayicon.h"
#include "store/datadirectory.h"
#include "capture/capturehost.h"
#include "cli/captureoptionsparser.h"
#include "filterbar.h"
#include "tunnelpanel.h"
#include "tunnel/tunnelrunner.h"
#include "models/deliverylistmodel.h"
#include "models/eventtablemodel.h"
#include "models/sidebarmodel.h"
#include "providers/deliveryanalyzer.h"
#include "store/deliverystore.h"
#include "store/storewatcher.h"
#include "widgets/deliverydetailview.h"
#include "widgets/statusbanner.h"
#include "widgets/timelinewidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QProgressDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

constexpr int kLiveIntervalMs = 33;
constexpr qint64 kSecond = 1'000'000'000;
constexpr qint64 kTimelineWindowNs = 3600 * kSecond;
constexpr int kTimelineBuckets = 120;

QTableView *makeTable()
{
    auto *table = new QTableView;
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionsMovable(true);
    return table;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6f, 0x73, 0x7a));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6f, 0x73, 0x7a));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6f, 0x73, 0x7a));
    return palette;
}

bool paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

MainWindow::MainWindow(CaptureHost *capture, const StoreOptions &store,
                       std::shared_ptr<const DeliveryAnalyzer> analyzer, const QString &startError,
                       const QString &readOnlyReason, QWidget *parent)
    : QMainWindow(parent),
      m_capture(capture),
      m_storeOptions(store),
      m_analyzer(std::move(analyzer)),
      m_store(std::make_unique<DeliveryStore>()),
      m_timelineCounts(std::make_unique<TimelineCounts>(m_store.get())),
      m_settings(std::make_unique<AppSettings>()),
      m_readOnly(!readOnlyReason.isEmpty()),
      m_storeError(startError)
{
    setWindowTitle(tr("Hookscope"));
    m_clock.start();
    StoreOptions readOptions = store;
    readOptions.readOnly = m_readOnly;
    if (!m_store->open(readOptions) && m_storeError.isEmpty())
        m_storeError = m_store->lastError();
    watchSharedStore(readOptions);

    m_sidebarModel = new SidebarModel(this);
    const FacetSnapshot facets = m_store->facetSnapshot();
    m_sidebarModel->resetCounts(facets.counts);
    m_newEventTypes.learn(facets.counts);
    m_lastCountedId = facets.lastId;
    m_sidebar = new QTreeView;
    m_sidebar->setModel(m_sidebarModel);
    m_sidebar->setHeaderHidden(false);
    m_sidebar->header()->setStretchLastSection(false);
    m_sidebar->header()->setSectionResizeMode(SidebarModel::Name, QHeaderView::Stretch);
    m_sidebar->header()->setSectionResizeMode(SidebarModel::Count, QHeaderView::ResizeToContents);
    m_sidebar->setUniformRowHeights(true);
    m_sidebar->expandToDepth(1);
    m_sidebar->setCurrentIndex(m_sidebarModel->index(0, 0));

    m_timeline = new TimelineWidget;
    m_filterBar = new FilterBar;

    m_listModel = new DeliveryListModel(m_store.get(), this);
    m_list = makeTable();
    m_list->setObjectName(u"deliveryList"_s);
    m_list->setModel(m_listModel);
    m_list->horizontalHeader()->setSectionResizeMode(DeliveryListModel::Path, QHeaderView::Stretch);
    const int charWidth = fontMetrics().averageCharWidth();
    m_list->setColumnWidth(DeliveryListModel::Time, charWidth * 15);
    m_list->setColumnWidth(DeliveryListModel::Method, charWidth * 9);
    m_list->setColumnWidth(DeliveryListModel::Provider, charWidth * 14);
    m_list->setColumnWidth(DeliveryListModel::EventTypes, charWidth * 30);
    m_list->setColumnWidth(DeliveryListModel::Status, charWidth * 8);
    m_list->setColumnWidth(DeliveryListModel::Signature, charWidth * 11);
    m_list->setColumnWidth(DeliveryListModel::Size, charWidth * 12);
    m_list->setColumnWidth(DeliveryListModel::Peer, charWidth * 34); // "2001:db8:5::23 via 127.0.0.1"

    m_eventModel = new EventTableModel(m_store.get(), std::shared_ptr<const ProviderCatalog>(
                                                              m_analyzer, &m_analyzer->catalog()),
                                       this);
    m_eventTable = makeTable();
    m_eventTable->setModel(m_eventModel);
    m_eventTable->setSortingEnabled(false);
    m_eventTable->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_emptyState = new QLabel;
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyState->setMargin(24);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(u"deliveryStack"_s);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_eventTable);

    auto *listArea = new QWidget;
    auto *listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_timeline);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_stack, 1);

    m_detail = new DeliveryDetailView;
    m_rightSplitter = new QSplitter(Qt::Vertical);
    m_rightSplitter->addWidget(listArea);
    m_rightSplitter->addWidget(m_detail);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({ 330, 1110 });
    m_storeBanner = new StatusBanner(StatusBanner::Level::Error);
    m_noticeBanner = new StatusBanner(StatusBanner::Level::Warning);
    QStringList notices;
    if (m_readOnly)
        notices.append(tr("Read-only, capture is off: the delivery store cannot be written (%1). "
                          "Quit and start Hookscope with another data directory to capture.")
                               .arg(readOnlyReason));
    notices.append(DataDirectory::exposure(dataDirectory()));
    m_noticeBanner->setMessage(notices.join(u'\n'));
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_storeBanner);
    centralLayout->addWidget(m_noticeBanner);
    centralLayout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_listenLabel = new QLabel;
    m_listenLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeLabel = new QLabel;
    m_countLabel = new QLabel;
    m_rateLabel = new QLabel;
    statusBar()->addWidget(m_listenLabel);
    statusBar()->addWidget(m_storeLabel, 1);
    m_tunnelLabel = new QLabel;
    statusBar()->addPermanentWidget(m_tunnelLabel);
    statusBar()->addPermanentWidget(m_rateLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::sidebarChosen);
    connect(m_filterBar, &FilterBar::changed, this, &MainWindow::applyFilter);
    connect(m_filterBar, &FilterBar::cleared, this, [this] {
        m_timeline->clearSelection();
        applyFilter();
    });
    connect(m_timeline, &TimelineWidget::rangeSelected, this, [this](qint64 from, qint64 to) {
        m_filterBar->setTimeRange(from, to);
        applyFilter();
    });
    connect(m_timeline, &TimelineWidget::rangeCleared, this, [this] {
        m_filterBar->setTimeRange(0, 0);
        applyFilter();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    deliveryChosen(current.data(DeliveryListModel::DeliveryIdRole).toLongLong(), QString());
            });
    connect(m_eventTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    deliveryChosen(current.data(EventTableModel::DeliveryIdRole).toLongLong(),
                                   current.data(EventTableModel::FieldPointerRole).toString());
            });
    connect(&m_inspection, &QFutureWatcher<DeliveryInspection>::finished, this,
            &MainWindow::inspectionFinished);
    connect(m_listModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_detail, &DeliveryDetailView::copied, this, [this](const QString &what) {
        statusBar()->showMessage(tr("Copied the %1.").arg(what), 2000);
    });

    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(kLiveIntervalMs);
    connect(&m_liveTimer, &QTimer::timeout, this, &MainWindow::refreshLiveViews);
    m_slowTimer.setInterval(1000);
    connect(&m_slowTimer, &QTimer::timeout, this, [this] {
        refreshTimeline();
        updateStatus();
    });
    m_slowTimer.start();

    if (m_capture) {
        connect(m_capture, &CaptureHost::deliveriesStored, this, &MainWindow::deliveriesArrived);
        connect(m_capture, &CaptureHost::storeFailed, this, [this](const QString &message) {
            m_storeError = tr("Deliveries are not being stored (answered 503): %1").arg(message);
            updateStatus();
        });
        connect(m_capture, &CaptureHost::storeRecovered, this, [this] {
            m_storeError.clear();
            updateStatus();
        });
        connect(m_capture, &CaptureHost::forwardRecorded, this, [this](qint64 deliveryId) {
            if (deliveryId == m_shownId)
                m_detail->showForwardOutcome(m_store->forwardOf(deliveryId));
        });
    }

    m_exportController = new ExportController(this, m_storeOptions, m_analyzer, m_settings.get());
    connect(m_exportController, &ExportController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    for (QAbstractItemView *view : { static_cast<QAbstractItemView *>(m_list), static_cast<QAbstractItemView *>(m_eventTable) }) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &position) { showDeliveryMenu(view, position); });
    }
    m_sidebar->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sidebar, &QWidget::customContextMenuRequested, this, &MainWindow::showSidebarMenu);
    m_removalTimer.setSingleShot(true);
    m_removalTimer.setInterval(200);
    connect(&m_removalTimer, &QTimer::timeout, this, &MainWindow::storeShrank);
    if (m_capture) {
        connect(m_capture, &CaptureHost::deliveriesRemoved, this, [this] {
            if (!m_removalTimer.isActive())
                m_removalTimer.start();
        });
        connect(m_capture, &CaptureHost::removalFinished, this, [this](qint64 removed, const QString &error) {
            storeShrank();
            statusBar()->showMessage(removed < 0 ? tr("Deliveries were not removed: %1").arg(error)
                                                 : tr("Removed %Ln deliveries.", nullptr, int(removed)),
                                     8000);
            emit deliveriesCleared(removed);
        });
    }

    buildTunnelDock();
    buildMenus();
    applyTheme();
    applyDesktopSettings();
    restoreLayout();
    m_list->setColumnHidden(DeliveryListModel::Node, !store.isShared());
    refreshTimeline();
    updateEmptyState();
    updateStatus();
    if (m_listModel->rowCount() > 0)
        m_list->selectRow(0); // the newest delivery, in detail, from the first moment
}

MainWindow::~MainWindow()
{
    m_inspection.waitForFinished();
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *compose = fileMenu->addAction(tr("&New delivery…"), this, &MainWindow::openComposer);
    compose->setShortcut(QKeySequence::New);
    QAction *import = fileMenu->addAction(tr("&Import…"), this, &MainWindow::importFile);
    import->setEnabled(!m_readOnly);
    import->setShortcut(Qt::CTRL | Qt::Key_I);
    QAction *exportAction = fileMenu->addAction(tr("&Export…"), this,
                                                [this] { openExportDialog(ExportDialog::Scope::Shown); });
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(tr("&Find…"), m_filterBar, &FilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *curl = editMenu->addAction(tr("Copy as c&url"), this, &MainWindow::copyAsCurl);
    curl->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    QAction *clearFilters = editMenu->addAction(tr("&Clear filters"), this, [this] {
        m_filterBar->clear();
        m_timeline->clearSelection();
        m_sidebar->setCurrentIndex(m_sidebarModel->index(0, 0));
        applyFilter();
    });
    clearFilters->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    QAction *settings = editMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setShortcuts({ QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma) });

    QMenu *deliveriesMenu = menuBar()->addMenu(tr("&Deliveries"));
    QAction *compare = deliveriesMenu->addAction(tr("&Compare the two selected"), this,
                                                 &MainWindow::compareSelected);
    compare->setShortcut(Qt::CTRL | Qt::Key_D);
    QAction *replay = deliveriesMenu->addAction(tr("&Replay…"), this, &MainWindow::replaySelected);
    replay->setShortcut(Qt::CTRL | Qt::Key_R);
    QAction *newest = deliveriesMenu->addAction(tr("Go to &newest"), this, [this] {
        m_list->scrollToTop();
        m_list->selectRow(0);
    });
    newest->setShortcut(Qt::CTRL | Qt::Key_Home);
    deliveriesMenu->addSeparator();
    deliveriesMenu->addAction(tr("Clear &all deliveries…"), this, [this] {
        confirmClear(RemovalScope(), tr("all deliveries"), m_sidebarModel->total());
    });

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *tunnel = m_tunnelDock->toggleViewAction();
    tunnel->setText(tr("Public &tunnel"));
    tunnel->setShortcut(Qt::CTRL | Qt::Key_T);
    viewMenu->addAction(tunnel);
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const QList<QPair<QString, AppSettings::Theme>> themes = {
        { tr("Follow the &system"), AppSettings::Theme::System },
        { tr("&Light"), AppSettings::Theme::Light },
        { tr("&Dark"), AppSettings::Theme::Dark },
    };
    for (const auto &[label, theme] : themes) {
        QAction *action = themeMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_settings->theme() == theme);
        action->setActionGroup(m_themeGroup);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            m_settings->setTheme(theme);
            applyTheme();
        });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Hookscope"), this, [this] {
        QMessageBox::about(this, tr("About Hookscope"),
                           tr("<h3>Hookscope %1</h3><p>A webhook test console: capture, decode, "
                              "compose and replay webhook deliveries.</p>")
                                   .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildTunnelDock()
{
    m_tunnelPanel = new TunnelPanel(m_settings.get());
    m_tunnelPanel->setEndpoints(m_analyzer->endpoints());
    if (m_capture && m_capture->isRunning())
        m_tunnelPanel->setCaptureAddress(m_capture->listenAddress(), m_capture->listenPort());
    m_tunnelDock = new QDockWidget(tr("Public tunnel"), this);
    m_tunnelDock->setObjectName(u"tunnelDock"_s);
    m_tunnelDock->setWidget(m_tunnelPanel);
    m_tunnelDock->hide();
    addDockWidget(Qt::RightDockWidgetArea, m_tunnelDock);
    connect(m_tunnelPanel, &TunnelPanel::copied, this, [this](const QString &what) {
        statusBar()->showMessage(tr("Copied the %1.").arg(what), 2000);
    });
    connect(m_tunnelPanel->runner(), &TunnelRunner::stateChanged, this, &MainWindow::updateTunnelStatus);
    connect(m_tunnelPanel->runner(), &TunnelRunner::publicUrlChanged, this, &MainWindow::updateTunnelStatus);
    connect(m_tunnelLabel, &QLabel::linkActivated, this, [this] {
        m_tunnelDock->show();
        m_tunnelDock->raise();
    });
}

void MainWindow::updateTunnelStatus()
{
    const TunnelRunner *runner = m_tunnelPanel->runner();
    QString text;
    if (runner->state() == TunnelRunner::State::Up)
        text = tr("Tunnel: <a href=\"#tunnel\">%1</a>").arg(runner->publicUrl().toHtmlEscaped());
    else if (runner->state() == TunnelRunner::State::Starting)
        text = tr("Tunnel: <a href=\"#tunnel\">starting…</a>");
    else if (runner->state() == TunnelRunner::State::Failed)
        text = tr("Tunnel: <a href=\"#tunnel\">failed</a>");
    m_tunnelLabel->setText(text);
}

// Other capture nodes write into a shared store too: what they store (or remove) is told by the
// store itself, and shown like what this console's own capture server stores.
void MainWindow::watchSharedStore(const StoreOptions &options)
{
    m_watcher = new StoreWatcher(this);
    QString error;
    if (!m_watcher->start(options, &error) && m_storeError.isEmpty())
        m_storeError = tr("Deliveries other nodes store are not shown live: %1").arg(error);
    connect(m_watcher, &StoreWatcher::deliveriesStored, this, &MainWindow::deliveriesArrived);
    connect(m_watcher, &StoreWatcher::deliveriesRemoved, this, [this] {
        if (!m_removalTimer.isActive())
            m_removalTimer.start();
    });
    connect(m_watcher, &StoreWatcher::connectionLost, this, [this](const QString &message) {
        m_storeError = tr("The shared store cannot be reached: %1").arg(message);
        updateStatus();
    });
    connect(m_watcher, &StoreWatcher::connectionRestored, this, [this] {
        m_store->reconnectIfLost();
        m_storeError.clear();
        updateStatus();
    });
}

void MainWindow::restoreLayout()
{
    resize(1440, 900);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    m_mainSplitter->restoreState(m_settings->splitterState(u"main"_s));
    m_rightSplitter->restoreState(m_settings->splitterState(u"right"_s));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tray && !m_quitting) {
        // Capture goes on in the tray; the tray's menu (or File > Quit) ends it.
        hide();
        event->ignore();
        if (!m_toldAboutTray)
            m_tray->showMessage(tr("Hookscope is still capturing"),
                                tr("The window is closed; quit from the tray icon's menu."));
        m_toldAboutTray = true;
        return;
    }
    m_settings->setWindow(saveGeometry(), saveState());
    m_settings->setSplitterState(u"main"_s, m_mainSplitter->saveState());
    m_settings->setSplitterState(u"right"_s, m_rightSplitter->saveState());
    saveEventTableState();
    if (m_composer)
        m_composer->close(); // keeps its layout too
    QMainWindow::closeEvent(event);
}

void MainWindow::applyTheme()
{
    static const QPalette systemPalette = QApplication::palette();
    static const QString systemStyle = QApplication::style()->name();
    const AppSettings::Theme theme = m_settings->theme();
    if (theme == AppSettings::Theme::System) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
    } else {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(theme == AppSettings::Theme::Dark ? darkPalette()
                                                                   : QApplication::style()->standardPalette());
    }
    m_detail->setDarkColors(paletteIsDark(QApplication::palette()));
    m_timeline->update();
}

void MainWindow::sidebarChosen(const QModelIndex &index)
{
    saveEventTableState();
    m_sidebarFilter = {};
    if (index.isValid()) {
        const int level = index.data(SidebarModel::LevelRole).toInt();
        if (level >= 1)
            m_sidebarFilter.endpoint = index.data(SidebarModel::EndpointRole).toString();
        if (level >= 2)
            m_sidebarFilter.provider = index.data(SidebarModel::ProviderRole).toString();
        if (level >= 3)
            m_sidebarFilter.eventType = index.data(SidebarModel::EventTypeRole).toString();
    }
    applyFilter();
}

void MainWindow::applyFilter()
{
    const DeliveryFilter filter = m_filterBar->apply(m_sidebarFilter);
    if (filter.eventType.isEmpty()) {
        m_listModel->setFilter(filter);
        m_filterBar->setMatchCount(m_listModel->totalStored(), m_sidebarModel->total());
    } else {
        m_eventModel->setFilter(filter);
        const QByteArray state = m_settings->eventTableState(filter.provider, filter.eventType);
        if (state.isEmpty() || !m_eventTable->horizontalHeader()->restoreState(state))
            fitEventColumns();
        m_filterBar->setMatchCount(m_eventModel->totalEvents(), m_eventModel->totalEvents());
    }
    updateEmptyState();
    refreshTimeline();
}

void MainWindow::fitEventColumns()
{
    // Wide enough for the header and the values shown, but no column takes the whole table.
    const int widest = fontMetrics().averageCharWidth() * 36;
    QHeaderView *header = m_eventTable->horizontalHeader();
    for (int column = 0; column < m_eventModel->columnCount(); ++column) {
        m_eventTable->resizeColumnToContents(column);
        const int headerWidth = header->sectionSizeHint(column);
        header->resizeSection(column, qMin(qMax(header->sectionSize(column), headerWidth), widest));
    }
}

void MainWindow::saveEventTableState()
{
    const DeliveryFilter &shown = m_eventModel->filter();
    if (!shown.eventType.isEmpty())
        m_settings->setEventTableState(shown.provider, shown.eventType,
                                       m_eventTable->horizontalHeader()->saveState());
}

void MainWindow::deliveryChosen(qint64 id, const QString &eventPointer)
{
    std::optional<Delivery> delivery = m_store->load(id);
    if (!delivery)
        return;
    const quint64 generation = ++m_inspectionGeneration;
    if (delivery->body.size() > 1024 * 1024)
        m_detail->showMessage(tr("Decoding %1…").arg(QLocale().formattedDataSize(delivery->body.size())));
    m_inspection.setFuture(QtConcurrent::run(&DeliveryInspection::inspect, generation,
                                             std::move(*delivery), m_analyzer, eventPointer));
}

void MainWindow::inspectionFinished()
{
    const DeliveryInspection inspection = m_inspection.result();
    if (inspection.generation != m_inspectionGeneration)
        return; // the user has chosen another delivery meanwhile
    m_detail->showDelivery(inspection.delivery, inspection.analysis, inspection.tree);
    if (!inspection.eventPointer.isEmpty())
        m_detail->reveal(inspection.eventPointer);
    m_shownId = inspection.delivery.id;
    emit deliveryShown(m_shownId);
}

void MainWindow::deliveriesArrived()
{
    if (!m_liveTimer.isActive())
        m_liveTimer.start();
}

void MainWindow::refreshLiveViews()
{
    const qint64 last = m_store->lastId();
    if (last > m_lastCountedId) {
        const QList<FacetCount> counts = m_store->facetCounts(m_lastCountedId, last);
        m_sidebarModel->addCounts(counts);
        m_lastCountedId = last;
        announceNewEventTypes(m_newEventTypes.take(counts));
    }
    m_listModel->refreshNow();
    if (m_stack->currentWidget() == m_eventTable)
        m_eventModel->deliveriesArrived();
    // What arrived live is not all kept in memory: rows below what the user sees or has chosen
    // go, and come back as pages when scrolled to.
    const auto keepWithin = [](const QTableView *view, auto *model) {
        constexpr int kSlackRows = 1000;
        int inUse = view->rowAt(view->viewport()->height() - 1);
        if (inUse < 0)
            inUse = model->rowCount() - 1;
        for (const QModelIndex &row : view->selectionModel()->selectedRows())
            inUse = std::max(inUse, row.row());
        if (model->rowCount() > inUse + 2 * kSlackRows)
            model->keepNewest(inUse + kSlackRows);
    };
    keepWithin(m_list, m_listModel);
    if (m_stack->currentWidget() == m_eventTable)
        keepWithin(m_eventTable, m_eventModel);
    updateEmptyState();
}

void MainWindow::refreshTimeline()
{
    const QPair<qint64, qint64> range = m_store->timeRange();
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    const qint64 to = qMax(now, range.second + 1);
    const qint64 from = qMax(range.first, to - kTimelineWindowNs);
    const qint64 width = TimelineWidget::niceBucketWidth(to - from, kTimelineBuckets);
    const qint64 origin = from - from % width;
    DeliveryFilter filter = m_filterBar->apply(m_sidebarFilter);
    filter.fromNs = filter.toNs = 0; // the timeline shows where the selection lies
    m_timeline->setBuckets(m_timelineCounts->buckets(filter, origin, to, width), origin, to, width);
}

void MainWindow::updateEmptyState()
{
    const bool eventTable = !m_eventModel->filter().eventType.isEmpty()
            && !m_sidebarFilter.eventType.isEmpty();
    QAbstractItemView *view = eventTable ? static_cast<QAbstractItemView *>(m_eventTable) : m_list;
    const bool empty = view->model()->rowCount() == 0;
    if (empty) {
        const QString url = captureUrl();
        if (m_sidebarModel->total() > 0)
            m_emptyState->setText(tr("<h3>Nothing matches</h3><p>No delivery matches these filters. "
                                     "<a href=\"#clear\">Clear filters</a> (Ctrl+Shift+L)</p>"));
        else if (url.isEmpty())
            m_emptyState->setText(tr("<h3>No deliveries yet</h3><p>The capture server is not running: %1</p>")
                                          .arg(m_storeError.toHtmlEscaped()));
        else
            m_emptyState->setText(
                    tr("<h3>No deliveries yet</h3>"
                       "<p>Point your vendor's webhook at <b>%1/&lt;endpoint&gt;</b>, for example "
                       "%1/enad, or send one yourself:</p>"
                       "<p><code>curl -X POST %1/test -H 'Content-Type: application/json' "
                       "-d '{\"hello\":\"world\"}'</code></p>"
                       "<p>or: <code>hookscope send --url %1/willsuite --sample "
                       "willsuite/customer.created</code></p>")
                            .arg(url.toHtmlEscaped()));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : view);
}

QString MainWindow::captureUrl() const
{
    if (!m_capture || !m_capture->isRunning())
        return {};
    return listenUrl(m_capture->listenAddress(), m_capture->listenPort());
}

void MainWindow::updateStatus()
{
    const QString url = captureUrl();
    if (url.isEmpty())
        m_listenLabel->setText(tr("Capture server stopped"));
    else if (m_capture->listenAddress().isLoopback())
        m_listenLabel->setText(tr("Listening on %1").arg(url));
    else
        m_listenLabel->setText(tr("Listening on %1 — reachable from other machines").arg(url));
    m_storeLabel->setText(!m_storeError.isEmpty() || !m_storeOptions.isShared()
                                  ? m_storeError
                                  : tr("Shared store %1 as node %2")
                                            .arg(m_store->displayName(), m_storeOptions.node));
    m_storeLabel->setStyleSheet(m_storeError.isEmpty() ? QString() : u"color: #c0392b;"_s);
    m_storeBanner->setMessage(m_storeError);

    const qint64 total = m_sidebarModel->total();
    m_countLabel->setText(tr("%Ln deliveries · %1", nullptr, int(total))
                                   .arg(QLocale().formattedDataSize(m_store->sizeOnDisk(), 1)));
    // Rate over the last ten seconds of samples.
    m_rateSamples.append({ m_clock.elapsed(), total });
    while (m_rateSamples.size() > 11)
        m_rateSamples.removeFirst();
    const auto &[firstMs, firstTotal] = m_rateSamples.constFirst();
    const qint64 spanMs = m_rateSamples.constLast().first - firstMs;
    const double rate = spanMs > 0 ? double(total - firstTotal) * 1000.0 / double(spanMs) : 0.0;
    m_rateLabel->setText(rate > 0 ? tr("%1/s").arg(QLocale().toString(rate, 'f', rate < 10 ? 1 : 0)) : QString());
    if (m_tray)
        m_tray->setStatus(total, url);
}

void MainWindow::applyDesktopSettings()
{
    const bool tray = m_settings->trayIcon() && QSystemTrayIcon::isSystemTrayAvailable();
    // With the window hidden in the tray, closing some other window must not end Hookscope.
    QApplication::setQuitOnLastWindowClosed(!tray);
    if (tray && !m_tray) {
        m_tray = new TrayIcon(this);
        connect(m_tray, &TrayIcon::showRequested, this, [this] { bringToFront({}); });
        connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
        updateStatus();
    } else if (!tray && m_tray) {
        delete m_tray;
        m_tray = nullptr;
        if (!isVisible())
            show();
    }
}

void MainWindow::announceNewEventTypes(const QList<NewEventTypes::EventType> &eventTypes)
{
    if (eventTypes.isEmpty() || !m_settings->notifyNewEventTypes())
        return;
    QStringList names;
    for (const auto &[provider, eventType] : eventTypes) {
        const ProviderDefinition *definition = m_analyzer->catalog().provider(provider);
        names.append(tr("%1 %2").arg(definition ? definition->name : provider, eventType));
    }
    const QString text = names.size() == 1
            ? tr("First delivery of %1").arg(names.constFirst())
            : tr("First deliveries of new event types: %1").arg(names.join(u", "_s));
    if (m_tray)
        m_tray->showMessage(names.size() == 1 ? tr("New event type") : tr("New event types"), text);
    else
        statusBar()->showMessage(text, 10000);
    emit noticeShown(text);
}

void MainWindow::bringToFront(const QStringList &arguments)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    // The running console keeps its capture settings; say so when the second start asked for others.
    const bool otherOptions = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &argument) {
        return argument.startsWith(u"--listen"_s) || argument.startsWith(u"--endpoint"_s);
    });
    if (otherOptions)
        statusBar()->showMessage(tr("Hookscope was started again with this data directory; "
                                    "--listen and --endpoint apply only when it starts."), 10000);
}

void MainWindow::quit()
{
    m_quitting = true;
    if (close() && !QApplication::quitOnLastWindowClosed())
        QApplication::quit();
}

void MainWindow::compareSelected()
{
    // Two deliveries from the list, or two events from an event type's table.
    const bool events = m_stack->currentWidget() == m_eventTable;
    QTableView *view = events ? m_eventTable : m_list;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.size() != 2) {
        statusBar()->showMessage(events ? tr("Select two events to compare (Ctrl+click).")
                                        : tr("Select two deliveries to compare (Ctrl+click)."), 4000);
        return;
    }
    auto side = [&](const QModelIndex &row) {
        const int idRole = events ? int(EventTableModel::DeliveryIdRole) : int(DeliveryListModel::DeliveryIdRole);
        const qint64 id = row.data(idRole).toLongLong();
        DiffDialog::Side result;
        const std::optional<Delivery> delivery = m_store->load(id);
        if (!delivery)
            return result;
        const DeliveryAnalysis analysis = m_analyzer->analyze(*delivery);
        result.tree = JsonTree::parse(analysis.body, JsonParseMode::Lenient);
        const QString pointer = events ? row.data(EventTableModel::EventPointerRole).toString() : QString();
        result.node = qMax(0, result.tree.findPointer(pointer));
        result.title = tr("<b>#%1</b> %2 %3<br>%4")
                               .arg(id)
                               .arg(QDateTime::fromMSecsSinceEpoch(delivery->receivedAtNs / 1'000'000)
                                            .toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                    QString::fromUtf8(delivery->target).toHtmlEscaped(),
                                    analysis.eventTypes().join(u", "_s).toHtmlEscaped());
        return result;
    };
    // The older one on the left.
    const DiffDialog::Side newer = side(rows.at(0).row() < rows.at(1).row() ? rows.at(0) : rows.at(1));
    const DiffDialog::Side older = side(rows.at(0).row() < rows.at(1).row() ? rows.at(1) : rows.at(0));
    auto *dialog = new DiffDialog(older, newer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

ReplayDialog *MainWindow::replaySelected()
{
    constexpr qsizetype kMaxReplayed = 1000;
    QList<qint64> ids = selectedDeliveryIds();
    if (ids.isEmpty() && m_shownId > 0)
        ids = { m_shownId };
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Choose the deliveries to replay first."), 4000);
        return nullptr;
    }
    if (ids.size() > kMaxReplayed) {
        statusBar()->showMessage(tr("Replay sends at most %1 deliveries at a time; the oldest %1 "
                                    "of the selection are offered.").arg(kMaxReplayed), 6000);
        ids.resize(kMaxReplayed);
    }
    QList<Delivery> deliveries;
    for (qint64 id : std::as_const(ids)) {
        if (std::optional<Delivery> delivery = m_store->load(id))
            deliveries.append(std::move(*delivery));
    }
    if (deliveries.isEmpty())
        return nullptr;
    // Without a remembered URL, the capture server itself: the whole loop works with no app.
    const QString capture = captureUrl();
    const QString suggested = capture.isEmpty() ? QString() : capture + QString::fromUtf8(deliveries.first().target);
    auto *dialog = new ReplayDialog(std::move(deliveries),
                                    std::shared_ptr<const ProviderCatalog>(m_analyzer, &m_analyzer->catalog()),
                                    m_settings.get(), suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::copyAsCurl()
{
    const qint64 id = m_shownId;
    const std::optional<Delivery> delivery = id > 0 ? m_store->load(id) : std::nullopt;
    if (!delivery) {
        statusBar()->showMessage(tr("Choose a delivery first."), 3000);
        return;
    }
    CurlExporter::Options options;
    options.inlineBodyLimit = 1024 * 1024;
    if (CurlExporter::needsBodyFile(delivery->body, options)) {
        statusBar()->showMessage(tr("This body is binary or large: export it as curl with "
                                    "hookscope export --format curl, which writes it to a file."), 6000);
        return;
    }
    QApplication::clipboard()->setText(QString::fromUtf8(CurlExporter::command(*delivery, options)));
    statusBar()->showMessage(tr("Copied a curl command for delivery #%1.").arg(id), 3000);
}

void MainWindow::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import deliveries"), QString(),
                                                      tr("NDJSON or HAR (*.ndjson *.jsonl *.har *.json);;All files (*)"));
    if (!path.isEmpty())
        importPath(path);
}

void MainWindow::importPath(const QString &path)
{
    QFile file(path);
    QString error;
    std::unique_ptr<ImportReader> reader = file.open(QIODevice::ReadOnly) ? ImportReader::open(&file, &error) : nullptr;
    if (!reader) {
        QMessageBox::warning(this, tr("Import"), error.isEmpty() ? file.errorString() : error);
        return;
    }
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    DeliveryImporter importer(*m_store, *m_analyzer);
    importer.setProgress([&](qint64 imported) {
        progress.setLabelText(tr("Imported %Ln deliveries…", nullptr, int(imported)));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    QStringList problems;
    const bool ok = importer.run(*reader, [&](const QString &problem) {
        if (problems.size() < 20)
            problems.append(problem);
    });
    progress.close();
    const FacetSnapshot facets = m_store->facetSnapshot();
    m_sidebarModel->resetCounts(facets.counts);
    m_newEventTypes.learn(facets.counts); // imported, not arrived: nothing to announce
    m_lastCountedId = facets.lastId;
    applyFilter();
    QString summary = tr("Imported %Ln deliveries from %1.", nullptr, int(importer.imported())).arg(QFileInfo(path).fileName());
    if (importer.skipped() > 0)
        summary += u"\n"_s + tr("%Ln items could not be read:", nullptr, int(importer.skipped())) + u"\n"_s + problems.join(u"\n"_s);
    if (!ok)
        summary += u"\n"_s + importer.errorString();
    if (!ok || importer.skipped() > 0)
        QMessageBox::warning(this, tr("Import"), summary);
    else
        statusBar()->showMessage(summary, 5000);
}

ComposerWindow *MainWindow::openComposer()
{
    ComposerEnvironment environment { std::shared_ptr<const ProviderCatalog>(m_analyzer, &m_analyzer->catalog()),
                                      m_analyzer->endpoints(), captureUrl(), dataDirectory() };
    if (m_composer) {
        m_composer->setEnvironment(std::move(environment));
    } else {
        // A window of its own, owned by the console: it goes when the console goes.
        m_composer = new ComposerWindow(std::move(environment), this);
        m_composer->setWindowFlag(Qt::Window);
    }
    m_composer->show();
    m_composer->raise();
    m_composer->activateWindow();
    return m_composer;
}

QList<qint64> MainWindow::selectedDeliveryIds() const
{
    const bool events = m_stack->currentWidget() == m_eventTable;
    const QTableView *view = events ? m_eventTable : m_list;
    const int role = events ? int(EventTableModel::DeliveryIdRole) : int(DeliveryListModel::DeliveryIdRole);
    QList<qint64> ids;
    for (const QModelIndex &row : view->selectionModel()->selectedRows())
        ids.append(row.data(role).toLongLong());
    std::sort(ids.begin(), ids.end()); // oldest first, as every export writes them
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

ExportDialog *MainWindow::openExportDialog(ExportDialog::Scope scope)
{
    ExportDialog::Choices choices;
    choices.selectedIds = selectedDeliveryIds();
    if (m_stack->currentWidget() == m_eventTable) {
        choices.selectedProvider = m_eventModel->filter().provider;
        choices.selectedEventType = m_eventModel->filter().eventType;
    }
    choices.shown = m_filterBar->apply(m_sidebarFilter);
    choices.shownCount = m_store->count(choices.shown);
    choices.allCount = m_sidebarModel->total();
    return m_exportController->open(choices, scope);
}

void MainWindow::showDeliveryMenu(QAbstractItemView *view, const QPoint &position)
{
    if (!view->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Export selected…"), this, [this] { openExportDialog(ExportDialog::Scope::Selected); });
    menu.addAction(tr("Copy as &curl command"), this, &MainWindow::copyAsCurl);
    menu.addAction(tr("C&ompare the two selected"), this, &MainWindow::compareSelected);
    menu.addAction(tr("&Replay…"), this, &MainWindow::replaySelected);
    menu.exec(view->viewport()->mapToGlobal(position));
}

void MainWindow::showSidebarMenu(const QPoint &position)
{
    const QModelIndex index = m_sidebar->indexAt(position);
    if (!index.isValid())
        return;
    const int level = index.data(SidebarModel::LevelRole).toInt();
    const QModelIndex name = index.siblingAtColumn(SidebarModel::Name);
    const qint64 count = index.siblingAtColumn(SidebarModel::Count).data().toLongLong();
    QMenu menu(this);
    if (level == 0) {
        menu.addAction(tr("Clear &all deliveries…"), this,
                       [this, count] { confirmClear(RemovalScope(), tr("all deliveries"), count); });
    } else if (level <= 2) {
        RemovalScope scope;
        scope.endpoint = index.data(SidebarModel::EndpointRole).toString();
        QString what = name.data().toString();
        if (level == 2) {
            scope.provider = index.data(SidebarModel::ProviderRole).toString();
            what = name.parent().data().toString() + u" › "_s + what;
        }
        menu.addAction(tr("&Clear the deliveries of %1…").arg(what), this,
                       [this, scope, what, count] { confirmClear(scope, what, count); });
    } else {
        return;
    }
    menu.exec(m_sidebar->viewport()->mapToGlobal(position));
}

void MainWindow::confirmClear(const RemovalScope &scope, const QString &what, qint64 count)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Clear deliveries"),
                                tr("Delete the %Ln deliveries of %1 from the store?", nullptr, int(count)).arg(what),
                                QMessageBox::NoButton, this);
    box->setInformativeText(tr("Their bodies, events and search words go too. This cannot be undone; "
                               "export them first to keep a copy."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, remove, scope](QAbstractButton *button) {
        if (button == static_cast<QAbstractButton *>(remove)) {
            RemovalScope upToNow = scope;
            upToNow.throughId = m_store->lastId(); // what arrives from now on stays
            clearDeliveries(upToNow);
        }
        box->close();
    });
    box->open();
}

void MainWindow::clearDeliveries(const RemovalScope &scope)
{
    if (!m_capture || !m_capture->isRunning()) {
        statusBar()->showMessage(tr("Deliveries can be cleared while the capture server runs."), 6000);
        emit deliveriesCleared(-1);
        return;
    }
    statusBar()->showMessage(tr("Clearing deliveries…"));
    m_capture->removeDeliveries(scope);
}

// Deliveries left the store (retention or clearing): counts, list, table and timeline again.
void MainWindow::storeShrank()
{
    m_removalTimer.stop();
    m_timelineCounts->forget();
    const QModelIndex current = m_sidebar->currentIndex();
    const int level = current.isValid() ? current.data(SidebarModel::LevelRole).toInt() : 0;
    const QString endpoint = current.data(SidebarModel::EndpointRole).toString();
    const QString provider = current.data(SidebarModel::ProviderRole).toString();
    const QString eventType = current.data(SidebarModel::EventTypeRole).toString();
    const FacetSnapshot snapshot = m_store->facetSnapshot();
    m_sidebarModel->resetCounts(snapshot.counts);
    m_lastCountedId = snapshot.lastId;
    m_sidebar->expandToDepth(1);
    QModelIndex again = m_sidebarModel->indexOf(level, endpoint, provider, eventType);
    if (!again.isValid())
        again = m_sidebarModel->index(0, 0);
    {
        const QSignalBlocker blocker(m_sidebar->selectionModel());
        m_sidebar->setCurrentIndex(again);
    }
    sidebarChosen(again);
    if (m_shownId > 0 && !m_store->load(m_shownId)) {
        m_detail->showMessage(tr("Delivery #%1 is no longer stored.").arg(m_shownId));
        m_shownId = 0;
    }
    updateStatus();
}

void MainWindow::applySettings(const AppSettings &settings, CaptureOptions *options,
                               SettingsParts parts)
{
    if (parts.retention)
        options->retention = settings.retention();
    if (parts.store && !settings.sharedStoreUrl().isEmpty())
        options->store = DataDirectory::storeOptions(DataDirectory::ofDatabase(options->store.databasePath),
                                                     settings.sharedStoreUrl(), settings.nodeName());
    if (parts.listenAddress) {
        QString ignored;
        CaptureOptionsParser::parseListenAddress(settings.listenAddress(), &options->address,
                                                 &options->port, &ignored);
    }
    if (parts.limits) {
        options->limits.maxBodyBytes = qint64(settings.maxBodyMiB()) * 1024 * 1024;
        options->limits.headTimeout = std::chrono::seconds(settings.headTimeoutSeconds());
        options->limits.requestTimeout = std::chrono::seconds(settings.requestTimeoutSeconds());
        options->limits.idleTimeout = std::chrono::seconds(settings.idleTimeoutSeconds());
    }
}

QString MainWindow::dataDirectory() const
{
    return DataDirectory::ofDatabase(m_storeOptions.databasePath);
}

void MainWindow::openSettings()
{
    SettingsDialog::Values values;
    values.listenAddress = m_capture && m_capture->isRunning()
            ? listenUrl(m_capture->listenAddress(), m_capture->listenPort()).mid(7)
            : m_settings->listenAddress();
    values.maxBodyMiB = m_settings->maxBodyMiB();
    values.headTimeoutSeconds = m_settings->headTimeoutSeconds();
    values.requestTimeoutSeconds = m_settings->requestTimeoutSeconds();
    values.idleTimeoutSeconds = m_settings->idleTimeoutSeconds();
    values.endpoints = m_analyzer->endpoints();
    values.theme = m_settings->theme();
    values.language = m_settings->language();
    values.trayIcon = m_settings->trayIcon();
    values.notifyNewEventTypes = m_settings->notifyNewEventTypes();
    values.retention = m_capture ? m_capture->options().retention : m_settings->retention();
    values.sharedStoreUrl = m_settings->sharedStoreUrl();
    values.nodeName = m_settings->nodeName();
    QStringList providers;
    for (const ProviderDefinition &provider : m_analyzer->catalog().providers())
        providers.append(provider.id);
    SettingsDialog dialog(values, providers, dataDirectory(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SettingsDialog::Values chosen = dialog.values();

    m_settings->setListenAddress(chosen.listenAddress);
    m_settings->setMaxBodyMiB(chosen.maxBodyMiB);
    m_settings->setHeadTimeoutSeconds(chosen.headTimeoutSeconds);
    m_settings->setRequestTimeoutSeconds(chosen.requestTimeoutSeconds);
    m_settings->setIdleTimeoutSeconds(chosen.idleTimeoutSeconds);
    m_settings->setTheme(chosen.theme);
    m_settings->setLanguage(chosen.language);
    m_settings->setTrayIcon(chosen.trayIcon);
    m_settings->setNotifyNewEventTypes(chosen.notifyNewEventTypes);
    m_settings->setRetention(chosen.retention);
    m_settings->setSharedStoreUrl(chosen.sharedStoreUrl);
    m_settings->setNodeName(chosen.nodeName);
    applyTheme();
    applyDesktopSettings();

    QString error;
    if (!EndpointRepository(dataDirectory()).save(chosen.endpoints, &error))
        QMessageBox::warning(this, tr("Settings"), tr("The endpoints were not saved: %1").arg(error));
    m_analyzer = std::make_shared<const DeliveryAnalyzer>(
            std::shared_ptr<const ProviderCatalog>(m_analyzer, &m_analyzer->catalog()), chosen.endpoints);
    m_exportController->setAnalyzer(m_analyzer);
    m_tunnelPanel->setEndpoints(chosen.endpoints);
    if (!m_capture)
        return;
    m_capture->setPreparer(std::make_shared<ProviderDeliveryPreparer>(m_analyzer));
    if (chosen.retention != m_capture->options().retention)
        m_capture->setRetention(chosen.retention);
    CaptureOptions options = m_capture->options();
    SettingsParts fromSettings;
    fromSettings.retention = false; // retention changes apply to the running store
    fromSettings.store = false;     // another store applies from the next start
    applySettings(*m_settings, &options, fromSettings);
    const bool listenChanged = options.address != m_capture->listenAddress()
            || (options.port != 0 && options.port != m_capture->listenPort());
    const CaptureLimits &was = m_capture->options().limits;
    const bool limitsChanged = options.limits.maxBodyBytes != was.maxBodyBytes
            || options.limits.headTimeout != was.headTimeout
            || options.limits.requestTimeout != was.requestTimeout
            || options.limits.idleTimeout != was.idleTimeout;
    if (listenChanged || limitsChanged) {
        const QString restartError = m_capture->restart(options);
        m_tunnelPanel->setCaptureAddress(m_capture->listenAddress(),
                                         m_capture->isRunning() ? m_capture->listenPort() : quint16(0));
        m_storeError = restartError.isEmpty() ? QString() : tr("Capture server not restarted: %1").arg(restartError);
        updateEmptyState();
        updateStatus();
    }
    if (m_composer)
        m_composer->setEnvironment({ {}, chosen.endpoints, captureUrl(), dataDirectory() });
}

} // namespace hookscope
