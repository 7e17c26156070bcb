#include "bodycomposer.h"

#include "decode/jsontree.h"
#include "editvalue.h"
#include "jsoneditor.h"
#include "providers/providerdefinition.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hookscope {

BodyComposer::BodyComposer(const ProviderDefinition *provider, QString eventType)
    : m_provider(provider), m_eventType(std::move(eventType))
{
    if (m_provider && m_provider->events.batchPointer.startsWith(u'/')) {
        QString error;
        m_batchPath = BodyEdit::parsePath(m_provider->events.batchPointer, JsonPathSyntax::Pointer,
                                          &error)
                              .value_or(JsonPath());
    }
}

std::optional<QByteArray> BodyComposer::compose(const QByteArray &body, const QList<BodyEdit> &edits,
                                                QString *error) const
{
    QByteArray composed = body;
    for (const BodyEdit &edit : edits) {
        const auto types = [&](const JsonPath &location) { return typesAt(composed, location); };
        QString problem;
        std::optional<JsonEditor::Result> result = JsonEditor::apply(composed, edit, types, &problem);
        if (!result) {
            *error = u"--set %1: %2"_s.arg(edit.pathText, problem);
            return std::nullopt;
        }
        composed = result->document;
    }
    return composed;
}

JsonTypes BodyComposer::typesAt(const QByteArray &body, const JsonPath &location) const
{
    const std::optional<Placement> placement = placementOf(body, location);
    return placement ? SchemaTypeLookup(*placement->schemaJson).typesAt(placement->path)
                     : kAnyJsonType;
}

SchemaField BodyComposer::fieldAt(const QByteArray &body, const JsonPath &location) const
{
    const std::optional<Placement> placement = placementOf(body, location);
    return placement ? SchemaTypeLookup(*placement->schemaJson).fieldAt(placement->path)
                     : SchemaField();
}

QByteArray BodyComposer::skeletonAt(const QByteArray &body, const JsonPath &location) const
{
    return skeleton(body, location, 0);
}

QByteArray BodyComposer::skeleton(const QByteArray &body, const JsonPath &location, int depth) const
{
    constexpr int kMaxDepth = 8;
    const SchemaField field = fieldAt(body, location);
    if (!field.enumValues.isEmpty())
        return QJsonDocument(QJsonArray { field.enumValues.first() }).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    const JsonTypes types = field.types;
    if (types.testFlag(JsonType::Object) && depth < kMaxDepth) {
        QByteArray object = "{";
        for (const QString &name : field.required) {
            if (object.size() > 1)
                object += ',';
            object += jsonStringLiteral(name) + ':'
                    + skeleton(body, JsonPath(location) << JsonPathSegment::member(name), depth + 1);
        }
        return object + '}';
    }
    if (types == kAnyJsonType || types.testFlag(JsonType::String))
        return "\"\"";
    if (types.testFlag(JsonType::Integer) || types.testFlag(JsonType::Number))
        return "0";
    if (types.testFlag(JsonType::Boolean))
        return "false";
    if (types.testFlag(JsonType::Array))
        return "[]";
    if (types.testFlag(JsonType::Object))
        return "{}";
    return "null";
}

QString BodyComposer::eventTypeAt(const QByteArray &body, qint64 batchIndex) const
{
    const QString named = m_provider ? batchEventType(body, batchIndex) : QString();
    return named.isEmpty() ? m_eventType : named;
}

std::optional<BodyComposer::Placement> BodyComposer::placementOf(const QByteArray &body,
                                                                 const JsonPath &location) const
{
    if (!m_provider)
        return std::nullopt;
    const qsizetype batchDepth = m_batchPath.size();
    const bool inBatchEvent = !m_batchPath.isEmpty() && location.size() > batchDepth
            && location.first(batchDepth) == m_batchPath
            && location.at(batchDepth).kind == JsonPathSegment::Kind::Index;
    if (m_batchPath.isEmpty() || inBatchEvent) {
        const QString named = inBatchEvent ? batchEventType(body, location.at(batchDepth).index)
                                           : QString();
        const EventTypeDefinition *type = m_provider->eventType(named);
        if (!type)
            type = m_provider->eventType(m_eventType);
        if (type)
            return Placement { &type->schemaJson,
                               inBatchEvent ? location.sliced(batchDepth + 1) : location };
    }
    if (!m_provider->envelopeSchemaJson.isEmpty())
        return Placement { &m_provider->envelopeSchemaJson, location };
    return std::nullopt;
}

QString BodyComposer::batchEventType(const QByteArray &body, qint64 index) const
{
    if (m_provider->events.typePointer.isEmpty())
        return {};
    const JsonTree tree = JsonTree::parse(body, JsonParseMode::Strict);
    const int node = tree.findPointer(m_provider->events.batchPointer + u'/'
                                      + QString::number(index) + m_provider->events.typePointer);
    return node >= 0 && tree.kind(node) == JsonNodeKind::String ? tree.scalarText(node) : QString();
}

} // namespace hookscope
