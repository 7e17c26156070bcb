#pragma once

#include "bodyedit.h"

#include <QByteArray>
#include <QFlags>
#include <QJsonObject>
#include <QJsonValue>

namespace hookscope {

enum class JsonType {
    Null = 0x01,
    Boolean = 0x02,
    Integer = 0x04,
    Number = 0x08, // always together with Integer: every integer is a number
    String = 0x10,
    Object = 0x20,
    Array = 0x40,
};
Q_DECLARE_FLAGS(JsonTypes, JsonType)
Q_DECLARE_OPERATORS_FOR_FLAGS(JsonTypes)

constexpr JsonTypes kAnyJsonType = JsonTypes(0x7F);

// Which JSON types a JSON Schema (draft 7) allows at a place in a document. Reads type, const
// and enum along properties, patternProperties, additionalProperties, items, additionalItems,
// local $ref and allOf/anyOf/oneOf. Anything else (if/then, not, remote $ref) is taken to allow
// every type, so the answer is never narrower than the schema.
class SchemaTypeLookup
{
public:
    explicit SchemaTypeLookup(const QByteArray &schemaJson);

    // kAnyJsonType where the schema does not say (or contradicts itself). Index segments step
    // into arrays, Key segments into objects.
    JsonTypes typesAt(const JsonPath &path) const;

private:
    JsonTypes evaluate(const QJsonValue &schema, const JsonPath &path, qsizetype step,
                       int depth) const;
    QJsonValue resolveReference(const QString &reference) const;

    QJsonValue m_root;
};

} // namespace hookscope
