#include "httpservercompat.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace hookscope {

size_t qHash(const PeerKey &key, size_t seed)
{
    return ::qHash(key.address, seed) ^ ::qHash(key.port, seed);
}

DeferredResponse::DeferredResponse(DeferredResponse &&) noexcept = default;
DeferredResponse &DeferredResponse::operator=(DeferredResponse &&) noexcept = default;
DeferredResponse::~DeferredResponse() = default;

bool DeferredResponse::send(const QByteArray &rawResponse)
{
    const bool connected = m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    if (connected)
        m_socket->write(rawResponse);
    // Destroying the responder lets Qt >= 6.5 read the connection's next request.
    m_responder.reset();
    return connected;
}

bool CompatHttpServer::bindListeningServer(QTcpServer *server)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    if (!server->isListening())
        return false;
    bind(server);
    return true;
#else
    return bind(server);
#endif
}

HttpHeaderList CompatHttpServer::requestHeaders(const QHttpServerRequest &request)
{
    HttpHeaderList headers;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    const auto pairs = request.headers();
    headers.reserve(pairs.size());
    for (const auto &pair : pairs)
        headers.append(HttpHeader{ pair.first, pair.second });
#else
    const QHttpHeaders &qtHeaders = request.headers();
    headers.reserve(qtHeaders.size());
    for (qsizetype i = 0; i < qtHeaders.size(); ++i) {
        const QLatin1StringView name = qtHeaders.nameAt(i);
        headers.append(HttpHeader{ QByteArray(name.data(), name.size()), qtHeaders.valueAt(i).toByteArray() });
    }
#endif
    return headers;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool CompatHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    DeferredResponse response;
    response.setSocket(socket);
    onRequest(request, PeerKey { socket->peerAddress(), socket->peerPort() }, std::move(response));
    return true;
}

void CompatHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket); // never reached: handleRequest() takes every request
}

#else

bool CompatHttpServer::handleRequest(const QHttpServerRequest &request,
                                     QHttpServerResponder &responder)
{
    DeferredResponse response;
    response.m_responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    onRequest(request, PeerKey { request.remoteAddress(), request.remotePort() },
              std::move(response));
    return true;
}

void CompatHttpServer::missingHandler(const QHttpServerRequest &request,
                                      QHttpServerResponder &&responder)
{
    handleRequest(request, responder);
}

#endif

} // namespace hookscope
