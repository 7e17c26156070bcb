#include "jsonoutput.h"

#include <QJsonDocument>
#include <QStringDecoder>

namespace hookscope::jsonoutput {

void writeString(Writer &writer, QByteArrayView utf8)
{
    writer.String(utf8.data(), rapidjson::SizeType(utf8.size()));
}

void writeText(Writer &writer, const QString &text)
{
    writeString(writer, text.toUtf8());
}

void writeObject(Writer &writer, const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    writer.RawValue(json.constData(), size_t(json.size()), rapidjson::kObjectType);
}

QByteArray bytesOf(const rapidjson::StringBuffer &buffer)
{
    return QByteArray(buffer.GetString(), qsizetype(buffer.GetSize()));
}

bool isUtf8(QByteArrayView bytes)
{
    // Stateless: a leading byte order mark is checked like any other character.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = decoder.decode(bytes);
    Q_UNUSED(ignored);
    return !decoder.hasError();
}

QByteArray displayText(QByteArrayView bytes)
{
    return isUtf8(bytes) ? bytes.toByteArray() : QString::fromLatin1(bytes).toUtf8();
}

} // namespace hookscope::jsonoutput
