#include "shellquoting.h"

#include "jsonoutput.h"

namespace hookscope {

namespace {

bool isPrintable(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (uchar(c) < 0x20 || uchar(c) == 0x7F)
            return false;
    }
    return jsonoutput::isUtf8(bytes);
}

// Needs no quotes at all: nothing bash expands or splits on.
bool isBareWord(QByteArrayView bytes)
{
    // A leading '-' would read as an option to the command it is given to.
    if (bytes.isEmpty() || bytes.front() == '-')
        return false;
    for (const char c : bytes) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '/' || c == ':'
            || c == ',' || c == '+' || c == '@' || c == '%';
        if (!plain)
            return false;
    }
    return true;
}

QByteArray singleQuoted(QByteArrayView bytes)
{
    QByteArray word = "'";
    for (const char c : bytes) {
        if (c == '\'')
            word += "'\\''";
        else
            word += c;
    }
    return word + '\'';
}

QByteArray ansiCQuoted(QByteArrayView bytes)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const bool utf8 = jsonoutput::isUtf8(bytes);
    QByteArray word = "$'";
    for (const char c : bytes) {
        const uchar byte = uchar(c);
        switch (c) {
        case '\0':
            continue;
        case '\n':
            word += "\\n";
            continue;
        case '\r':
            word += "\\r";
            continue;
        case '\t':
            word += "\\t";
            continue;
        case '\\':
            word += "\\\\";
            continue;
        case '\'':
            word += "\\'";
            continue;
        default:
            break;
        }
        // Exactly two hex digits: bash reads at most two, so a digit after it stays literal.
        if (byte < 0x20 || byte == 0x7F || (byte >= 0x80 && !utf8)) {
            word += "\\x";
            word += kHex[byte >> 4];
            word += kHex[byte & 0xF];
        } else {
            word += c;
        }
    }
    return word + '\'';
}

} // namespace

QByteArray shellQuoted(QByteArrayView bytes)
{
    if (isBareWord(bytes))
        return bytes.toByteArray();
    return isPrintable(bytes) ? singleQuoted(bytes) : ansiCQuoted(bytes);
}

} // namespace hookscope
