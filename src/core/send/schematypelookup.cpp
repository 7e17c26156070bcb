#include "schematypelookup.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

// Bounds $ref chains (a schema may refer to itself) and deeply nested combinators.
constexpr int kMaxDepth = 64;

JsonTypes typesNamed(const QString &name)
{
    static const QHash<QString, JsonTypes> named = {
        { u"null"_s, JsonType::Null },       { u"boolean"_s, JsonType::Boolean },
        { u"integer"_s, JsonType::Integer }, { u"number"_s, JsonType::Integer | JsonType::Number },
        { u"string"_s, JsonType::String },   { u"object"_s, JsonType::Object },
        { u"array"_s, JsonType::Array },
    };
    return named.value(name, kAnyJsonType);
}

JsonTypes typesOfValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonType::Null;
    case QJsonValue::Bool:
        return JsonType::Boolean;
    case QJsonValue::Double:
        return JsonType::Integer | JsonType::Number;
    case QJsonValue::String:
        return JsonType::String;
    case QJsonValue::Array:
        return JsonType::Array;
    case QJsonValue::Object:
        return JsonType::Object;
    case QJsonValue::Undefined:
        break;
    }
    return kAnyJsonType;
}

// What type, const and enum of this schema object allow, ignoring its subschemas.
JsonTypes ownTypes(const QJsonObject &schema)
{
    JsonTypes types = kAnyJsonType;
    const QJsonValue type = schema.value(u"type"_s);
    if (type.isString()) {
        types &= typesNamed(type.toString());
    } else if (type.isArray()) {
        JsonTypes listed;
        for (const QJsonValue &name : type.toArray())
            listed |= typesNamed(name.toString());
        types &= listed;
    }
    if (schema.contains(u"const"_s))
        types &= typesOfValue(schema.value(u"const"_s));
    const QJsonValue enumeration = schema.value(u"enum"_s);
    if (enumeration.isArray() && !enumeration.toArray().isEmpty()) {
        JsonTypes listed;
        for (const QJsonValue &value : enumeration.toArray())
            listed |= typesOfValue(value);
        types &= listed;
    }
    return types;
}

// The schemas that apply to a member or element, as one schema.
QJsonValue childSchema(const QJsonObject &schema, const JsonPathSegment &segment)
{
    if (segment.kind == JsonPathSegment::Kind::Index) {
        const QJsonValue items = schema.value(u"items"_s);
        if (!items.isArray())
            return items.isUndefined() ? QJsonValue(true) : items;
        const QJsonArray tuple = items.toArray();
        if (segment.index < tuple.size())
            return tuple.at(segment.index);
        return schema.value(u"additionalItems"_s).isUndefined() ? QJsonValue(true)
                                                                 : schema.value(u"additionalItems"_s);
    }
    QJsonArray applicable;
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    if (properties.contains(segment.key))
        applicable.append(properties.value(segment.key));
    const QJsonObject patterns = schema.value(u"patternProperties"_s).toObject();
    for (auto it = patterns.begin(); it != patterns.end(); ++it) {
        if (QRegularExpression(it.key()).match(segment.key).hasMatch())
            applicable.append(it.value());
    }
    if (applicable.isEmpty()) {
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        return additional.isUndefined() ? QJsonValue(true) : additional;
    }
    return applicable.size() == 1 ? applicable.first() : QJsonObject { { u"allOf"_s, applicable } };
}

} // namespace

SchemaTypeLookup::SchemaTypeLookup(const QByteArray &schemaJson)
{
    const QJsonDocument document = QJsonDocument::fromJson(schemaJson);
    m_root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(true);
}

JsonTypes SchemaTypeLookup::typesAt(const JsonPath &path) const
{
    const JsonTypes types = evaluate(m_root, path, 0, 0);
    return types ? types : kAnyJsonType;
}

JsonTypes SchemaTypeLookup::evaluate(const QJsonValue &schema, const JsonPath &path,
                                     qsizetype step, int depth) const
{
    if (depth > kMaxDepth || !schema.isObject())
        return schema.isBool() && !schema.toBool() ? JsonTypes() : kAnyJsonType;
    const QJsonObject object = schema.toObject();
    JsonTypes types = step == path.size()
            ? ownTypes(object)
            : evaluate(childSchema(object, path.at(step)), path, step + 1, depth + 1);
    if (object.contains(u"$ref"_s))
        types &= evaluate(resolveReference(object.value(u"$ref"_s).toString()), path, step,
                          depth + 1);
    for (const QJsonValue &part : object.value(u"allOf"_s).toArray())
        types &= evaluate(part, path, step, depth + 1);
    for (const QString &keyword : { u"anyOf"_s, u"oneOf"_s }) {
        const QJsonArray alternatives = object.value(keyword).toArray();
        if (alternatives.isEmpty())
            continue;
        JsonTypes any;
        for (const QJsonValue &alternative : alternatives)
            any |= evaluate(alternative, path, step, depth + 1);
        types &= any;
    }
    return types;
}

SchemaField SchemaTypeLookup::fieldAt(const JsonPath &path) const
{
    SchemaField field;
    field.types = typesAt(path);
    QList<QJsonObject> schemas;
    collect(m_root, path, 0, 0, &schemas);
    const auto firstString = [&](const QString &keyword) {
        for (const QJsonObject &schema : std::as_const(schemas)) {
            if (schema.value(keyword).isString())
                return schema.value(keyword).toString();
        }
        return QString();
    };
    field.format = firstString(u"format"_s);
    field.pattern = firstString(u"pattern"_s);
    field.title = firstString(u"title"_s);
    field.description = firstString(u"description"_s);
    for (const QJsonObject &schema : std::as_const(schemas)) {
        if (field.enumValues.isEmpty() && schema.contains(u"const"_s))
            field.enumValues = QJsonArray { schema.value(u"const"_s) };
        if (field.enumValues.isEmpty() && schema.value(u"enum"_s).isArray())
            field.enumValues = schema.value(u"enum"_s).toArray();
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!field.properties.contains(it.key()))
                field.properties.append(it.key());
        }
        for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
            if (name.isString() && !field.required.contains(name.toString()))
                field.required.append(name.toString());
        }
    }
    return field;
}

// The schema objects that apply at the place, along the same keywords as evaluate().
void SchemaTypeLookup::collect(const QJsonValue &schema, const JsonPath &path, qsizetype step,
                               int depth, QList<QJsonObject> *found) const
{
    if (depth > kMaxDepth || !schema.isObject())
        return;
    const QJsonObject object = schema.toObject();
    if (step == path.size())
        found->append(object);
    else
        collect(childSchema(object, path.at(step)), path, step + 1, depth + 1, found);
    if (object.contains(u"$ref"_s))
        collect(resolveReference(object.value(u"$ref"_s).toString()), path, step, depth + 1, found);
    for (const QString &keyword : { u"allOf"_s, u"anyOf"_s, u"oneOf"_s }) {
        for (const QJsonValue &part : object.value(keyword).toArray())
            collect(part, path, step, depth + 1, found);
    }
}

QJsonValue SchemaTypeLookup::resolveReference(const QString &reference) const
{
    if (!reference.startsWith(u'#'))
        return true; // another document: not followed
    const QString pointer = QUrl::fromPercentEncoding(reference.mid(1).toUtf8());
    QJsonValue at = m_root;
    if (pointer.isEmpty())
        return at;
    QString error;
    const std::optional<JsonPath> tokens =
            pointer.startsWith(u'/') ? BodyEdit::parsePath(pointer, JsonPathSyntax::Pointer, &error)
                                     : std::nullopt;
    if (!tokens)
        return true;
    for (const JsonPathSegment &token : *tokens) {
        if (at.isObject()) {
            at = at.toObject().value(token.key);
        } else if (at.isArray()) {
            bool isNumber = false;
            const int index = token.key.toInt(&isNumber);
            at = isNumber ? at.toArray().at(index) : QJsonValue();
        } else {
            return true;
        }
        if (at.isUndefined())
            return true;
    }
    return at;
}

} // namespace hookscope
