#pragma once

#include "delivery.h"

#include <QByteArray>

namespace hookscope {

QByteArray reasonPhrase(int status);

// A response with Content-Type and Content-Length set, ready to be stored and sent as is.
DeliveryResponse makeResponse(int status, const QByteArray &contentType, const QByteArray &body);
DeliveryResponse makeJsonError(int status, const QString &message);

// The exact bytes on the wire: status line, headers in order, blank line, body.
QByteArray toWire(const DeliveryResponse &response);

} // namespace hookscope
