#pragma once

#include "headlessprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

// `hookscope export` of a data directory, one JSON object per delivery, oldest first.
inline QList<QJsonObject> exportedDeliveries(const QString &dataDir)
{
    QByteArray output;
    QByteArray errors;
    if (runHookscope({ QStringLiteral("export"), QStringLiteral("--data-dir"), dataDir }, &output, &errors) != 0)
        qWarning() << "export failed:" << errors;
    QList<QJsonObject> deliveries;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.isEmpty())
            deliveries.append(QJsonDocument::fromJson(line).object());
    }
    return deliveries;
}

inline QByteArray exportedBody(const QJsonObject &delivery)
{
    return QByteArray::fromBase64(delivery.value(QStringLiteral("body_base64")).toString().toLatin1());
}

// The first value of a header in an exported delivery ([[name, value], ...]), compared
// case-insensitively; a null string when absent.
inline QString exportedHeader(const QJsonObject &delivery, const QString &name)
{
    for (const QJsonValue &pair : delivery.value(QStringLiteral("headers")).toArray()) {
        if (pair.toArray().at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return pair.toArray().at(1).toString();
    }
    return {};
}
