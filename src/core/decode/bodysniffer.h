#pragma once

#include "decode/decodedbody.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace hookscope {

// Tells what a body is from its bytes alone, for bodies without a useful Content-Type.
class BodySniffer
{
public:
    struct Guess
    {
        BodyKind kind = BodyKind::Binary;
        MediaType mediaType; // application/json, application/x-www-form-urlencoded, ...
        // Set when the body starts like a JSON object or array but does not parse.
        QString jsonError;
    };

    // In order: JSON (an object or array that parses, leniently), form (a=b&c=d), XML (starts
    // with '<'; HTML is text), text (valid UTF-8 without control characters), else binary.
    // The bytes are UTF-8, or ASCII-compatible.
    static Guess guess(const QByteArray &bytes);

    // Starts with '{' or '[' (after a UTF-8 byte order mark and whitespace).
    static bool startsLikeJson(QByteArrayView bytes);
    // An object or array that JsonTree parses in lenient mode; *error says why not.
    static bool isJsonDocument(const QByteArray &bytes, QString *error = nullptr);
    static bool looksLikeForm(QByteArrayView bytes);
    static bool isPlainText(QByteArrayView bytes);
};

} // namespace hookscope
