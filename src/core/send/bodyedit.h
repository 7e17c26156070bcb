#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace hookscope {

// One step of a path into a JSON document.
struct JsonPathSegment
{
    enum class Kind {
        Key, // an object member; on an array, a key of digits (or "-" in a pointer) is an index
        Index // "[n]" of a dotted path, or a step resolved into an array: arrays only
    };

    Kind kind = Kind::Key;
    QString key;
    qint64 index = -1;

    static JsonPathSegment member(const QString &key) { return { Kind::Key, key, -1 }; }
    static JsonPathSegment element(qint64 index) { return { Kind::Index, QString(), index }; }

    friend bool operator==(const JsonPathSegment &a, const JsonPathSegment &b)
    {
        return a.kind == b.kind && a.key == b.key && a.index == b.index;
    }
};

using JsonPath = QList<JsonPathSegment>;

enum class JsonPathSyntax {
    Pointer, // RFC 6901: /customers/0/email
    Dotted // customers[0].email, ["a.b"].c: the form JsonTree::dottedPath() writes
};

// "/customers/0/email" or "customers[0].email", as the user wrote it in that syntax.
QString formatJsonPath(const JsonPath &path, JsonPathSyntax syntax);

// One --set PATH=VALUE of the composer: where, and the value as typed (typed later, by the
// schema at that place).
struct BodyEdit
{
    QString pathText;
    JsonPathSyntax syntax = JsonPathSyntax::Dotted;
    JsonPath path;
    QString value;

    // A path starting with '/' is a JSON pointer, anything else a dotted path. The path ends at
    // the first '=' (outside ["..."] in a dotted path); the value is everything after it.
    // Errors are sentences starting with "--set ...:".
    static std::optional<BodyEdit> parse(const QString &argument, QString *error);
    static std::optional<JsonPath> parsePath(const QString &path, JsonPathSyntax syntax,
                                             QString *error);
};

} // namespace hookscope
