#pragma once

// The one place that knows how QAbstractHttpServer's API differs between Qt 6.4 and 6.8:
// handleRequest()/missingHandler() signatures, bind() and request accessors.

#include "common/httpheaders.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;

namespace hookscope {

// Identifies a client connection in a way every Qt version can give us for a request.
struct PeerKey
{
    QHostAddress address;
    quint16 port = 0;

    friend bool operator==(const PeerKey &a, const PeerKey &b)
    {
        return a.port == b.port && a.address == b.address;
    }
};
size_t qHash(const PeerKey &key, size_t seed = 0);

// Keeps QHttpServer's per-request state alive until the answer is written, which may be long
// after handleRequest() returned (a delivery is answered only once it is durable). The answer
// itself is written as raw bytes so that what is stored is exactly what was sent.
class DeferredResponse
{
public:
    DeferredResponse() = default;
    DeferredResponse(DeferredResponse &&) noexcept;
    DeferredResponse &operator=(DeferredResponse &&) noexcept;
    ~DeferredResponse();

    void setSocket(QTcpSocket *socket) { m_socket = socket; }
    QTcpSocket *socket() const { return m_socket.data(); }

    // Writes the bytes if the client is still connected; returns whether it was.
    bool send(const QByteArray &rawResponse);

private:
    friend class CompatHttpServer;
    QPointer<QTcpSocket> m_socket;
    std::unique_ptr<QHttpServerResponder> m_responder; // only on Qt >= 6.5
};

class CompatHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using QAbstractHttpServer::QAbstractHttpServer;

    // Hands an already listening QTcpServer to QHttpServer.
    bool bindListeningServer(QTcpServer *server);

    static HttpHeaderList requestHeaders(const QHttpServerRequest &request);

protected:
    // Called for every complete request; socket is null where Qt does not tell it (>= 6.5).
    virtual void onRequest(const QHttpServerRequest &request, const PeerKey &peer,
                           DeferredResponse response) = 0;

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) override;
#endif
};

} // namespace hookscope
