#include "ndjsonwriter.h"

#include "common/timestamp.h"

#include <QIODevice>
#include <QJsonDocument>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

void writeString(JsonWriter &writer, const QByteArray &utf8)
{
    writer.String(utf8.constData(), rapidjson::SizeType(utf8.size()));
}

void writeString(JsonWriter &writer, const QString &text)
{
    writeString(writer, text.toUtf8());
}

// Text for people and tools; bytes that are not UTF-8 are shown as Latin-1.
QByteArray displayText(const QByteArray &bytes, bool utf8)
{
    return utf8 ? bytes : QString::fromLatin1(bytes).toUtf8();
}

void writeHeaders(JsonWriter &writer, const HttpHeaderList &headers)
{
    writer.StartArray();
    for (const HttpHeader &header : headers) {
        const bool nameUtf8 = isUtf8(header.name);
        const bool valueUtf8 = isUtf8(header.value);
        writer.StartArray();
        writeString(writer, displayText(header.name, nameUtf8));
        writeString(writer, displayText(header.value, valueUtf8));
        if (!nameUtf8 || !valueUtf8) {
            writer.StartObject();
            writer.Key("name_base64");
            writeString(writer, header.name.toBase64());
            writer.Key("value_base64");
            writeString(writer, header.value.toBase64());
            writer.EndObject();
        }
        writer.EndArray();
    }
    writer.EndArray();
}

QString peerText(const Delivery &delivery)
{
    if (delivery.peerAddress.isEmpty())
        return {};
    const bool ipv6 = delivery.peerAddress.contains(QLatin1Char(':'));
    return (ipv6 ? u"["_s + delivery.peerAddress + u"]"_s : delivery.peerAddress) + u":"_s
            + QString::number(delivery.peerPort);
}

} // namespace

NdjsonWriter::NdjsonWriter(QIODevice *output) : m_output(output) { }

QByteArray NdjsonWriter::toLine(const Delivery &delivery, const QJsonObject &decoded)
{
    rapidjson::StringBuffer buffer;
    JsonWriter writer(buffer);
    writer.StartObject();
    writer.Key("id");
    writer.Int64(delivery.id);
    writer.Key("received_at");
    writeString(writer, formatRfc3339Nanoseconds(delivery.receivedAtNs));
    writer.Key("method");
    writeString(writer, delivery.method);
    const bool targetUtf8 = isUtf8(delivery.target);
    writer.Key("target");
    writeString(writer, displayText(delivery.target, targetUtf8));
    if (!targetUtf8) {
        writer.Key("target_base64");
        writeString(writer, delivery.target.toBase64());
    }
    writer.Key("http_version");
    writeString(writer, delivery.httpVersion);
    writer.Key("peer");
    writeString(writer, peerText(delivery));
    writer.Key("headers");
    writeHeaders(writer, delivery.headers);
    writer.Key("body_base64");
    writeString(writer, delivery.body.toBase64());
    writer.Key("response");
    writer.StartObject();
    writer.Key("status");
    writer.Int(delivery.response.status);
    writer.Key("headers");
    writeHeaders(writer, delivery.response.headers);
    writer.Key("body_base64");
    writeString(writer, delivery.response.body.toBase64());
    writer.EndObject();
    if (!delivery.rejection.isEmpty()) {
        writer.Key("rejection");
        writeString(writer, delivery.rejection);
        writer.Key("declared_body_size");
        writer.Int64(delivery.declaredBodyBytes);
    }
    if (delivery.origin == Delivery::Origin::Imported) {
        writer.Key("imported");
        writer.Bool(true);
    }
    if (!delivery.node.isEmpty()) {
        writer.Key("node");
        writeString(writer, delivery.node);
    }
    writer.Key("decoded");
    const QByteArray decodedJson = QJsonDocument(decoded).toJson(QJsonDocument::Compact);
    writer.RawValue(decodedJson.constData(), size_t(decodedJson.size()), rapidjson::kObjectType);
    writer.EndObject();
    return QByteArray(buffer.GetString(), qsizetype(buffer.GetSize())) + '\n';
}

bool NdjsonWriter::write(const Delivery &delivery, const QJsonObject &decoded)
{
    const QByteArray line = toLine(delivery, decoded);
    if (m_output->write(line) != line.size()) {
        m_error = m_output->errorString();
        return false;
    }
    return true;
}

} // namespace hookscope
