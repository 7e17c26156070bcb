#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace hookscope {

// How a digest is written into a header.
enum class DigestEncoding { Hex, Base64 };

QString digestEncodingName(DigestEncoding encoding); // "hex", "base64"
std::optional<DigestEncoding> digestEncodingFromName(QStringView name);

QByteArray encodeDigest(QByteArrayView digest, DigestEncoding encoding); // lower-case hex
// Strict decoding: any byte outside the alphabet fails (QByteArray::fromHex skips them).
// Hex accepts both cases; Base64 accepts the standard alphabet with or without padding.
std::optional<QByteArray> decodeDigest(QByteArrayView text, DigestEncoding encoding);

std::optional<QByteArray> decodeHex(QByteArrayView text);

enum class Base64Alphabet { Standard, UrlSafe };

struct Base64Decoded
{
    QByteArray data;
    // Offset of the first byte that cannot be there, or -1. A length that Base64 cannot produce
    // (4n + 1 characters, or padding to a wrong length) points at the end or the first '='.
    qsizetype errorOffset = -1;

    bool ok() const { return errorOffset < 0; }
};

// Padding '=' is optional; when present it must complete the last quantum.
Base64Decoded decodeBase64(QByteArrayView text, Base64Alphabet alphabet);

} // namespace hookscope
