#include "deliverytext.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

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

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

QString storedColumns()
{
    return u"d.id, d.target, p.headers, substr(p.body, 1, %1), substr(p.decrypted_body, 1, %1)"_s.arg(
            kMaxIndexedBodyBytes);
}

QString searchableRow(const QSqlQuery &row)
{
    Delivery stored;
    stored.target = row.value(1).toByteArray();
    stored.headers = parseSerializedHeaders(row.value(2).toByteArray());
    stored.body = row.value(3).toByteArray();
    stored.decryptedBody = row.value(4).toByteArray();
    return searchable(stored);
}

} // namespace hookscope::deliverytext
