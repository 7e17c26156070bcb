// Byte-level helpers for the tree builder: they look at tokens, never at the grammar.

#include "jsontree_lexing.h"

#include "common/textsyntax.h"

#include <rapidjson/encodings.h>

#include <algorithm>

namespace hookscope::detail {
namespace {

struct DiscardStream
{
    using Ch = char;
    void Put(Ch) { }
};

int hex4(const char *p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexDigitValue(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

bool isIdentifierByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || c == '-' || c == '.';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isJsonNumber(QByteArrayView t)
{
    qsizetype i = 0;
    const qsizetype n = t.size();
    auto digits = [&] {
        const qsizetype from = i;
        while (i < n && isDigit(t[i]))
            ++i;
        return i > from;
    };
    if (i < n && t[i] == '-')
        ++i;
    if (i < n && t[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < n && t[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < n && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == n;
}

} // namespace

bool isUtf8Valid(const char *base, qint64 begin, qint64 end, qint64 *invalidAt)
{
    qint64 i = begin;
    while (i < end && uchar(base[i]) < 0x80)
        ++i;
    if (i == end)
        return true;
    ByteStream in(base, i, end);
    DiscardStream out;
    while (qint64(in.Tell()) < end) {
        const qint64 at = qint64(in.Tell());
        if (!rapidjson::UTF8<>::Validate(in, out)) {
            *invalidAt = at;
            return false;
        }
    }
    return true;
}

qint64 findLoneSurrogateEscape(const char *s, qint64 begin, qint64 end)
{
    qint64 i = begin;
    while (i + 1 < end) {
        if (s[i] != '\\') {
            ++i;
            continue;
        }
        if (s[i + 1] != 'u' || i + 6 > end) {
            i += 2;
            continue;
        }
        const int unit = hex4(s + i + 2);
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return i;
        i += (unit >= 0xD800 && unit <= 0xDBFF) ? 12 : 6;
    }
    return -1;
}

bool hasEncodedSurrogate(const char *text, qsizetype length)
{
    for (qsizetype i = 0; i + 1 < length; ++i) {
        if (uchar(text[i]) == 0xED && uchar(text[i + 1]) >= 0xA0)
            return true;
    }
    return false;
}

JsonSpan placeholderAt(QByteArrayView s, qint64 offset)
{
    constexpr qint64 MaxLength = 64;
    if (offset < 0 || offset >= s.size())
        return {};
    if (s[offset] == '$' && offset + 1 < s.size() && s[offset + 1] == '{')
        ++offset;
    qint64 open = offset;
    while (open >= 0 && offset - open < MaxLength && (isIdentifierByte(s[open]) || s[open] == ' '))
        --open;
    if (open < 0 || (s[open] != '{' && s[open] != '<'))
        return {};
    const char closer = s[open] == '{' ? '}' : '>';
    qint64 start = open;
    int braces = 1;
    if (closer == '}' && start > 0 && s[start - 1] == '{') {
        --start;
        ++braces;
    }
    if (closer == '}' && start > 0 && s[start - 1] == '$')
        --start;
    qint64 i = open + 1;
    while (i < s.size() && s[i] == ' ')
        ++i;
    const qint64 nameStart = i;
    while (i < s.size() && i - open < MaxLength && isIdentifierByte(s[i]))
        ++i;
    if (i == nameStart)
        return {};
    while (i < s.size() && s[i] == ' ')
        ++i;
    for (int b = 0; b < braces; ++b) {
        if (i >= s.size() || s[i] != closer)
            return {};
        ++i;
    }
    if (offset >= i)
        return {};
    return { start, i - start };
}

// RapidJSON 1.1.0 rejects numbers beyond double range (1e400, 400-digit integers) even with
// kParseNumbersAsStringsFlag. Numbers are shown from the source, so a parse buffer may carry an
// equally long harmless number instead: this lexes strings, comments and numbers (not the
// grammar) and rewrites every valid number that could overflow as "0.000...".
bool neutraliseHugeNumbers(char *s, qint64 begin, qint64 size, bool comments)
{
    bool changed = false;
    qint64 i = begin;
    while (i < size) {
        const char c = s[i];
        if (c == '"') {
            ++i;
            while (i < size && s[i] != '"')
                i += s[i] == '\\' ? 2 : 1;
            ++i;
        } else if (comments && c == '/' && i + 1 < size && (s[i + 1] == '*' || s[i + 1] == '/')) {
            const QByteArrayView rest(s + i + 2, size - i - 2);
            const bool block = s[i + 1] == '*';
            const qsizetype end = block ? rest.indexOf("*/") : rest.indexOf('\n');
            i = end < 0 ? size : i + 2 + end + (block ? 2 : 1);
        } else if (c == '-' || isDigit(c)) {
            qint64 end = i;
            while (end < size
                   && (isDigit(s[end]) || s[end] == '.' || s[end] == 'e' || s[end] == 'E'
                       || s[end] == '+' || s[end] == '-'))
                ++end;
            const QByteArrayView token(s + i, end - i);
            const bool risky = token.size() > 300 || token.contains('e') || token.contains('E');
            if (token.size() >= 3 && risky && isJsonNumber(token)) {
                std::fill(s + i, s + end, '0');
                s[i + 1] = '.';
                changed = true;
            }
            i = end;
        } else {
            ++i;
        }
    }
    return changed;
}

} // namespace hookscope::detail
