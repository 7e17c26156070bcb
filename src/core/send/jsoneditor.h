#pragma once

#include "bodyedit.h"
#include "schematypelookup.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace hookscope {

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
};

} // namespace hookscope
