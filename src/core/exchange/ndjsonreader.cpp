#include "ndjsonreader.h"

#include "common/timestamp.h"

#include <QIODevice>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

using JsonValue = rapidjson::Value;

QByteArray bytesOf(const JsonValue &value)
{
    return QByteArray(value.GetString(), qsizetype(value.GetStringLength()));
}

// Field access that explains what is missing or of the wrong type.
class ObjectReader
{
public:
    ObjectReader(const JsonValue &object, QString *error) : m_object(object), m_error(error) { }

    const JsonValue *member(const char *name, bool required = true) const
    {
        const auto it = m_object.FindMember(name);
        if (it == m_object.MemberEnd()) {
            if (required)
                *m_error = u"missing \"%1\""_s.arg(QLatin1StringView(name));
            return nullptr;
        }
        return &it->value;
    }

    std::optional<QByteArray> string(const char *name, bool required = true) const
    {
        const JsonValue *value = member(name, required);
        if (!value)
            return std::nullopt;
        if (!value->IsString()) {
            *m_error = u"\"%1\" must be a string"_s.arg(QLatin1StringView(name));
            return std::nullopt;
        }
        return bytesOf(*value);
    }

    std::optional<QByteArray> base64(const char *name, bool required = true) const
    {
        const std::optional<QByteArray> text = string(name, required);
        if (!text)
            return std::nullopt;
        auto decoded = QByteArray::fromBase64Encoding(*text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *m_error = u"\"%1\" is not valid base64"_s.arg(QLatin1StringView(name));
            return std::nullopt;
        }
        return decoded.decoded;
    }

private:
    const JsonValue &m_object;
    QString *m_error;
};

std::optional<HttpHeaderList> headersFrom(const JsonValue *value, QString *error)
{
    if (!value || !value->IsArray()) {
        *error = u"\"headers\" must be an array of [name, value] pairs"_s;
        return std::nullopt;
    }
    HttpHeaderList headers;
    for (const JsonValue &pair : value->GetArray()) {
        if (!pair.IsArray() || pair.Size() < 2 || !pair[0].IsString() || !pair[1].IsString()) {
            *error = u"header %1 is not a [name, value] pair of strings"_s.arg(headers.size());
            return std::nullopt;
        }
        HttpHeader header { bytesOf(pair[0]), bytesOf(pair[1]) };
        if (pair.Size() >= 3 && pair[2].IsObject()) {
            const ObjectReader raw(pair[2], error);
            const auto name = raw.base64("name_base64");
            const auto headerValue = raw.base64("value_base64");
            if (!name || !headerValue)
                return std::nullopt;
            header = { *name, *headerValue };
        }
        headers.append(header);
    }
    return headers;
}

void splitPeer(const QByteArray &peer, Delivery *delivery)
{
    if (peer.isEmpty() || peer == ":0")
        return; // no peer (an import of an import, a browser's HAR)
    const qsizetype colon = peer.lastIndexOf(':');
    QByteArray address = colon > 0 ? peer.first(colon) : peer;
    if (address.startsWith('[') && address.endsWith(']'))
        address = address.sliced(1, address.size() - 2);
    delivery->peerAddress = QString::fromUtf8(address);
    delivery->peerPort = colon > 0 ? quint16(peer.sliced(colon + 1).toUInt()) : 0;
}

} // namespace

NdjsonReader::NdjsonReader(QIODevice *input) : m_input(input) { }

bool NdjsonReader::atEnd() const
{
    return m_input->atEnd();
}

std::optional<Delivery> NdjsonReader::next()
{
    m_error.clear();
    while (!m_input->atEnd()) {
        QByteArray line = m_input->readLine();
        ++m_lineNumber;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QString error;
        std::optional<Delivery> delivery = parseLine(line, &error);
        if (!delivery)
            m_error = u"line %1: %2"_s.arg(m_lineNumber).arg(error);
        return delivery;
    }
    return std::nullopt;
}

std::optional<Delivery> NdjsonReader::parseLine(const QByteArray &line, QString *errorMessage)
{
    rapidjson::Document document;
    document.Parse(line.constData(), size_t(line.size()));
    if (document.HasParseError()) {
        *errorMessage = u"not JSON at byte %1: %2"_s.arg(document.GetErrorOffset())
                                .arg(QString::fromUtf8(GetParseError_En(document.GetParseError())));
        return std::nullopt;
    }
    if (!document.IsObject()) {
        *errorMessage = u"expected one JSON object per line"_s;
        return std::nullopt;
    }
    const ObjectReader object(document, errorMessage);
    Delivery delivery;
    delivery.origin = Delivery::Origin::Imported;

    const auto receivedAt = object.string("received_at");
    if (!receivedAt)
        return std::nullopt;
    const std::optional<qint64> receivedNs = parseRfc3339Nanoseconds(QString::fromUtf8(*receivedAt));
    if (!receivedNs) {
        *errorMessage = u"\"received_at\" is not an RFC 3339 time"_s;
        return std::nullopt;
    }
    delivery.receivedAtNs = *receivedNs;

    const auto method = object.string("method");
    const auto target = object.string("target");
    const auto body = object.base64("body_base64");
    if (!method || !target || !body)
        return std::nullopt;
    delivery.method = *method;
    delivery.body = *body;
    if (object.member("target_base64", false)) {
        const auto rawTarget = object.base64("target_base64");
        if (!rawTarget)
            return std::nullopt;
        delivery.target = *rawTarget;
    } else {
        delivery.target = *target;
    }
    delivery.httpVersion = object.string("http_version", false).value_or("HTTP/1.1");
    splitPeer(object.string("peer", false).value_or(QByteArray()), &delivery);

    auto headers = headersFrom(object.member("headers"), errorMessage);
    if (!headers)
        return std::nullopt;
    delivery.headers = *headers;

    if (const JsonValue *response = object.member("response", false)) {
        if (!response->IsObject()) {
            *errorMessage = u"\"response\" must be an object"_s;
            return std::nullopt;
        }
        const ObjectReader responseReader(*response, errorMessage);
        const JsonValue *status = responseReader.member("status");
        if (!status || !status->IsInt()) {
            *errorMessage = u"\"response.status\" must be an integer"_s;
            return std::nullopt;
        }
        delivery.response.status = status->GetInt();
        if (const JsonValue *responseHeaders = responseReader.member("headers", false)) {
            auto parsed = headersFrom(responseHeaders, errorMessage);
            if (!parsed)
                return std::nullopt;
            delivery.response.headers = *parsed;
        }
        const auto responseBody = responseReader.base64("body_base64", false);
        if (!errorMessage->isEmpty())
            return std::nullopt;
        delivery.response.body = responseBody.value_or(QByteArray());
    }
    if (const auto rejection = object.string("rejection", false))
        delivery.rejection = QString::fromUtf8(*rejection);
    if (const auto node = object.string("node", false))
        delivery.node = QString::fromUtf8(*node);
    if (const JsonValue *declared = object.member("declared_body_size", false);
        declared && declared->IsInt64())
        delivery.declaredBodyBytes = declared->GetInt64();
    else
        delivery.declaredBodyBytes = delivery.body.size();
    return delivery;
}

} // namespace hookscope
