#include "harexporter.h"

#include "common/httpresponse.h"
#include "common/timestamp.h"
#include "credentialmasking.h"
#include "decodedobject.h"
#include "deliveryurl.h"
#include "jsonoutput.h"

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

using jsonoutput::displayText;
using jsonoutput::isUtf8;
using jsonoutput::Writer;
using jsonoutput::writeString;
using jsonoutput::writeText;

// HAR wants milliseconds ("2009-04-16T12:07:23.596Z"); _hookscope keeps the nanoseconds.
QString millisecondTime(qint64 utcNanoseconds)
{
    QString time = formatRfc3339Nanoseconds(utcNanoseconds);
    const qsizetype dot = time.indexOf(u'.');
    return time.left(dot + 4) + u'Z';
}

// Text a HAR viewer can show as it is: UTF-8 without control characters but tab, CR and LF.
bool isPlainText(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return isUtf8(bytes);
}

QString peerText(const Delivery &delivery)
{
    if (delivery.peerAddress.isEmpty())
        return {};
    const bool ipv6 = delivery.peerAddress.contains(u':');
    return (ipv6 ? u'[' + delivery.peerAddress + u']' : delivery.peerAddress) + u':'
        + QString::number(delivery.peerPort);
}

// The name=value pairs of the headers called headerName: every pair of a Cookie header, the
// first of a Set-Cookie header (the rest are its attributes).
HttpHeaderList cookiesIn(const HttpHeaderList &headers, const char *headerName, bool firstPairOnly)
{
    HttpHeaderList cookies;
    for (const HttpHeader &header : headers) {
        if (header.name.compare(headerName, Qt::CaseInsensitive) != 0)
            continue;
        QByteArrayList pairs = header.value.split(';');
        if (firstPairOnly)
            pairs = pairs.mid(0, 1);
        for (const QByteArray &pair : std::as_const(pairs)) {
            const qsizetype equals = pair.indexOf('=');
            if (equals > 0)
                cookies.append(
                    HttpHeader { pair.first(equals).trimmed(), pair.sliced(equals + 1).trimmed() });
        }
    }
    return cookies;
}

HttpHeaderList queryItems(const QByteArray &target)
{
    HttpHeaderList items;
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return items;
    for (const QByteArray &pair : target.sliced(question + 1).split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        items.append(equals < 0 ? HttpHeader { pair, QByteArray() }
                                : HttpHeader { pair.first(equals), pair.sliced(equals + 1) });
    }
    return items;
}

// HAR's {name, value} objects (headers, cookies, query strings). With keepRawBytes, a name or
// value that text cannot carry also goes as base64, and so does a name an importer would take
// for an HTTP/2 pseudo-header.
void writePairs(Writer &writer, const HttpHeaderList &pairs, bool keepRawBytes)
{
    writer.StartArray();
    for (const HttpHeader &pair : pairs) {
        writer.StartObject();
        writer.Key("name");
        writeString(writer, displayText(pair.name));
        writer.Key("value");
        writeString(writer, displayText(pair.value));
        if (keepRawBytes
            && (!isUtf8(pair.name) || !isUtf8(pair.value) || pair.name.startsWith(':'))) {
            writer.Key("_name_base64");
            writeString(writer, pair.name.toBase64());
            writer.Key("_value_base64");
            writeString(writer, pair.value.toBase64());
        }
        writer.EndObject();
    }
    writer.EndArray();
}

// "text", plus "encoding": "base64" when the bytes are not plain text.
void writeBodyText(Writer &writer, const QByteArray &body)
{
    const bool text = isPlainText(body);
    writer.Key("text");
    writeString(writer, text ? body : body.toBase64());
    if (!text) {
        writer.Key("encoding");
        writer.String("base64");
    }
}

QByteArray mimeTypeOf(const HttpHeaderList &headers, const QByteArray &body)
{
    const QByteArray type = headerValue(headers, "content-type");
    if (!type.isNull())
        return displayText(type);
    return body.isEmpty() ? QByteArray() : QByteArray("application/octet-stream");
}

qint64 requestHeadSize(const Delivery &delivery)
{
    qint64 size
        = delivery.method.size() + 1 + delivery.target.size() + 1 + delivery.httpVersion.size() + 2;
    for (const HttpHeader &header : delivery.headers)
        size += header.name.size() + 2 + header.value.size() + 2;
    return size + 2;
}

QByteArray httpVersionOf(const Delivery &delivery)
{
    return delivery.httpVersion.isEmpty() ? QByteArray("HTTP/1.1") : delivery.httpVersion;
}

void writeRequest(Writer &writer, const Delivery &delivery, const HttpHeaderList &headers)
{
    writer.StartObject();
    writer.Key("method");
    writeString(writer, displayText(delivery.method));
    writer.Key("url");
    writeString(writer, deliveryUrl(delivery));
    writer.Key("httpVersion");
    writeString(writer, displayText(httpVersionOf(delivery)));
    writer.Key("cookies");
    writePairs(writer, cookiesIn(headers, "cookie", false), false);
    writer.Key("headers");
    writePairs(writer, headers, true);
    writer.Key("queryString");
    writePairs(writer, queryItems(delivery.target), false);
    if (!delivery.body.isEmpty()) {
        writer.Key("postData");
        writer.StartObject();
        writer.Key("mimeType");
        writeString(writer, mimeTypeOf(delivery.headers, delivery.body));
        writeBodyText(writer, delivery.body);
        writer.EndObject();
    }
    writer.Key("headersSize");
    writer.Int64(requestHeadSize(delivery));
    writer.Key("bodySize");
    writer.Int64(delivery.rejection.isEmpty() ? delivery.body.size() : -1);
    writer.EndObject();
}

void writeResponse(Writer &writer, const Delivery &delivery, const HttpHeaderList &headers)
{
    const DeliveryResponse &response = delivery.response;
    writer.StartObject();
    writer.Key("status");
    writer.Int(response.status);
    writer.Key("statusText");
    writeString(writer, reasonPhrase(response.status));
    writer.Key("httpVersion");
    writeString(writer, displayText(httpVersionOf(delivery)));
    writer.Key("cookies");
    writePairs(writer, cookiesIn(headers, "set-cookie", true), false);
    writer.Key("headers");
    writePairs(writer, headers, true);
    writer.Key("content");
    writer.StartObject();
    writer.Key("size");
    writer.Int64(response.body.size());
    writer.Key("mimeType");
    writeString(writer, mimeTypeOf(response.headers, response.body));
    if (!response.body.isEmpty())
        writeBodyText(writer, response.body);
    writer.EndObject();
    writer.Key("redirectURL");
    writeString(writer, displayText(headerValue(response.headers, "location")));
    writer.Key("headersSize");
    writer.Int(-1);
    writer.Key("bodySize");
    writer.Int64(response.body.size());
    writer.EndObject();
}

void writeTimings(Writer &writer)
{
    writer.StartObject();
    for (const char *phase : { "blocked", "dns", "connect", "ssl" }) {
        writer.Key(phase);
        writer.Int(-1);
    }
    for (const char *phase : { "send", "wait", "receive" }) {
        writer.Key(phase);
        writer.Int(0);
    }
    writer.EndObject();
}

void writeHookscope(Writer &writer, const ExportRecord &record)
{
    const Delivery &delivery = record.delivery();
    writer.StartObject();
    writer.Key("id");
    writer.Int64(delivery.id);
    writer.Key("received_at");
    writeText(writer, formatRfc3339Nanoseconds(delivery.receivedAtNs));
    writer.Key("peer");
    writeText(writer, peerText(delivery));
    writer.Key("target");
    writeString(writer, displayText(delivery.target));
    if (!isUtf8(delivery.target)) {
        writer.Key("target_base64");
        writeString(writer, delivery.target.toBase64());
    }
    if (!delivery.rejection.isEmpty()) {
        writer.Key("rejection");
        writeText(writer, delivery.rejection);
        writer.Key("declared_body_size");
        writer.Int64(delivery.declaredBodyBytes);
    }
    if (delivery.origin == Delivery::Origin::Imported) {
        writer.Key("imported");
        writer.Bool(true);
    }
    writer.Key("decoded");
    jsonoutput::writeObject(writer, decodedObject(record.analysis()));
    writer.EndObject();
}

} // namespace

HarExporter::HarExporter(QIODevice *output, bool maskCredentials)
    : DeviceExportSink(output), m_maskCredentials(maskCredentials)
{ }

bool HarExporter::begin()
{
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    writer.StartObject();
    writer.Key("name");
    writer.String("Hookscope");
    writer.Key("version");
    writer.String(HOOKSCOPE_VERSION);
    writer.EndObject();
    return put("{\"log\":{\"version\":\"1.2\",\"creator\":" + jsonoutput::bytesOf(buffer)
               + ",\"pages\":[],\"entries\":[\n");
}

QByteArray HarExporter::entryJson(const ExportRecord &record, bool maskCredentials)
{
    const Delivery &delivery = record.delivery();
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    writer.StartObject();
    writer.Key("startedDateTime");
    writeText(writer, millisecondTime(delivery.receivedAtNs));
    writer.Key("time");
    writer.Int(0);
    writer.Key("request");
    writeRequest(writer, delivery,
                 maskCredentials ? withCredentialsMasked(delivery.headers) : delivery.headers);
    writer.Key("response");
    writeResponse(writer, delivery,
                  maskCredentials ? withCredentialsMasked(delivery.response.headers)
                                  : delivery.response.headers);
    writer.Key("cache");
    writer.StartObject();
    writer.EndObject();
    writer.Key("timings");
    writeTimings(writer);
    writer.Key("_hookscope");
    writeHookscope(writer, record);
    writer.EndObject();
    return jsonoutput::bytesOf(buffer);
}

bool HarExporter::write(const ExportRecord &record)
{
    const QByteArray separator = m_firstEntry ? QByteArray() : QByteArray(",\n");
    m_firstEntry = false;
    return put(separator + entryJson(record, m_maskCredentials));
}

bool HarExporter::finish()
{
    return put("\n]}}\n");
}

} // namespace hookscope
