#pragma once

#include "capturelimits.h"
#include "common/delivery.h"
#include "httpservercompat.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>

namespace hookscope {

class ConnectionGuard;
class GuardedTcpServer;
class PendingAnswer;

// Receives what the capture server takes in. Implemented by the capture service, which decides
// the response, stores the delivery and answers once it is durable.
class CaptureSink
{
public:
    virtual ~CaptureSink() = default;
    virtual void requestCaptured(Delivery delivery, PendingAnswer answer) = 0;
    // A request the server refused (too large, too slow, malformed); already answered.
    virtual void requestRefused(const Delivery &delivery) = 0;
};

// The capture HTTP server: every method and path is a delivery. QHttpServer parses; a
// ConnectionGuard on each connection bounds size and time and keeps each request head as sent.
class CaptureHttpServer : public CompatHttpServer
{
    Q_OBJECT
public:
    explicit CaptureHttpServer(const CaptureLimits &limits, QObject *parent = nullptr);
    ~CaptureHttpServer() override;

    void setSink(CaptureSink *sink) { m_sink = sink; }

    bool listen(const QHostAddress &address, quint16 port, QString *errorMessage);
    void stopListening();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    int connectionCount() const { return int(m_guards.size()); }

protected:
    void onRequest(const QHttpServerRequest &request, const PeerKey &peer,
                   DeferredResponse response) override;

private:
    void connectionAccepted(ConnectionGuard *guard);
    Delivery deliveryFrom(const QHttpServerRequest &request, const PeerKey &peer,
                          ConnectionGuard *guard, bool *closeAfter) const;

    CaptureLimits m_limits;
    CaptureSink *m_sink = nullptr;
    QPointer<GuardedTcpServer> m_tcpServer;
    QHash<PeerKey, ConnectionGuard *> m_guards;
};

} // namespace hookscope
