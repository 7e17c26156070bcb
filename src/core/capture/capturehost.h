#pragma once

#include "captureservice.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <memory>

namespace hookscope {

// Runs a CaptureService on a thread of its own, so that neither the GUI nor a slow disk slows
// the other down. All members are called from the thread that created the host.
class CaptureHost : public QObject
{
    Q_OBJECT
public:
    CaptureHost(const CaptureOptions &options, std::shared_ptr<const DeliveryPreparer> preparer,
                QObject *parent = nullptr);
    ~CaptureHost() override;

    // Blocks until the server listens or failed to; returns the error message or empty.
    QString start();
    // Blocks until pending deliveries are answered and the store is closed.
    void stop();
    // Stops, then starts with new options (another address or limits); nothing is lost: what
    // was received before is answered and stored first. Returns the error message or empty.
    QString restart(const CaptureOptions &options);
    bool isRunning() const { return m_running; }

    void setPreparer(std::shared_ptr<const DeliveryPreparer> preparer);
    // Asynchronous, on the store's indexing thread; kept across restarts.
    void setRetention(const RetentionPolicy &policy);
    // Asynchronous: removalFinished() says when it is done.
    void removeDeliveries(const RemovalScope &scope);
    QHostAddress listenAddress() const { return m_address; }
    quint16 listenPort() const { return m_port; }
    const CaptureOptions &options() const { return m_options; }

Q_SIGNALS:
    void deliveriesStored(qint64 lastId, int count);
    void storeFailed(const QString &message);
    void storeRecovered();
    void forwardRecorded(qint64 deliveryId);
    void deliveriesRemoved(qint64 count);
    void removalFinished(qint64 removed, const QString &error);

private:
    CaptureOptions m_options;
    QThread m_thread;
    CaptureService *m_service = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace hookscope
