#include "bodysniffer.h"

#include "decode/jsontree.h"

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The bytes after a UTF-8 byte order mark and leading whitespace.
QByteArrayView content(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    qsizetype i = 0;
    while (i < bytes.size() && isWhitespace(bytes[i]))
        ++i;
    return bytes.sliced(i);
}

bool startsWithCaseInsensitive(QByteArrayView bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size()
        && bytes.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool isFormByte(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("-._~%+=&*,;:/!'()[]@$?").contains(c);
}

} // namespace

BodySniffer::Guess BodySniffer::guess(const QByteArray &bytes)
{
    Guess guess;
    if (startsLikeJson(bytes)) {
        if (isJsonDocument(bytes, &guess.jsonError)) {
            guess.kind = BodyKind::Json;
            guess.mediaType = MediaType("application", "json");
            return guess;
        }
    }
    if (looksLikeForm(bytes)) {
        guess.kind = BodyKind::Form;
        guess.mediaType = MediaType("application", "x-www-form-urlencoded");
        return guess;
    }
    const QByteArrayView start = content(bytes);
    const bool html = startsWithCaseInsensitive(start, "<!doctype html")
        || startsWithCaseInsensitive(start, "<html");
    if (start.startsWith('<') && !html) {
        guess.kind = BodyKind::Xml;
        guess.mediaType = MediaType("application", "xml");
        return guess;
    }
    if (isPlainText(bytes)) {
        guess.kind = BodyKind::Text;
        guess.mediaType = html ? MediaType("text", "html") : MediaType("text", "plain");
        return guess;
    }
    guess.kind = BodyKind::Binary;
    guess.mediaType = MediaType("application", "octet-stream");
    return guess;
}

bool BodySniffer::startsLikeJson(QByteArrayView bytes)
{
    const QByteArrayView start = content(bytes);
    return start.startsWith('{') || start.startsWith('[');
}

bool BodySniffer::isJsonDocument(const QByteArray &bytes, QString *error)
{
    if (!startsLikeJson(bytes))
        return false;
    const JsonTree tree = JsonTree::parse(bytes, JsonParseMode::Lenient);
    if (!tree.isValid() && error) {
        const JsonParseError parseError = tree.error();
        *error = u"%1 at byte %2"_s.arg(parseError.message).arg(parseError.byteOffset);
    }
    return tree.isValid();
}

bool BodySniffer::looksLikeForm(QByteArrayView bytes)
{
    if (!bytes.contains('='))
        return false;
    for (char c : bytes) {
        if (!isFormByte(c))
            return false;
    }
    // Every pair has a name and at most one '=': encoders escape the others, and Base64 padding
    // ("eyJhIjoxfQ==") is not a form.
    qsizetype pairStart = 0;
    while (pairStart <= bytes.size()) {
        qsizetype pairEnd = bytes.indexOf('&', pairStart);
        if (pairEnd < 0)
            pairEnd = bytes.size();
        const QByteArrayView pair = bytes.sliced(pairStart, pairEnd - pairStart);
        const qsizetype equals = pair.indexOf('=');
        if (equals == 0 || (equals > 0 && pair.indexOf('=', equals + 1) >= 0))
            return false;
        pairStart = pairEnd + 1;
    }
    return true;
}

bool BodySniffer::isPlainText(QByteArrayView bytes)
{
    for (char c : bytes) {
        const auto byte = uchar(c);
        if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || byte == 0x7f)
            return false;
    }
    return bytes.isValidUtf8();
}

} // namespace hookscope
