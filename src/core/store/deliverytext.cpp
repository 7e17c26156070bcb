#include "deliverytext.h"

namespace hookscope::deliverytext {

QString searchable(const Delivery &delivery)
{
    QString text = QString::fromUtf8(delivery.target);
    for (const HttpHeader &header : delivery.headers)
        text += QLatin1Char('\n') + QString::fromUtf8(header.name) + QLatin1Char(' ')
                + QString::fromUtf8(header.value);
    const QByteArray &body = delivery.decryptedBody.isEmpty() ? delivery.body : delivery.decryptedBody;
    const QByteArray head = body.left(kMaxIndexedBodyBytes);
    if (!head.contains('\0'))
        text += QLatin1Char('\n') + QString::fromUtf8(head);
    return text;
}

} // namespace hookscope::deliverytext
