#include "harreader.h"

#include "common/timestamp.h"

#include <QRegularExpression>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

using JsonValue = rapidjson::Value;

// An entry that cannot be read: what is wrong with it.
struct EntryError
{
    QString message;
};

const JsonValue *member(const JsonValue &object, const char *name)
{
    if (!object.IsObject())
        return nullptr;
    const auto it = object.FindMember(name);
    return it == object.MemberEnd() ? nullptr : &it->value;
}

QByteArray bytesOf(const JsonValue &value)
{
    return QByteArray(value.GetString(), qsizetype(value.GetStringLength()));
}

// The member's string, or nullopt when it is absent; not a string is an error.
std::optional<QByteArray> optionalString(const JsonValue &object, const char *name,
                                         const QString &path)
{
    const JsonValue *value = member(object, name);
    if (!value || value->IsNull())
        return std::nullopt;
    if (!value->IsString())
        throw EntryError { u"\"%1\" must be a string"_s.arg(path) };
    return bytesOf(*value);
}

QByteArray requiredString(const JsonValue &object, const char *name, const QString &path)
{
    const std::optional<QByteArray> text = optionalString(object, name, path);
    if (!text)
        throw EntryError { u"\"%1\" is missing"_s.arg(path) };
    return *text;
}

const JsonValue &requiredObject(const JsonValue &object, const char *name, const QString &path)
{
    const JsonValue *value = member(object, name);
    if (!value || !value->IsObject())
        throw EntryError { u"\"%1\" must be an object"_s.arg(path) };
    return *value;
}

QByteArray decodedBase64(const QByteArray &text, const QString &path)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw EntryError { u"\"%1\" is not valid base64"_s.arg(path) };
    return decoded.decoded;
}

QByteArray targetFromUrl(const QByteArray &url)
{
    QByteArray target = url.split('#').first();
    const qsizetype scheme = target.indexOf("://");
    if (scheme > 0) {
        const qsizetype authorityEnd = [&] {
            for (qsizetype i = scheme + 3; i < target.size(); ++i) {
                if (target[i] == '/' || target[i] == '?')
                    return i;
            }
            return target.size();
        }();
        target = target.sliced(authorityEnd);
    } else if (!target.startsWith('/') && target != "*") {
        throw EntryError { u"\"request.url\" is not an absolute URL"_s };
    }
    return target.isEmpty() || target.startsWith('?') ? '/' + target : target;
}

QByteArray versionOrDefault(const std::optional<QByteArray> &version)
{
    return version && !version->isEmpty() ? *version : QByteArray("HTTP/1.1");
}

// ISO 8601 as HAR writers write it, in the years qint64 nanoseconds can hold. Checked before
// parseRfc3339Nanoseconds(), which takes what QDateTime's lenient ISO parser takes and can
// overflow on it.
std::optional<qint64> timeOf(const QByteArray &text)
{
    static const QRegularExpression shape(
        u"^([0-9]{4})-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?"
        u"([Zz]|[+-][0-9]{2}:?[0-9]{2})$"_s);
    const QString time = QString::fromUtf8(text);
    const QRegularExpressionMatch match = shape.match(time);
    const int year = match.hasMatch() ? match.captured(1).toInt() : 0;
    if (year < 1678 || year > 2261)
        return std::nullopt;
    return parseRfc3339Nanoseconds(time);
}

HttpHeaderList headersFrom(const JsonValue &message, const QString &path)
{
    const JsonValue *list = member(message, "headers");
    if (!list || list->IsNull())
        return {};
    if (!list->IsArray())
        throw EntryError { u"\"%1.headers\" must be an array"_s.arg(path) };
    HttpHeaderList headers;
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
        const JsonValue &item = (*list)[i];
        const QString itemPath = u"%1.headers[%2]"_s.arg(path).arg(i);
        HttpHeader header { requiredString(item, "name", itemPath + u".name"_s),
                            requiredString(item, "value", itemPath + u".value"_s) };
        const auto rawName = optionalString(item, "_name_base64", itemPath);
        if (rawName)
            header.name = decodedBase64(*rawName, itemPath + u"._name_base64"_s);
        else if (header.name.startsWith(':'))
            continue; // HTTP/2 pseudo-header: method, path and authority are elsewhere
        if (const auto value = optionalString(item, "_value_base64", itemPath))
            header.value = decodedBase64(*value, itemPath + u"._value_base64"_s);
        headers.append(header);
    }
    return headers;
}

// text, base64-decoded when "encoding" says so.
QByteArray contentText(const JsonValue &content, const QString &path)
{
    const std::optional<QByteArray> text = optionalString(content, "text", path + u".text"_s);
    if (!text)
        return {};
    const std::optional<QByteArray> encoding
        = optionalString(content, "encoding", path + u".encoding"_s);
    if (encoding && encoding->compare("base64", Qt::CaseInsensitive) == 0)
        return decodedBase64(*text, path + u".text"_s);
    return *text;
}

QByteArray requestBody(const JsonValue &request)
{
    const JsonValue *postData = member(request, "postData");
    if (!postData || postData->IsNull())
        return {};
    if (!postData->IsObject())
        throw EntryError { u"\"request.postData\" must be an object"_s };
    if (member(*postData, "text"))
        return contentText(*postData, u"request.postData"_s);
    // Some tools list form fields as params only.
    const JsonValue *params = member(*postData, "params");
    if (!params || !params->IsArray())
        return {};
    QByteArrayList pairs;
    for (rapidjson::SizeType i = 0; i < params->Size(); ++i) {
        const QString path = u"request.postData.params[%1]"_s.arg(i);
        pairs.append(
            requiredString((*params)[i], "name", path + u".name"_s) + '='
            + optionalString((*params)[i], "value", path + u".value"_s).value_or(QByteArray()));
    }
    return pairs.join('&');
}

void readResponse(const JsonValue &entry, Delivery &delivery)
{
    const JsonValue *response = member(entry, "response");
    if (!response || response->IsNull())
        return;
    if (!response->IsObject())
        throw EntryError { u"\"response\" must be an object"_s };
    const JsonValue *status = member(*response, "status");
    if (!status || !status->IsInt())
        throw EntryError { u"\"response.status\" must be an integer"_s };
    delivery.response.status = status->GetInt();
    delivery.response.headers = headersFrom(*response, u"response"_s);
    if (const JsonValue *content = member(*response, "content"); content && content->IsObject())
        delivery.response.body = contentText(*content, u"response.content"_s);
}

void readPeer(const QByteArray &peer, Delivery &delivery)
{
    const qsizetype colon = peer.lastIndexOf(':');
    const bool hasPort = colon > 0 && !peer.sliced(colon).contains(']');
    QByteArray address = hasPort ? peer.first(colon) : peer;
    if (address.startsWith('[') && address.endsWith(']'))
        address = address.sliced(1, address.size() - 2);
    delivery.peerAddress = QString::fromUtf8(address);
    delivery.peerPort = hasPort ? quint16(peer.sliced(colon + 1).toUInt()) : 0;
}

// What Hookscope decided when it captured the delivery; the importer's analysis falls back on it.
void readCapturedClassification(const JsonValue &decoded, Delivery &delivery)
{
    DeliveryClassification &classification = delivery.classification;
    const QString path = u"_hookscope.decoded"_s;
    classification.provider = QString::fromUtf8(
        optionalString(decoded, "provider", path + u".provider"_s).value_or(QByteArray()));
    classification.endpoint = QString::fromUtf8(
        optionalString(decoded, "endpoint", path + u".endpoint"_s).value_or(QByteArray()));
    if (const auto signature = optionalString(decoded, "signature", path + u".signature"_s))
        classification.signature = QString::fromUtf8(*signature);
    if (const JsonValue *events = member(decoded, "events"); events && events->IsArray()) {
        for (const JsonValue &event : events->GetArray())
            classification.eventTypes.append(QString::fromUtf8(
                optionalString(event, "event_type", path + u".events[].event_type"_s)
                    .value_or(QByteArray())));
    }
    if (const auto decrypted
        = optionalString(decoded, "decrypted_body", path + u".decrypted_body"_s))
        delivery.decryptedBody = *decrypted;
}

void readHookscopeFields(const JsonValue &entry, Delivery &delivery)
{
    const JsonValue *own = member(entry, "_hookscope");
    if (!own || !own->IsObject())
        return;
    if (const auto receivedAt = optionalString(*own, "received_at", u"_hookscope.received_at"_s)) {
        const std::optional<qint64> ns = timeOf(*receivedAt);
        if (!ns)
            throw EntryError { u"\"_hookscope.received_at\" is not an RFC 3339 time"_s };
        delivery.receivedAtNs = *ns;
    }
    if (const auto peer = optionalString(*own, "peer", u"_hookscope.peer"_s))
        readPeer(*peer, delivery);
    if (const auto raw = optionalString(*own, "target_base64", u"_hookscope.target_base64"_s))
        delivery.target = decodedBase64(*raw, u"_hookscope.target_base64"_s);
    else if (const auto target = optionalString(*own, "target", u"_hookscope.target"_s))
        delivery.target = *target;
    if (const auto rejection = optionalString(*own, "rejection", u"_hookscope.rejection"_s)) {
        delivery.rejection = QString::fromUtf8(*rejection);
        const JsonValue *declared = member(*own, "declared_body_size");
        if (declared && declared->IsInt64())
            delivery.declaredBodyBytes = declared->GetInt64();
    }
    if (const JsonValue *decoded = member(*own, "decoded"); decoded && decoded->IsObject())
        readCapturedClassification(*decoded, delivery);
}

Delivery deliveryFrom(const JsonValue &entry)
{
    if (!entry.IsObject())
        throw EntryError { u"not an object"_s };
    const JsonValue &request = requiredObject(entry, "request", u"request"_s);
    Delivery delivery;
    delivery.origin = Delivery::Origin::Imported;
    delivery.method = requiredString(request, "method", u"request.method"_s);
    if (delivery.method.isEmpty())
        throw EntryError { u"\"request.method\" is empty"_s };
    delivery.target = targetFromUrl(requiredString(request, "url", u"request.url"_s));
    delivery.httpVersion
        = versionOrDefault(optionalString(request, "httpVersion", u"request.httpVersion"_s));
    delivery.headers = headersFrom(request, u"request"_s);
    delivery.body = requestBody(request);
    delivery.declaredBodyBytes = delivery.body.size();
    readResponse(entry, delivery);

    const QByteArray started = requiredString(entry, "startedDateTime", u"startedDateTime"_s);
    const std::optional<qint64> startedNs = timeOf(started);
    if (!startedNs)
        throw EntryError { u"\"startedDateTime\" is not an ISO 8601 time"_s };
    delivery.receivedAtNs = *startedNs;
    readHookscopeFields(entry, delivery);
    return delivery;
}

} // namespace

struct HarReader::Document
{
    rapidjson::Document json;
    const JsonValue *entries = nullptr;
};

HarReader::HarReader(const QByteArray &document) : m_document(std::make_unique<Document>())
{
    rapidjson::Document &json = m_document->json;
    // Iterative: a deeply nested document must not exhaust the stack.
    json.Parse<rapidjson::kParseIterativeFlag>(document.constData(), size_t(document.size()));
    if (json.HasParseError()) {
        m_documentError = u"not a HAR: not JSON at byte %1: %2"_s.arg(json.GetErrorOffset())
                              .arg(QString::fromUtf8(GetParseError_En(json.GetParseError())));
        return;
    }
    const JsonValue *log = member(json, "log");
    const JsonValue *entries = log ? member(*log, "entries") : nullptr;
    if (!entries || !entries->IsArray()) {
        m_documentError = u"not a HAR: no \"log.entries\" array"_s;
        return;
    }
    m_document->entries = entries;
}

HarReader::~HarReader() = default;

int HarReader::entryCount() const
{
    return m_document->entries ? int(m_document->entries->Size()) : 0;
}

bool HarReader::atEnd() const
{
    return m_next >= entryCount();
}

std::optional<Delivery> HarReader::next()
{
    m_error.clear();
    if (atEnd())
        return std::nullopt;
    const int index = m_next++;
    try {
        return deliveryFrom((*m_document->entries)[rapidjson::SizeType(index)]);
    } catch (const EntryError &error) {
        m_error = u"entry %1: %2"_s.arg(index).arg(error.message);
        return std::nullopt;
    }
}

} // namespace hookscope
