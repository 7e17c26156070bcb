#include "bodyedit.h"

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

// As JsonTree::dottedPath() writes keys, and '=' too, which would end the path of a --set.
bool needsBrackets(QStringView key)
{
    return key.isEmpty() || key.contains(u'.') || key.contains(u'[') || key.contains(u']')
            || key.contains(u'=');
}

QString quotedKey(QStringView key)
{
    QString out = u"[\""_s;
    for (const QChar c : key) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u"\"]"_s;
}

QString pointerToken(QStringView key)
{
    return key.toString().replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

std::optional<JsonPath> parsePointer(const QString &text, QString *error)
{
    JsonPath path;
    for (const QStringView raw : QStringView(text).mid(1).split(u'/')) {
        QString key;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] != u'~') {
                key += raw[i];
                continue;
            }
            const QChar next = i + 1 < raw.size() ? raw[i + 1] : QChar();
            if (next != u'0' && next != u'1') {
                *error = u"in a JSON pointer '~' must be followed by 0 (for ~) or 1 (for /)"_s;
                return std::nullopt;
            }
            key += next == u'0' ? u'~' : u'/';
            ++i;
        }
        path.append(JsonPathSegment::member(key));
    }
    return path;
}

// Reads the ["key"] or [n] starting at text[*at] == '['; *at ends after the ']'.
std::optional<JsonPathSegment> parseBracket(const QString &text, qsizetype *at, QString *error)
{
    qsizetype i = *at + 1;
    if (i < text.size() && text[i] == u'"') {
        QString key;
        for (++i; i < text.size() && text[i] != u'"'; ++i) {
            if (text[i] == u'\\' && i + 1 < text.size())
                ++i;
            key += text[i];
        }
        if (i + 1 >= text.size() || text[i + 1] != u']') {
            *error = u"a quoted key must be closed with \"]"_s;
            return std::nullopt;
        }
        *at = i + 2;
        return JsonPathSegment::member(key);
    }
    const qsizetype close = text.indexOf(u']', i);
    const QStringView digits = close < 0 ? QStringView() : QStringView(text).sliced(i, close - i);
    bool ok = !digits.isEmpty() && digits.size() <= 9 && (digits.size() == 1 || digits[0] != u'0');
    for (const QChar c : digits)
        ok = ok && c >= u'0' && c <= u'9';
    if (!ok) {
        const QString written = close < 0 ? text.mid(*at) : text.mid(*at, close + 1 - *at);
        *error = u"\"%1\" is not an array index; write [0], [1], ... or [\"key\"]"_s.arg(written);
        return std::nullopt;
    }
    *at = close + 1;
    return JsonPathSegment::element(digits.toLongLong());
}

std::optional<JsonPath> parseDotted(const QString &text, QString *error)
{
    JsonPath path;
    qsizetype at = 0;
    while (at < text.size()) {
        if (text[at] == u'[') {
            std::optional<JsonPathSegment> segment = parseBracket(text, &at, error);
            if (!segment)
                return std::nullopt;
            path.append(*segment);
            continue;
        }
        if (!path.isEmpty()) {
            if (text[at] != u'.') {
                *error = u"expected '.' or '[' at character %1"_s.arg(at + 1);
                return std::nullopt;
            }
            ++at;
        }
        qsizetype end = at;
        while (end < text.size() && text[end] != u'.' && text[end] != u'[' && text[end] != u']')
            ++end;
        if (end < text.size() && text[end] == u']') {
            *error = u"unexpected ']' at character %1"_s.arg(end + 1);
            return std::nullopt;
        }
        if (end == at) {
            *error = u"empty name at character %1; write [\"\"] for an empty key"_s.arg(at + 1);
            return std::nullopt;
        }
        path.append(JsonPathSegment::member(text.mid(at, end - at)));
        at = end;
    }
    return path;
}

// The '=' that ends the path: the first one, except inside ["..."] of a dotted path.
qsizetype pathEnd(const QString &argument)
{
    if (argument.startsWith(u'/'))
        return argument.indexOf(u'=');
    bool quoted = false;
    for (qsizetype i = 0; i < argument.size(); ++i) {
        const QChar c = argument[i];
        if (quoted && c == u'\\')
            ++i;
        else if (c == u'"' && (quoted || (i > 0 && argument[i - 1] == u'[')))
            quoted = !quoted;
        else if (!quoted && c == u'=')
            return i;
    }
    return -1;
}

} // namespace

QString formatJsonPath(const JsonPath &path, JsonPathSyntax syntax)
{
    QString text;
    for (const JsonPathSegment &segment : path) {
        const bool isIndex = segment.kind == JsonPathSegment::Kind::Index;
        if (syntax == JsonPathSyntax::Pointer) {
            text += u'/' + (isIndex ? QString::number(segment.index) : pointerToken(segment.key));
        } else if (isIndex) {
            text += u'[' + QString::number(segment.index) + u']';
        } else if (needsBrackets(segment.key)) {
            text += quotedKey(segment.key);
        } else {
            text += (text.isEmpty() ? QString() : u"."_s) + segment.key;
        }
    }
    return text;
}

std::optional<JsonPath> BodyEdit::parsePath(const QString &path, JsonPathSyntax syntax,
                                            QString *error)
{
    return syntax == JsonPathSyntax::Pointer ? parsePointer(path, error) : parseDotted(path, error);
}

std::optional<BodyEdit> BodyEdit::parse(const QString &argument, QString *error)
{
    const qsizetype equals = pathEnd(argument);
    if (equals < 0) {
        *error = u"--set %1: expected PATH=VALUE, e.g. customers[0].email=a@example.com"_s.arg(
                argument);
        return std::nullopt;
    }
    BodyEdit edit;
    edit.pathText = argument.left(equals);
    edit.value = argument.mid(equals + 1);
    if (edit.pathText.isEmpty()) {
        *error = u"--set %1: the path is empty; write a dotted path (customers[0].email) or a "
                 "JSON pointer (/customers/0/email)"_s.arg(argument);
        return std::nullopt;
    }
    edit.syntax = edit.pathText.startsWith(u'/') ? JsonPathSyntax::Pointer : JsonPathSyntax::Dotted;
    QString problem;
    std::optional<JsonPath> path = parsePath(edit.pathText, edit.syntax, &problem);
    if (!path) {
        *error = u"--set %1: %2"_s.arg(edit.pathText, problem);
        return std::nullopt;
    }
    edit.path = *path;
    return edit;
}

} // namespace hookscope
