#include "composerdraft.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hookscope {

QJsonArray headersToJson(const HttpHeaderList &headers)
{
    QJsonArray array;
    for (const HttpHeader &header : headers)
        array.append(QJsonArray { QString::fromUtf8(header.name), QString::fromUtf8(header.value) });
    return array;
}

HttpHeaderList headersFromJson(const QJsonArray &array)
{
    HttpHeaderList headers;
    for (const QJsonValue &pair : array) {
        const QJsonArray fields = pair.toArray();
        if (fields.size() == 2 && !fields.at(0).toString().isEmpty())
            headers.append({ fields.at(0).toString().toUtf8(), fields.at(1).toString().toUtf8() });
    }
    return headers;
}

QJsonObject ComposerDraft::toJson() const
{
    return QJsonObject {
        { u"provider"_s, provider },
        { u"event_type"_s, eventType },
        { u"body"_s, QString::fromUtf8(body) },
        { u"method"_s, QString::fromLatin1(method) },
        { u"url"_s, url },
        { u"headers"_s, headersToJson(headers) },
        { u"signing"_s, signingScheme },
        { u"hmac"_s, QJsonObject { { u"header"_s, hmacHeader },
                                   { u"algorithm"_s, hmacAlgorithm },
                                   { u"encoding"_s, hmacEncoding },
                                   { u"prefix"_s, hmacPrefix } } },
        { u"count"_s, count },
        { u"concurrency"_s, concurrency },
    };
}

std::optional<ComposerDraft> ComposerDraft::fromJson(const QJsonObject &object)
{
    if (!object.value(u"body"_s).isString())
        return std::nullopt;
    ComposerDraft draft;
    draft.provider = object.value(u"provider"_s).toString();
    draft.eventType = object.value(u"event_type"_s).toString();
    draft.body = object.value(u"body"_s).toString().toUtf8();
    const QString method = object.value(u"method"_s).toString();
    if (!method.isEmpty())
        draft.method = method.toLatin1();
    draft.url = object.value(u"url"_s).toString();
    draft.headers = headersFromJson(object.value(u"headers"_s).toArray());
    draft.signingScheme = object.value(u"signing"_s).toString();
    const QJsonObject hmac = object.value(u"hmac"_s).toObject();
    draft.hmacHeader = hmac.value(u"header"_s).toString();
    draft.hmacAlgorithm = hmac.value(u"algorithm"_s).toString();
    draft.hmacEncoding = hmac.value(u"encoding"_s).toString();
    draft.hmacPrefix = hmac.value(u"prefix"_s).toString();
    draft.count = qMax(1, object.value(u"count"_s).toInt(1));
    draft.concurrency = qMax(1, object.value(u"concurrency"_s).toInt(8));
    return draft;
}

} // namespace hookscope
