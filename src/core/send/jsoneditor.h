#pragma once

#include "bodyedit.h"
#include "schematypelookup.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace hookscope {

class JsonTree;

// The JSON types allowed at a place in the document (kAnyJsonType where nothing is known).
using JsonLocationTypes = std::function<JsonTypes(const JsonPath &location)>;

// Applies one --set to a JSON document by splicing bytes: an existing value is replaced in place,
// a missing member is added after the last one of its object (or an element appended to its
// array), following the neighbours' indentation and separators; missing containers on the way
// are created. Every byte outside the replaced or inserted text stays as it was, so key order,
// number spelling, escapes and whitespace elsewhere are kept. Duplicate keys: the first is
// edited, as RFC 6901 lookups here do.
class JsonEditor
{
public:
    struct Result
    {
        QByteArray document;
        JsonPath location; // where the value now is, every step resolved to a member or index
    };

    // nullopt with a sentence in *error (without the "--set PATH:" lead) when the document is
    // not strict JSON, the path runs through a scalar or out of an array, or the value does not
    // fit the types at its place.
    static std::optional<Result> apply(const QByteArray &document, const BodyEdit &edit,
                                       const JsonLocationTypes &types, QString *error);

    // Puts a JSON value (strict JSON text, taken as it is) at a path, like apply(): an existing
    // value is replaced, a missing member or the next array element is added. In a document
    // written over several lines, an object or array is laid out like the rest of it.
    static std::optional<Result> put(const QByteArray &document, const JsonPath &path,
                                     const QByteArray &json, QString *error);

    // Removes a member or element together with the comma that separated it, so the rest keeps
    // its layout; the last entry of a container leaves "{}" or "[]".
    static std::optional<QByteArray> remove(const QByteArray &document, const JsonPath &path,
                                            QString *error);

    // The node a path names (the first of duplicate keys), -1 when there is none.
    static int nodeAt(const JsonTree &tree, const JsonPath &path);
    // The path of a node: members by key, elements by index.
    static JsonPath pathOf(const JsonTree &tree, int node);
};

} // namespace hookscope
