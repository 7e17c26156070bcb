#include "connectionguard.h"

#include "common/timestamp.h"
#include "common/httpresponse.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcGuard, "hookscope.capture.guard", QtWarningMsg)

namespace hookscope {

namespace {

void shutdownWriteSide(QTcpSocket *socket)
{
#if defined(Q_OS_UNIX)
    ::shutdown(static_cast<int>(socket->socketDescriptor()), SHUT_WR);
#else
    socket->disconnectFromHost();
#endif
}

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(duration.count() / 1000.0, 'g', 4) + u" s"_s;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const CaptureLimits &limits)
    : QObject(socket), m_socket(socket), m_limits(limits), m_framer(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onDeadline);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::beforeServerReads);
    arm(Deadline::Idle, m_limits.idleTimeout);
}

void ConnectionGuard::attachAfterServer()
{
    if (m_takenOver)
        return;
    QObject::disconnect(m_afterServerConnection);
    m_afterServerConnection =
            connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::afterServerReads);
}

std::optional<RequestHead> ConnectionGuard::takeReceivedHead()
{
    if (m_receivedHeads.isEmpty())
        return std::nullopt;
    RequestHead head = m_receivedHeads.dequeue();
    if (m_receivedHeads.isEmpty() && m_deferredRejection) {
        // Not from within QHttpServer's own handling of this request.
        QMetaObject::invokeMethod(this, [this] {
            if (m_deferredRejection && !m_takenOver)
                takeOver(m_deferredRejection->first, m_deferredRejection->second);
        }, Qt::QueuedConnection);
    } else if (m_receivedHeads.isEmpty() && m_framer.isBetweenRequests()) {
        m_timer.stop();
        m_deadline = Deadline::None;
    }
    return head;
}

void ConnectionGuard::responseOwed()
{
    ++m_owedResponses;
    if (m_deadline == Deadline::Idle) {
        m_timer.stop();
        m_deadline = Deadline::None;
    }
}

void ConnectionGuard::responseSent(bool closeConnection)
{
    --m_owedResponses;
    if (closeConnection) {
        m_socket->disconnectFromHost();
        return;
    }
    if (m_takenOver) {
        if (m_owedResponses == 0 && !m_pendingRejection.isEmpty())
            writePendingRejection();
        return;
    }
    // Qt >= 6.5 reconnects its own handler once a response is done; stay after it.
    attachAfterServer();
    armIdleIfQuiet();
}

void ConnectionGuard::beforeServerReads()
{
    if (m_deferredRejection) {
        if (m_receivedHeads.isEmpty())
            takeOver(m_deferredRejection->first, m_deferredRejection->second);
        return; // the framer has said its last word on this connection
    }
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unconsumed;
    if (fresh <= 0)
        return;
    const QByteArray bytes = m_socket->peek(available);
    m_unconsumed = available;
    feedFramer(QByteArrayView(bytes).sliced(bytes.size() - qMin<qint64>(fresh, bytes.size())));
}

void ConnectionGuard::afterServerReads()
{
    m_unconsumed = m_socket->bytesAvailable();
}

void ConnectionGuard::feedFramer(QByteArrayView bytes)
{
    for (;;) {
        const RequestFramer::Step step = m_framer.advance(bytes);
        bytes = bytes.sliced(step.consumed);
        switch (step.event) {
        case RequestFramer::Event::None:
            if (bytes.isEmpty() || step.consumed == 0)
                return;
            break;
        case RequestFramer::Event::RequestStarted:
            onRequestStarted();
            break;
        case RequestFramer::Event::HeadComplete:
            onHeadComplete();
            break;
        case RequestFramer::Event::RequestComplete:
            onRequestComplete();
            break;
        case RequestFramer::Event::Error:
            reject(m_framer.error());
            return;
        }
    }
}

void ConnectionGuard::onRequestStarted()
{
    m_requestClock.start();
    arm(Deadline::Head, m_limits.headTimeout);
}

void ConnectionGuard::onHeadComplete()
{
    const auto elapsed = std::chrono::milliseconds(m_requestClock.elapsed());
    arm(Deadline::Request, qMax(m_limits.requestTimeout - elapsed, 0ms));
    // Without this, curl and others wait a second before sending a large body.
    if (m_framer.head().expectsContinue && m_owedResponses == 0 && m_receivedHeads.isEmpty())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void ConnectionGuard::onRequestComplete()
{
    // The Request deadline keeps running until QHttpServer has taken the request.
    m_receivedHeads.enqueue(m_framer.head());
}

void ConnectionGuard::reject(FramingError error)
{
    QString reason = describeFramingError(error);
    if (error == FramingError::BodyTooLarge)
        reason += u": the limit is %1 bytes"_s.arg(m_limits.maxBodyBytes);
    else if (error == FramingError::HeadTooLarge)
        reason += u": the limit is %1 bytes"_s.arg(m_limits.maxHeadBytes);
    rejectWith(httpStatusFor(error), reason);
}

void ConnectionGuard::rejectWith(int status, const QString &reason)
{
    if (!m_receivedHeads.isEmpty() && !m_deferredRejection) {
        m_deferredRejection.emplace(status, reason);
        // Should QHttpServer not take them, the connection is taken over all the same.
        arm(Deadline::Request, m_limits.lingerTimeout);
        return;
    }
    takeOver(status, reason);
}

void ConnectionGuard::takeOver(int status, const QString &reason)
{
    m_takenOver = true;
    m_deferredRejection.reset();
    m_timer.stop();
    m_deadline = Deadline::None;

    DeliveryResponse response = makeJsonError(status, reason);
    response.headers.append(HttpHeader{ "Connection", "close" });
    m_pendingRejection = toWire(response);

    if (m_framer.hasHead()) {
        const RequestHead &head = m_framer.head();
        Delivery rejected;
        rejected.receivedAtNs = currentUtcNanoseconds();
        rejected.method = head.method;
        rejected.target = head.target;
        rejected.httpVersion = head.httpVersion;
        rejected.headers = head.headers;
        rejected.peerAddress = m_socket->peerAddress().toString();
        rejected.peerPort = m_socket->peerPort();
        rejected.rejection = reason;
        rejected.declaredBodyBytes = head.chunked ? -1 : head.contentLength;
        rejected.response = response;
        emit requestRejected(rejected);
    } else {
        qCInfo(lcGuard) << "refused a request from" << m_socket->peerAddress() << reason;
    }

    // From here on QHttpServer sees nothing more of this connection.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::drainAfterTakeover);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    drainAfterTakeover();
    if (m_owedResponses == 0)
        writePendingRejection();
}

void ConnectionGuard::writePendingRejection()
{
    m_socket->write(m_pendingRejection);
    m_pendingRejection.clear();
    // Half-close once the answer is out, then keep reading for a while: closing with unread
    // input would reset the connection and the client might never see the answer.
    auto halfCloseWhenFlushed = [this] {
        if (m_socket->bytesToWrite() == 0 && m_deadline != Deadline::Linger) {
            shutdownWriteSide(m_socket);
            arm(Deadline::Linger, m_limits.lingerTimeout);
        }
    };
    connect(m_socket, &QIODevice::bytesWritten, this, halfCloseWhenFlushed);
    halfCloseWhenFlushed();
}

void ConnectionGuard::drainAfterTakeover()
{
    m_drainedBytes += m_socket->skip(m_socket->bytesAvailable());
    if (m_drainedBytes > m_limits.lingerBytes && m_deadline == Deadline::Linger)
        m_socket->abort();
}

void ConnectionGuard::arm(Deadline deadline, std::chrono::milliseconds timeout)
{
    m_deadline = deadline;
    m_timer.start(timeout);
}

void ConnectionGuard::armIdleIfQuiet()
{
    if (m_owedResponses == 0 && m_receivedHeads.isEmpty() && m_framer.isBetweenRequests())
        arm(Deadline::Idle, m_limits.idleTimeout);
}

void ConnectionGuard::onDeadline()
{
    const Deadline expired = m_deadline;
    m_deadline = Deadline::None;
    switch (expired) {
    case Deadline::None:
        break;
    case Deadline::Idle:
        if (m_owedResponses == 0)
            m_socket->disconnectFromHost();
        break;
    case Deadline::Head:
        rejectWith(408, u"request headers not received within %1"_s.arg(seconds(m_limits.headTimeout)));
        break;
    case Deadline::Request:
        if (m_deferredRejection) {
            takeOver(m_deferredRejection->first, m_deferredRejection->second);
            break;
        }
        rejectWith(408, u"request not received within %1 (%2 body bytes arrived)"_s
                                .arg(seconds(m_limits.requestTimeout))
                                .arg(m_framer.bodyBytesReceived()));
        break;
    case Deadline::Linger:
        m_socket->abort();
        break;
    }
}

} // namespace hookscope
