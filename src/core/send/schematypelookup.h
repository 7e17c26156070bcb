#pragma once

#include "bodyedit.h"

#include <QByteArray>
#include <QFlags>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

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

} // namespace hookscope

// At global scope, as Qt asks: inside the namespace these operators would hide the global ones
// (Qt::CTRL | Qt::Key_S) from code in the namespace.
Q_DECLARE_OPERATORS_FOR_FLAGS(hookscope::JsonTypes)

namespace hookscope {

constexpr JsonTypes kAnyJsonType = JsonTypes(0x7F);

// What a JSON Schema says about one place in a document, for editors and value generators.
struct SchemaField
{
    JsonTypes types = kAnyJsonType;
    QJsonArray enumValues; // "enum", or "const" as one value; empty when neither is given
    QString format; // "date-time", "email", "uuid", ...
    QString pattern;
    QString title;
    QString description;
    QStringList properties; // of an object, as the schemas list them
    QStringList required;

    bool allowsNull() const { return types.testFlag(JsonType::Null); }
};

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
    // Types as typesAt(); the other keywords from the first subschema at the place that has
    // them (properties and required from all of them).
    SchemaField fieldAt(const JsonPath &path) const;

private:
    void collect(const QJsonValue &schema, const JsonPath &path, qsizetype step, int depth,
                 QList<QJsonObject> *found) const;
    JsonTypes evaluate(const QJsonValue &schema, const JsonPath &path, qsizetype step,
                       int depth) const;
    QJsonValue resolveReference(const QString &reference) const;

    QJsonValue m_root;
};

} // namespace hookscope
