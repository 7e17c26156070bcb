#include "editvalue.h"

#include "decode/jsontree.h"

#include <QStringList>

#include <algorithm>
#include <iterator>
#include <utility>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

// The kind of the JSON value the whole text is (no surrounding space), if it is one.
std::optional<JsonNodeKind> literalKind(const QByteArray &utf8)
{
    // JsonTree forgives a byte order mark before a document; inside one it is not JSON.
    if (utf8.isEmpty() || utf8 != utf8.trimmed() || utf8.startsWith("\xEF\xBB\xBF"))
        return std::nullopt;
    const JsonTree tree = JsonTree::parse(utf8, JsonParseMode::Strict, 100'000);
    if (!tree.isValid() || tree.nodeCount() == 0)
        return std::nullopt;
    return tree.kind(JsonTree::RootNode);
}

bool isInteger(const QByteArray &number)
{
    return !number.contains('.') && !number.contains('e') && !number.contains('E');
}

} // namespace

QByteArray jsonStringLiteral(QStringView text)
{
    static constexpr std::pair<char, const char *> kShortEscapes[] = {
        { '"', "\\\"" }, { '\\', "\\\\" }, { '\n', "\\n" }, { '\r', "\\r" }, { '\t', "\\t" },
    };
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    for (const char byte : text.toUtf8()) {
        const auto *escape = std::find_if(std::begin(kShortEscapes), std::end(kShortEscapes),
                                          [byte](const auto &entry) { return entry.first == byte; });
        if (escape != std::end(kShortEscapes))
            out.append(escape->second);
        else if (uchar(byte) < 0x20)
            out.append("\\u00").append(QByteArray::number(uchar(byte), 16).rightJustified(2, '0'));
        else
            out.append(byte);
    }
    out.append('"');
    return out;
}

QString describeJsonTypes(JsonTypes types)
{
    QStringList words;
    if (types & JsonType::Object)
        words.append(u"a JSON object"_s);
    if (types & JsonType::Array)
        words.append(u"a JSON array"_s);
    if (types & JsonType::String)
        words.append(u"a string"_s);
    if (types & JsonType::Number)
        words.append(u"a number"_s);
    else if (types & JsonType::Integer)
        words.append(u"an integer"_s);
    if (types & JsonType::Boolean)
        words.append(u"true or false"_s);
    if (types & JsonType::Null)
        words.append(u"null"_s);
    if (words.size() <= 1)
        return words.value(0, u"nothing"_s);
    const QString last = words.takeLast();
    return words.join(u", "_s) + u" or "_s + last;
}

std::optional<QByteArray> encodeEditValue(const QString &text, JsonTypes allowed, QString *error)
{
    const QByteArray utf8 = text.toUtf8();
    const std::optional<JsonNodeKind> kind = literalKind(utf8);
    const QByteArray trimmed = utf8.trimmed();
    const std::optional<JsonNodeKind> containerKind =
            kind ? kind : (trimmed != utf8 ? literalKind(trimmed) : std::nullopt);
    const bool isContainer = containerKind
            && (*containerKind == JsonNodeKind::Object || *containerKind == JsonNodeKind::Array);

    if (allowed == kAnyJsonType) {
        if (kind == JsonNodeKind::Number || kind == JsonNodeKind::Bool || kind == JsonNodeKind::Null)
            return utf8;
        if (isContainer)
            return trimmed;
        return jsonStringLiteral(text);
    }

    if (kind == JsonNodeKind::Null && (allowed & JsonType::Null))
        return utf8;
    if (kind == JsonNodeKind::Number) {
        if ((allowed & JsonType::Number) || ((allowed & JsonType::Integer) && isInteger(utf8)))
            return utf8;
    }
    if (kind == JsonNodeKind::Bool && (allowed & JsonType::Boolean))
        return utf8;
    if (isContainer) {
        const JsonType wanted =
                *containerKind == JsonNodeKind::Object ? JsonType::Object : JsonType::Array;
        if (allowed & wanted)
            return trimmed;
    }
    if (allowed & JsonType::String)
        return jsonStringLiteral(text);
    *error = u"the event schema wants %1 here"_s.arg(describeJsonTypes(allowed));
    return std::nullopt;
}

} // namespace hookscope
