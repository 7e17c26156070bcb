#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hookscope {

// One row of the delivery list: everything but headers and bodies.
struct DeliverySummary
{
    qint64 id = 0;
    qint64 receivedAtNs = 0;
    QByteArray method;
    QByteArray target;
    QString peerAddress;
    quint16 peerPort = 0;
    // The client a tunnel or proxy says it forwarded for (X-Forwarded-For, ...), or empty.
    QString forwardedClient;
    qint64 bodySize = 0;
    QString contentType;
    int responseStatus = 0;
    QString endpoint;
    QString provider;
    QStringList eventTypes;
    QString signature;
    QString rejection;
    bool imported = false;
    QString node; // the capture node that took it (shared stores), or empty
};

} // namespace hookscope
