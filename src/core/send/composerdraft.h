#pragma once

#include "common/httpheaders.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hookscope {

// Everything the composer needs to show a delivery again: what to send and how, before the
// body is encrypted and signed. The signing secret is not part of it: templates and the send
// history are files, and secrets belong in the endpoint settings.
struct ComposerDraft
{
    QString provider; // empty: no provider (a body of one's own)
    QString eventType;
    QByteArray body; // as composed, usually JSON text
    QByteArray method = QByteArrayLiteral("POST");
    QString url;
    HttpHeaderList headers; // the user's, without the signature headers added when sending
    QString signingScheme; // empty: the provider's; "none"; or one of signatureSchemeIds()
    QString hmacHeader;
    QString hmacAlgorithm;
    QString hmacEncoding;
    QString hmacPrefix;
    int count = 1;
    int concurrency = 8;

    QJsonObject toJson() const;
    // Missing members keep their defaults; nullopt when the object has no body.
    static std::optional<ComposerDraft> fromJson(const QJsonObject &object);

    friend bool operator==(const ComposerDraft &a, const ComposerDraft &b)
    {
        return a.toJson() == b.toJson();
    }
};

// Headers as [[name, value], ...] in files of the composer.
QJsonArray headersToJson(const HttpHeaderList &headers);
HttpHeaderList headersFromJson(const QJsonArray &array);

} // namespace hookscope
