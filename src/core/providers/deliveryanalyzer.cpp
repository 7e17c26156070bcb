#include "deliveryanalyzer.h"

#include "common/httpresponse.h"
#include "jsonbody.h"
#include "signing/phasiocipher.h"
#include "signing/signatureschemefactory.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

constexpr qint64 kNanosecondsPerSecond = 1'000'000'000;

QByteArray mediaTypeOf(const Delivery &delivery)
{
    QByteArray type = headerValue(delivery.headers, "content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

bool conditionHolds(const DetectionCondition &condition, const Delivery &delivery,
                    const JsonBody &body)
{
    using Kind = DetectionCondition::Kind;
    auto matches = [&](const QJsonValue &actual) {
        if (condition.pattern.isValid() && !condition.pattern.pattern().isEmpty())
            return actual.isString() && condition.pattern.match(actual.toString()).hasMatch();
        return actual == condition.value;
    };
    switch (condition.kind) {
    case Kind::Header:
        return hasHeader(delivery.headers, condition.name.toUtf8());
    case Kind::HeaderEquals: {
        const QByteArray name = condition.name.toUtf8();
        return hasHeader(delivery.headers, name)
                && matches(QJsonValue(QString::fromUtf8(headerValue(delivery.headers, name))));
    }
    case Kind::PathPrefix: {
        const Endpoint prefix { condition.name, {}, {}, {}, 0 };
        return prefix.matchesTarget(delivery.target);
    }
    case Kind::ContentType:
        return mediaTypeOf(delivery) == condition.name.toLower().toUtf8();
    case Kind::JsonExists:
        return body.exists(condition.name);
    case Kind::JsonEquals: {
        const std::optional<QJsonValue> actual = body.scalar(condition.name);
        return actual && matches(*actual);
    }
    }
    return false;
}

} // namespace

QStringList DeliveryAnalysis::eventTypes() const
{
    QStringList types;
    for (const EventAnalysis &event : events)
        types.append(event.type);
    return types;
}

void DeliveryAnalysis::recordIn(Delivery &delivery) const
{
    DeliveryClassification &classification = delivery.classification;
    classification.endpoint = endpoint;
    classification.provider = providerId;
    classification.eventTypes = eventTypes();
    classification.signature = signatureStatusName(signature.status);
    if (decrypted)
        delivery.decryptedBody = body;
}

bool DeliveryAnalysis::hasUnknownEventType() const
{
    return std::any_of(events.cbegin(), events.cend(),
                       [](const EventAnalysis &event) { return !event.knownType; });
}

DeliveryAnalyzer::DeliveryAnalyzer(std::shared_ptr<const ProviderCatalog> catalog,
                                   QList<Endpoint> endpoints)
    : m_catalog(std::move(catalog)), m_endpoints(std::move(endpoints))
{
}

DeliveryAnalysis DeliveryAnalyzer::analyze(const Delivery &delivery,
                                           std::optional<qint64> nowSeconds) const
{
    DeliveryAnalysis analysis;
    analysis.decoded = m_bodyDecoder.decode(delivery.headers, delivery.body);
    analysis.body = analysis.decoded.hasJson() ? analysis.decoded.jsonBytes : analysis.decoded.bytes;
    const Endpoint *endpoint = endpointForTarget(m_endpoints, delivery.target);
    if (endpoint)
        analysis.endpoint = endpoint->path;

    const JsonBody wireBody(analysis.decoded.hasJson() ? analysis.decoded.jsonBytes : QByteArray());
    if (endpoint && !endpoint->provider.isEmpty())
        analysis.provider = m_catalog->provider(endpoint->provider);
    else
        analysis.provider = detect(delivery, wireBody);
    // What was decided when the delivery was captured still holds when the rules do not say.
    if (!analysis.provider && !delivery.classification.provider.isEmpty())
        analysis.provider = m_catalog->provider(delivery.classification.provider);
    analysis.providerId = analysis.provider ? analysis.provider->id
                                            : (endpoint ? endpoint->provider : QString());

    checkSignature(analysis, delivery, endpoint, nowSeconds);
    if (analysis.provider && analysis.provider->encryption)
        decrypt(analysis, delivery, endpoint);

    // Parse again only when decryption gave a different body.
    std::optional<JsonBody> decryptedJson;
    if (analysis.decrypted)
        decryptedJson.emplace(analysis.body);
    const JsonBody &body = decryptedJson ? *decryptedJson : wireBody;
    if (analysis.decoded.kind == BodyKind::Json || analysis.decoded.hasJson() || analysis.decrypted)
        analysis.parseError = body.strictError();
    if (analysis.provider && body.isJson())
        findEvents(analysis, delivery, endpoint, body);
    else if (endpoint && !endpoint->eventType.isEmpty())
        analysis.events.append({ 0, QString(), endpoint->eventType, false, {} });
    keepCapturedClassification(analysis, delivery.classification);
    return analysis;
}

void DeliveryAnalyzer::keepCapturedClassification(DeliveryAnalysis &analysis,
                                                  const DeliveryClassification &captured) const
{
    // Endpoints given on a capture's command line are not known later; what the capture
    // decided with them stands where today's configuration has nothing to say.
    if (analysis.endpoint.isEmpty())
        analysis.endpoint = captured.endpoint;
    if (analysis.providerId.isEmpty())
        analysis.providerId = captured.provider;
    if (analysis.signature.status == SignatureVerdict::Status::Unchecked) {
        if (const auto status = signatureStatusFromName(captured.signature);
            status && *status != SignatureVerdict::Status::Unchecked)
            analysis.signature = { *status, analysis.signature.scheme,
                                   u"as checked when the delivery was captured"_s };
    }
    if (analysis.events.isEmpty()) {
        for (qsizetype index = 0; index < captured.eventTypes.size(); ++index) {
            const QString &type = captured.eventTypes.at(index);
            analysis.events.append({ int(index), QString(), type,
                                     analysis.provider && analysis.provider->eventType(type), {} });
        }
    }
}

const ProviderDefinition *DeliveryAnalyzer::detect(const Delivery &delivery, const JsonBody &body) const
{
    const ProviderDefinition *best = nullptr;
    qsizetype bestScore = 0;
    for (const ProviderDefinition &provider : m_catalog->providers()) {
        for (const DetectionRule &rule : provider.detection) {
            if (rule.conditions.size() <= bestScore || rule.conditions.isEmpty())
                continue;
            const bool holds = std::all_of(rule.conditions.cbegin(), rule.conditions.cend(),
                                           [&](const DetectionCondition &condition) {
                                               return conditionHolds(condition, delivery, body);
                                           });
            if (holds) {
                best = &provider;
                bestScore = rule.conditions.size();
            }
        }
    }
    return best;
}

void DeliveryAnalyzer::decrypt(DeliveryAnalysis &analysis, const Delivery &delivery,
                               const Endpoint *endpoint) const
{
    const EncryptionSettings &settings = *analysis.provider->encryption;
    if (settings.scheme != u"phasio-aes-256-gcm"_s) {
        analysis.decryptionError = u"cannot decrypt: unknown scheme \"%1\""_s.arg(settings.scheme);
        return;
    }
    if (!endpoint || endpoint->secret.isEmpty()) {
        if (!delivery.decryptedBody.isEmpty()) {
            analysis.body = delivery.decryptedBody;
            analysis.decrypted = true;
            return;
        }
        analysis.decryptionError = u"cannot decrypt: no key; set the endpoint's secret"_s;
        return;
    }
    const PhasioCipher::Result result =
            PhasioCipher::decrypt(analysis.decoded.bytes, endpoint->secret, settings.phasioLayout());
    if (!result.error.isEmpty()) {
        analysis.decryptionError = result.error;
        return;
    }
    analysis.body = result.data;
    analysis.decrypted = true;
}

void DeliveryAnalyzer::findEvents(DeliveryAnalysis &analysis, const Delivery &delivery,
                                  const Endpoint *endpoint, const JsonBody &body) const
{
    const ProviderDefinition &provider = *analysis.provider;
    const EventsLayout &layout = provider.events;
    QStringList pointers;
    if (layout.batchPointer.isEmpty()) {
        pointers.append(QString());
    } else {
        const int count = body.arraySize(layout.batchPointer);
        for (int index = 0; index < count; ++index)
            pointers.append(layout.batchPointer + QLatin1Char('/') + QString::number(index));
    }

    std::shared_ptr<const JsonSchema::Document> document;
    for (qsizetype index = 0; index < pointers.size(); ++index) {
        EventAnalysis event;
        event.index = int(index);
        event.pointer = pointers.at(index);
        if (!layout.typePointer.isEmpty())
            event.type = body.string(event.pointer + layout.typePointer).value_or(QString());
        else if (!layout.typeHeader.isEmpty())
            event.type = QString::fromUtf8(headerValue(delivery.headers, layout.typeHeader.toUtf8()));
        if (event.type.isEmpty() && layout.typeFromEndpoint) {
            if (endpoint && !endpoint->eventType.isEmpty()) {
                event.type = endpoint->eventType;
            } else {
                // The body does not say: take the first event type whose schema it satisfies.
                QString error;
                if (!document)
                    document = JsonSchema::parseDocument(analysis.body, &error);
                for (const EventTypeDefinition &type : provider.eventTypes) {
                    if (document && type.schema->validate(*document, event.pointer).isEmpty()) {
                        event.type = type.id;
                        break;
                    }
                }
            }
        }
        event.knownType = provider.eventType(event.type) != nullptr;
        analysis.events.append(event);
    }
}

void DeliveryAnalyzer::checkSignature(DeliveryAnalysis &analysis, const Delivery &delivery,
                                      const Endpoint *endpoint, std::optional<qint64> nowSeconds) const
{
    analysis.signature = { SignatureVerdict::Status::Unchecked, QString(), u"no signature scheme"_s };
    if (!analysis.provider || analysis.provider->signature.scheme == u"none"_s)
        return;
    const SignatureSettings &settings = analysis.provider->signature;
    const std::unique_ptr<SignatureScheme> scheme =
            createSignatureScheme(settings.scheme, settings.schemeOptions());
    if (!scheme) {
        analysis.signature.reason = u"unknown signature scheme \"%1\""_s.arg(settings.scheme);
        return;
    }
    VerificationRequest request;
    request.body = delivery.body;
    request.headers = delivery.headers;
    request.secret = endpoint ? endpoint->secret : QByteArray();
    request.now = nowSeconds ? *nowSeconds : delivery.receivedAtNs / kNanosecondsPerSecond;
    analysis.signature = scheme->verify(request);
}

void DeliveryAnalyzer::validate(DeliveryAnalysis &analysis) const
{
    analysis.validated = true;
    if (!analysis.provider)
        return;
    QString error;
    const std::shared_ptr<const JsonSchema::Document> document =
            JsonSchema::parseDocument(analysis.body, &error);
    if (!document)
        return; // parseError already says why
    if (analysis.provider->envelopeSchema)
        analysis.envelopeViolations = analysis.provider->envelopeSchema->validate(*document);
    for (EventAnalysis &event : analysis.events) {
        if (const EventTypeDefinition *type = analysis.provider->eventType(event.type))
            event.violations = type->schema->validate(*document, event.pointer);
    }
}

DeliveryResponse DeliveryAnalyzer::responseFor(const DeliveryAnalysis &analysis,
                                               const Delivery &delivery) const
{
    ResponseSettings settings;
    if (analysis.provider)
        settings = analysis.provider->response;
    int status = settings.status;
    const Endpoint *endpoint = endpointForTarget(m_endpoints, delivery.target);
    if (endpoint && endpoint->status != 0)
        status = endpoint->status;
    if (settings.onInvalidSignature != 0
        && analysis.signature.status == SignatureVerdict::Status::Invalid)
        status = settings.onInvalidSignature;
    else if (settings.onUnknownEventType != 0 && analysis.hasUnknownEventType())
        status = settings.onUnknownEventType;
    const bool noContent = status == 204 || status == 304;
    DeliveryResponse response = makeResponse(status, noContent ? QByteArray() : settings.contentType,
                                             noContent ? QByteArray() : settings.body);
    response.headers.append(settings.headers);
    response.delayMs = endpoint ? endpoint->delayMs : 0;
    return response;
}

} // namespace hookscope
