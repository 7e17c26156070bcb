#include "encoding.h"

#include "common/textsyntax.h"

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

int base64DigitValue(char c, Base64Alphabet alphabet)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    const char c62 = alphabet == Base64Alphabet::Standard ? '+' : '-';
    const char c63 = alphabet == Base64Alphabet::Standard ? '/' : '_';
    if (c == c62)
        return 62;
    if (c == c63)
        return 63;
    return -1;
}

} // namespace

QString digestEncodingName(DigestEncoding encoding)
{
    return encoding == DigestEncoding::Hex ? u"hex"_s : u"base64"_s;
}

std::optional<DigestEncoding> digestEncodingFromName(QStringView name)
{
    if (name.compare(u"hex", Qt::CaseInsensitive) == 0)
        return DigestEncoding::Hex;
    if (name.compare(u"base64", Qt::CaseInsensitive) == 0)
        return DigestEncoding::Base64;
    return std::nullopt;
}

QByteArray encodeDigest(QByteArrayView digest, DigestEncoding encoding)
{
    const QByteArray bytes = digest.toByteArray();
    return encoding == DigestEncoding::Hex ? bytes.toHex() : bytes.toBase64();
}

std::optional<QByteArray> decodeDigest(QByteArrayView text, DigestEncoding encoding)
{
    if (encoding == DigestEncoding::Hex)
        return decodeHex(text);
    Base64Decoded decoded = decodeBase64(text, Base64Alphabet::Standard);
    if (!decoded.ok())
        return std::nullopt;
    return std::move(decoded.data);
}

std::optional<QByteArray> decodeHex(QByteArrayView text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    QByteArray bytes(text.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const int high = hexDigitValue(text[2 * i]);
        const int low = hexDigitValue(text[2 * i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes[i] = char(high << 4 | low);
    }
    return bytes;
}

Base64Decoded decodeBase64(QByteArrayView text, Base64Alphabet alphabet)
{
    qsizetype digits = text.size();
    while (digits > 0 && text[digits - 1] == '=' && text.size() - digits < 2)
        --digits;
    const qsizetype padding = text.size() - digits;

    Base64Decoded result;
    result.data.reserve(digits * 3 / 4);
    quint32 accumulator = 0;
    int bits = 0;
    for (qsizetype i = 0; i < digits; ++i) {
        const int value = base64DigitValue(text[i], alphabet);
        if (value < 0) {
            result.errorOffset = i;
            result.data.clear();
            return result;
        }
        accumulator = (accumulator << 6 | quint32(value)) & 0xffffff;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            result.data.append(char((accumulator >> bits) & 0xff));
        }
    }
    // One digit alone carries only 6 bits: no encoder produces it.
    const bool impossibleLength = digits % 4 == 1;
    const bool wrongPadding = padding > 0 && (digits + padding) % 4 != 0;
    if (impossibleLength || wrongPadding) {
        result.errorOffset = padding > 0 ? digits : text.size();
        result.data.clear();
    }
    return result;
}

} // namespace hookscope
