#pragma once

#include "capturelimits.h"

#include <QTcpServer>

namespace hookscope {

class ConnectionGuard;

// Creates each client socket itself so that a ConnectionGuard is connected to readyRead before
// QHttpServer is; refuses connections beyond CaptureLimits::maxConnections.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(const CaptureLimits &limits, QObject *parent = nullptr);

    int guardedConnections() const { return m_connections; }

Q_SIGNALS:
    void connectionGuarded(hookscope::ConnectionGuard *guard);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void refuse(qintptr socketDescriptor);

    CaptureLimits m_limits;
    int m_connections = 0;
};

} // namespace hookscope
