#include "providerdefinition.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return value.toBool() ? "true" : "false"; // draft 7 boolean schemas
}

HttpHeaderList headerPairs(const QJsonValue &value)
{
    HttpHeaderList headers;
    for (const QJsonValue &pair : value.toArray()) {
        const QJsonArray nameAndValue = pair.toArray();
        headers.append(HttpHeader { nameAndValue.at(0).toString().toUtf8(),
                                    nameAndValue.at(1).toString().toUtf8() });
    }
    return headers;
}

bool readCondition(const QString &key, const QJsonValue &value, DetectionCondition *condition,
                   QString *errorMessage)
{
    using Kind = DetectionCondition::Kind;
    auto readMatch = [&](const QString &nameField) {
        const QJsonObject object = value.toObject();
        condition->name = object.value(nameField).toString();
        if (object.contains(u"pattern"_s)) {
            condition->pattern = QRegularExpression(object.value(u"pattern"_s).toString());
            if (!condition->pattern.isValid()) {
                *errorMessage = u"detection %1: bad pattern: %2"_s.arg(key, condition->pattern.errorString());
                return false;
            }
        } else {
            condition->value = object.value(u"value"_s);
        }
        return true;
    };
    if (key == u"header"_s) {
        condition->kind = Kind::Header;
        condition->name = value.toString();
    } else if (key == u"header_equals"_s) {
        condition->kind = Kind::HeaderEquals;
        return readMatch(u"name"_s);
    } else if (key == u"path_prefix"_s) {
        condition->kind = Kind::PathPrefix;
        condition->name = value.toString();
    } else if (key == u"content_type"_s) {
        condition->kind = Kind::ContentType;
        condition->name = value.toString();
    } else if (key == u"json_exists"_s) {
        condition->kind = Kind::JsonExists;
        condition->name = value.toString();
    } else if (key == u"json_equals"_s) {
        condition->kind = Kind::JsonEquals;
        return readMatch(u"pointer"_s);
    } else {
        *errorMessage = u"unknown detection condition \"%1\""_s.arg(key);
        return false;
    }
    return true;
}

std::shared_ptr<const JsonSchema> compileSchema(const QByteArray &json, const QString &what,
                                                QString *errorMessage)
{
    QString error;
    std::shared_ptr<const JsonSchema> schema = JsonSchema::compile(json, &error);
    if (!schema)
        *errorMessage = u"%1: %2"_s.arg(what, error);
    return schema;
}

} // namespace

PhasioLayout EncryptionSettings::phasioLayout() const
{
    PhasioLayout layout;
    layout.nonceLength = nonceLength;
    layout.tagLength = tagLength;
    layout.order = phasioOrderFromName(order).value_or(layout.order);
    layout.paddedBase64 = paddedBase64;
    return layout;
}

SignatureSchemeOptions SignatureSettings::schemeOptions() const
{
    SignatureSchemeOptions result;
    result.toleranceSeconds = options.value(u"tolerance_seconds"_s).toInteger(result.toleranceSeconds);
    HmacSchemeOptions &hmac = result.hmac;
    if (options.contains(u"header"_s))
        result.headerToken.header = hmac.header = options.value(u"header"_s).toString().toUtf8();
    if (options.contains(u"prefix"_s))
        result.headerToken.prefix = hmac.prefix = options.value(u"prefix"_s).toString().toUtf8();
    hmac.algorithm = hashAlgorithmFromName(options.value(u"algorithm"_s).toString()).value_or(hmac.algorithm);
    hmac.encoding = digestEncodingFromName(options.value(u"encoding"_s).toString()).value_or(hmac.encoding);
    hmac.signedContent = options.value(u"signed_content"_s).toString(QString::fromUtf8(hmac.signedContent)).toUtf8();
    hmac.timestampHeader = options.value(u"timestamp_header"_s).toString().toUtf8();
    hmac.idHeader = options.value(u"id_header"_s).toString().toUtf8();
    return result;
}

const EventTypeDefinition *ProviderDefinition::eventType(const QString &typeId) const
{
    for (const EventTypeDefinition &type : eventTypes) {
        if (type.id == typeId)
            return &type;
    }
    return nullptr;
}

std::optional<ProviderDefinition> ProviderDefinition::fromJson(const QJsonObject &object,
                                                               QString *errorMessage)
{
    ProviderDefinition provider;
    provider.id = object.value(u"id"_s).toString();
    provider.name = object.value(u"name"_s).toString(provider.id);
    provider.description = object.value(u"description"_s).toString();
    provider.docsUrl = object.value(u"docs_url"_s).toString();

    for (const QJsonValue &ruleValue : object.value(u"detection"_s).toArray()) {
        DetectionRule rule;
        const QJsonObject ruleObject = ruleValue.toObject();
        for (auto it = ruleObject.begin(); it != ruleObject.end(); ++it) {
            DetectionCondition condition;
            if (!readCondition(it.key(), it.value(), &condition, errorMessage))
                return std::nullopt;
            rule.conditions.append(condition);
        }
        provider.detection.append(rule);
    }

    const QJsonObject encryption = object.value(u"body"_s).toObject().value(u"encryption"_s).toObject();
    if (!encryption.isEmpty()) {
        EncryptionSettings settings;
        settings.scheme = encryption.value(u"scheme"_s).toString();
        settings.nonceLength = encryption.value(u"nonce_length"_s).toInt(settings.nonceLength);
        settings.tagLength = encryption.value(u"tag_length"_s).toInt(settings.tagLength);
        settings.order = encryption.value(u"order"_s).toString(settings.order);
        settings.paddedBase64 = encryption.value(u"padded_base64"_s).toBool(settings.paddedBase64);
        provider.encryption = settings;
    }

    const QJsonObject events = object.value(u"events"_s).toObject();
    provider.events.batchPointer = events.value(u"batch_pointer"_s).toString();
    provider.events.typePointer = events.value(u"type_pointer"_s).toString();
    provider.events.typeHeader = events.value(u"type_header"_s).toString();
    provider.events.typeFromEndpoint = events.value(u"type_from_endpoint"_s).toBool();

    if (object.contains(u"envelope_schema"_s)) {
        provider.envelopeSchemaJson = compactJson(object.value(u"envelope_schema"_s));
        provider.envelopeSchema = compileSchema(provider.envelopeSchemaJson,
                                                u"envelope_schema"_s, errorMessage);
        if (!provider.envelopeSchema)
            return std::nullopt;
    }
    for (const QJsonValue &typeValue : object.value(u"event_types"_s).toArray()) {
        const QJsonObject typeObject = typeValue.toObject();
        EventTypeDefinition type;
        type.id = typeObject.value(u"id"_s).toString();
        type.title = typeObject.value(u"title"_s).toString(type.id);
        type.description = typeObject.value(u"description"_s).toString();
        type.schemaJson = compactJson(typeObject.value(u"schema"_s));
        type.schema = compileSchema(type.schemaJson, u"event type %1"_s.arg(type.id), errorMessage);
        if (!type.schema)
            return std::nullopt;
        provider.eventTypes.append(type);
    }

    const QJsonObject signature = object.value(u"signature"_s).toObject();
    if (!signature.isEmpty()) {
        provider.signature.scheme = signature.value(u"scheme"_s).toString(u"none"_s);
        provider.signature.options = signature;
    }

    const QJsonObject response = object.value(u"response"_s).toObject();
    ResponseSettings &answer = provider.response;
    answer.status = response.value(u"status"_s).toInt(answer.status);
    if (response.contains(u"content_type"_s))
        answer.contentType = response.value(u"content_type"_s).toString().toUtf8();
    if (response.contains(u"body"_s))
        answer.body = response.value(u"body"_s).toString().toUtf8();
    answer.headers = headerPairs(response.value(u"headers"_s));
    answer.onInvalidSignature = response.value(u"on_invalid_signature"_s).toInt();
    answer.onUnknownEventType = response.value(u"on_unknown_event_type"_s).toInt();

    const QJsonObject retry = object.value(u"retry"_s).toObject();
    provider.retry = { retry.value(u"attempts"_s).toInt(), retry.value(u"timeout_seconds"_s).toInt(),
                       retry.value(u"notes"_s).toString() };

    const QJsonObject request = object.value(u"request"_s).toObject();
    if (request.contains(u"method"_s))
        provider.request.method = request.value(u"method"_s).toString().toUtf8();
    if (request.contains(u"content_type"_s))
        provider.request.contentType = request.value(u"content_type"_s).toString().toUtf8();
    provider.request.headers = headerPairs(request.value(u"headers"_s));

    for (const QJsonValue &note : object.value(u"notes"_s).toArray())
        provider.notes.append(note.toString());
    return provider;
}

} // namespace hookscope
