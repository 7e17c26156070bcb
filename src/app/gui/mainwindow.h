#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace hookscope {

class CaptureHost;
class DeliveryListModel;
class DeliveryStore;

// The console window: live list of deliveries, the chosen one's request and response.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(CaptureHost *capture, const QString &databasePath, const QString &startError,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    DeliveryListModel *deliveryModel() const { return m_model; }
    QTableView *deliveryView() const { return m_list; }

private:
    void showDelivery(const QModelIndex &index);
    void updateEmptyState();
    void updateStatus();
    QString captureUrl() const;

    CaptureHost *m_capture;
    std::unique_ptr<DeliveryStore> m_store;
    DeliveryListModel *m_model = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_emptyState = nullptr;
    QTableView *m_list = nullptr;
    QTabWidget *m_details = nullptr;
    QPlainTextEdit *m_requestView = nullptr;
    QPlainTextEdit *m_responseView = nullptr;
    QLabel *m_listenLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_storeLabel = nullptr;
    QString m_storeError;
};

} // namespace hookscope
