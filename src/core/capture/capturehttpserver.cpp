#include "capturehttpserver.h"

#include "common/timestamp.h"
#include "connectionguard.h"
#include "guardedtcpserver.h"
#include "common/httpresponse.h"
#include "pendinganswer.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCapture, "hookscope.capture", QtWarningMsg)

namespace hookscope {

namespace {

QString displayAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    const QMetaEnum metaEnum = QMetaEnum::fromType<QHttpServerRequest::Method>();
    return QByteArray(metaEnum.valueToKey(int(method))).toUpper();
}

QByteArray targetOf(const QUrl &url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    return target.isEmpty() ? QByteArray("/") : target;
}

// The guard and QHttpServer frame the stream independently; check they agree on this request.
bool headMatches(const RequestHead &head, const QHttpServerRequest &request)
{
    const QByteArray qtMethod = methodName(request.method());
    const bool methodKnownToQt = request.method() != QHttpServerRequest::Method::Unknown;
    if (methodKnownToQt && head.method != qtMethod)
        return false;
    return QUrl::fromEncoded(head.target).path() == request.url().path();
}

} // namespace

CaptureHttpServer::CaptureHttpServer(const CaptureLimits &limits, QObject *parent)
    : CompatHttpServer(parent), m_limits(limits)
{
}

CaptureHttpServer::~CaptureHttpServer() = default;

bool CaptureHttpServer::listen(const QHostAddress &address, quint16 port, QString *errorMessage)
{
    auto *server = new GuardedTcpServer(m_limits, this);
    // Qt's default backlog of 50 drops connections when a vendor sends a burst; the kernel caps
    // it at net.core.somaxconn.
    server->setListenBacklogSize(qBound(50, m_limits.maxConnections, 4096));
    if (!server->listen(address, port)) {
        if (errorMessage)
            *errorMessage = server->errorString();
        delete server;
        return false;
    }
    connect(server, &GuardedTcpServer::connectionGuarded, this,
            &CaptureHttpServer::connectionAccepted);
    bindListeningServer(server);
    m_tcpServer = server;
    return true;
}

void CaptureHttpServer::stopListening()
{
    if (m_tcpServer)
        m_tcpServer->close();
}

bool CaptureHttpServer::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

QHostAddress CaptureHttpServer::serverAddress() const
{
    return m_tcpServer ? m_tcpServer->serverAddress() : QHostAddress();
}

quint16 CaptureHttpServer::serverPort() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

void CaptureHttpServer::connectionAccepted(ConnectionGuard *guard)
{
    guard->attachAfterServer();
    QTcpSocket *socket = guard->socket();
    const PeerKey key { socket->peerAddress(), socket->peerPort() };
    m_guards.insert(key, guard);
    connect(guard, &QObject::destroyed, this, [this, key, guard] {
        auto it = m_guards.find(key);
        if (it != m_guards.end() && it.value() == guard)
            m_guards.erase(it);
    });
    connect(guard, &ConnectionGuard::requestRejected, this, [this](const Delivery &rejected) {
        if (m_sink)
            m_sink->requestRefused(rejected);
    });
}

void CaptureHttpServer::onRequest(const QHttpServerRequest &request, const PeerKey &peer,
                                  DeferredResponse response)
{
    ConnectionGuard *guard = m_guards.value(peer);
    if (!response.socket() && guard)
        response.setSocket(guard->socket());
    bool closeAfter = false;
    Delivery delivery = deliveryFrom(request, peer, guard, &closeAfter);
    PendingAnswer answer(std::move(response), guard, closeAfter);
    if (!m_sink) {
        answer.answer(makeJsonError(503, u"capture is not ready"_s));
        return;
    }
    m_sink->requestCaptured(std::move(delivery), std::move(answer));
}

Delivery CaptureHttpServer::deliveryFrom(const QHttpServerRequest &request, const PeerKey &peer,
                                         ConnectionGuard *guard, bool *closeAfter) const
{
    Delivery delivery;
    delivery.receivedAtNs = currentUtcNanoseconds();
    delivery.peerAddress = displayAddress(peer.address);
    delivery.peerPort = peer.port;
    delivery.body = request.body();

    std::optional<RequestHead> head = guard ? guard->takeReceivedHead() : std::nullopt;
    if (head && headMatches(*head, request)) {
        delivery.method = head->method;
        delivery.target = head->target;
        delivery.httpVersion = head->httpVersion;
        delivery.headers = head->headers;
        *closeAfter = head->wantsClose;
    } else {
        qCWarning(lcCapture) << "request head not seen by the connection guard; using"
                             << "QHttpServer's view of" << request.url().path();
        delivery.method = methodName(request.method());
        delivery.target = targetOf(request.url());
        delivery.httpVersion = "HTTP/1.1";
        delivery.headers = requestHeaders(request);
    }
    delivery.declaredBodyBytes = delivery.body.size();
    return delivery;
}

} // namespace hookscope
