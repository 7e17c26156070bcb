#pragma once

#include "capturelimits.h"
#include "common/delivery.h"
#include "requestframer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace hookscope {

// Watches one client connection on behalf of QHttpServer, which by itself bounds neither size
// nor time. Its readyRead handler runs before QHttpServer's (connected first) and one more runs
// after it, so it sees every byte exactly once and frames requests in step with QHttpServer:
// it keeps each request's head as sent, enforces CaptureLimits and timeouts, answers
// "100 Continue", and when a client oversteps it takes the connection over, answers with an
// error, and closes it gracefully without buffering what the client keeps sending.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, const CaptureLimits &limits);

    QTcpSocket *socket() const { return m_socket; }

    // Called once QHttpServer has connected its own readyRead handler to the socket.
    void attachAfterServer();

    // The head of the oldest fully received request QHttpServer has not handed over yet.
    std::optional<RequestHead> takeReceivedHead();

    void responseOwed();
    void responseSent(bool closeConnection);

Q_SIGNALS:
    // The guard refused a request; the record carries whatever of it was received.
    void requestRejected(const hookscope::Delivery &rejected);

private:
    enum class Deadline { None, Idle, Head, Request, Linger };

    void beforeServerReads();
    void afterServerReads();
    void feedFramer(QByteArrayView bytes);
    void onRequestStarted();
    void onHeadComplete();
    void onRequestComplete();
    void reject(FramingError error);
    void rejectWith(int status, const QString &reason);
    void takeOver(int status, const QString &reason);
    void writePendingRejection();
    void drainAfterTakeover();
    void arm(Deadline deadline, std::chrono::milliseconds timeout);
    void onDeadline();
    void armIdleIfQuiet();

    QTcpSocket *m_socket;
    CaptureLimits m_limits;
    RequestFramer m_framer;
    QTimer m_timer;
    Deadline m_deadline = Deadline::None;
    QElapsedTimer m_requestClock;
    qint64 m_unconsumed = 0;
    QQueue<RequestHead> m_receivedHeads;
    int m_owedResponses = 0;
    bool m_takenOver = false;
    QByteArray m_pendingRejection;
    // A rejection that waits until QHttpServer has handed over the requests received complete
    // before the bytes that caused it: those are answered first, in order.
    std::optional<std::pair<int, QString>> m_deferredRejection;
    qint64 m_drainedBytes = 0;
    QMetaObject::Connection m_afterServerConnection;
};

} // namespace hookscope
