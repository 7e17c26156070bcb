#pragma once

#include "store/storeoptions.h"
#include "deliveryinspection.h"
#include "exportdialog.h"
#include "neweventtypes.h"
#include "store/deliveryfilter.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QDockWidget;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeView;
class QAbstractItemView;
class QActionGroup;

namespace hookscope {

class AppSettings;
class StoreWatcher;
class CaptureHost;
class ComposerWindow;
class ReplayDialog;
struct CaptureOptions;
class DeliveryAnalyzer;
class DeliveryDetailView;
class DeliveryListModel;
class DeliveryStore;
class EventTableModel;
class ExportController;
class FilterBar;
struct RemovalScope;
class SidebarModel;
class StatusBanner;
class TimelineCounts;
class TimelineWidget;
class TrayIcon;
class TunnelPanel;

// The console: sidebar of endpoints/providers/event types, timeline, filters, the delivery list
// or an event type's table, and the chosen delivery in detail.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(CaptureHost *capture, const StoreOptions &store,
               std::shared_ptr<const DeliveryAnalyzer> analyzer, const QString &startError,
               const QString &readOnlyReason = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // Which of the console's capture settings apply: the ones the command line did not give.
    struct SettingsParts
    {
        bool listenAddress = true;
        bool limits = true;
        bool retention = true;
        bool store = true;
    };
    static void applySettings(const AppSettings &settings, CaptureOptions *options,
                              SettingsParts parts);

    DeliveryListModel *deliveryModel() const { return m_listModel; }
    QTableView *deliveryView() const { return m_list; }
    EventTableModel *eventModel() const { return m_eventModel; }
    QTableView *eventView() const { return m_eventTable; }
    SidebarModel *sidebarModel() const { return m_sidebarModel; }
    QTreeView *sidebarView() const { return m_sidebar; }
    DeliveryDetailView *detailView() const { return m_detail; }
    FilterBar *filterBar() const { return m_filterBar; }
    TimelineWidget *timeline() const { return m_timeline; }
    TunnelPanel *tunnelPanel() const { return m_tunnelPanel; }
    QDockWidget *tunnelDock() const { return m_tunnelDock; }
    // The delivery the detail view shows once its analysis finished (for tests).
    qint64 shownDeliveryId() const { return m_shownId; }
    // Imports an NDJSON or HAR file into the store, with progress; problems are reported.
    void importPath(const QString &path);
    // Shown, raised and focused: Hookscope was started again with this data directory.
    void bringToFront(const QStringList &arguments);
    TrayIcon *trayIcon() const { return m_tray; }
    // Across the top: what stops deliveries being stored; what the user should know (a store
    // opened read-only, a data directory others can read).
    StatusBanner *storeBanner() const { return m_storeBanner; }
    StatusBanner *noticeBanner() const { return m_noticeBanner; }
    // The composer window (one, made on first use), shown.
    ComposerWindow *openComposer();
    // Deliveries > Replay…: the selected deliveries (else the one shown) in a replay dialog;
    // null when none is chosen.
    ReplayDialog *replaySelected();

    // File > Export: the dialog, offering the selection, what the list shows, or all.
    ExportDialog *openExportDialog(ExportDialog::Scope scope);
    ExportController *exportController() const { return m_exportController; }
    // Removes deliveries on the store's thread; the views follow. deliveriesCleared() says when.
    void clearDeliveries(const RemovalScope &scope);

Q_SIGNALS:
    void deliveryShown(qint64 id);
    void deliveriesCleared(qint64 removed);
    // A notice for the user (new event types), in the tray or the status bar.
    void noticeShown(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildTunnelDock();
    void updateTunnelStatus();
    void restoreLayout();
    void watchSharedStore(const StoreOptions &options);
    void applyFilter();
    void sidebarChosen(const QModelIndex &index);
    void deliveryChosen(qint64 id, const QString &eventPointer);
    void inspectionFinished();
    void deliveriesArrived();
    void refreshLiveViews();
    void refreshTimeline();
    void updateEmptyState();
    void updateStatus();
    void compareSelected();
    void copyAsCurl();
    void importFile();
    QList<qint64> selectedDeliveryIds() const;
    void showDeliveryMenu(QAbstractItemView *view, const QPoint &position);
    void showSidebarMenu(const QPoint &position);
    void confirmClear(const RemovalScope &scope, const QString &what, qint64 count);
    void storeShrank();
    void openSettings();
    void applyTheme();
    void applyDesktopSettings();
    void announceNewEventTypes(const QList<NewEventTypes::EventType> &eventTypes);
    void quit();
    void saveEventTableState();
    void fitEventColumns();
    QString captureUrl() const;
    QString dataDirectory() const;

    CaptureHost *m_capture;
    StoreOptions m_storeOptions;
    StoreWatcher *m_watcher = nullptr;
    std::shared_ptr<const DeliveryAnalyzer> m_analyzer;
    std::unique_ptr<DeliveryStore> m_store;
    std::unique_ptr<TimelineCounts> m_timelineCounts;
    std::unique_ptr<AppSettings> m_settings;
    DeliveryListModel *m_listModel = nullptr;
    EventTableModel *m_eventModel = nullptr;
    SidebarModel *m_sidebarModel = nullptr;
    QTreeView *m_sidebar = nullptr;
    TimelineWidget *m_timeline = nullptr;
    FilterBar *m_filterBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    QTableView *m_list = nullptr;
    QTableView *m_eventTable = nullptr;
    DeliveryDetailView *m_detail = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QLabel *m_listenLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_tunnelLabel = nullptr;
    StatusBanner *m_storeBanner = nullptr;
    StatusBanner *m_noticeBanner = nullptr;
    TunnelPanel *m_tunnelPanel = nullptr;
    QDockWidget *m_tunnelDock = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    TrayIcon *m_tray = nullptr;
    NewEventTypes m_newEventTypes;
    bool m_quitting = false;
    bool m_readOnly = false; // the store is only looked at (see StoreProblemPrompt); capture is off
    bool m_toldAboutTray = false;
    ExportController *m_exportController = nullptr;
    QTimer m_removalTimer; // views follow removals at most a few times a second
    QPointer<ComposerWindow> m_composer;

    DeliveryFilter m_sidebarFilter; // endpoint, provider, event type chosen in the sidebar
    QString m_storeError;
    qint64 m_lastCountedId = 0;
    QTimer m_liveTimer;     // batches live updates to ~30 a second
    QTimer m_slowTimer;     // timeline and status, once a second
    QList<QPair<qint64, qint64>> m_rateSamples; // (ms clock, total)
    QElapsedTimer m_clock;
    quint64 m_inspectionGeneration = 0;
    QFutureWatcher<DeliveryInspection> m_inspection;
    qint64 m_shownId = 0;
};

} // namespace hookscope
