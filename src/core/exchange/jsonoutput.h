#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace hookscope::jsonoutput {

// Exports write JSON with RapidJSON so that strings pass through as UTF-8 bytes, unchanged.
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void writeString(Writer &writer, QByteArrayView utf8);
void writeText(Writer &writer, const QString &text);
void writeObject(Writer &writer, const QJsonObject &object);
QByteArray bytesOf(const rapidjson::StringBuffer &buffer);

bool isUtf8(QByteArrayView bytes);
// Text a JSON string can carry for people and tools: UTF-8 as it is, anything else as Latin-1.
QByteArray displayText(QByteArrayView bytes);

} // namespace hookscope::jsonoutput
