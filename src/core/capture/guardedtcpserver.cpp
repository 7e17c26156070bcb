#include "guardedtcpserver.h"

#include "connectionguard.h"
#include "common/httpresponse.h"

#include <QLoggingCategory>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTcp, "hookscope.capture.tcp", QtWarningMsg)

namespace hookscope {

GuardedTcpServer::GuardedTcpServer(const CaptureLimits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_connections >= m_limits.maxConnections) {
        refuse(socketDescriptor);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcTcp) << "cannot take connection:" << socket->errorString();
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    auto *guard = new ConnectionGuard(socket, m_limits);
    addPendingConnection(socket);
    emit connectionGuarded(guard);
}

void GuardedTcpServer::refuse(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    qCWarning(lcTcp) << "refusing connection from" << socket->peerAddress()
                     << ": already" << m_connections << "connections";
    DeliveryResponse busy = makeJsonError(503, u"too many connections"_s);
    busy.headers.append(HttpHeader{ "Connection", "close" });
    socket->write(toWire(busy));
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
}

} // namespace hookscope
