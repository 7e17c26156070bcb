#include "sendrequestbuilder.h"

#include "bodycomposer.h"
#include "decode/jsontree.h"
#include "providers/deliveryanalyzer.h"
#include "providers/providercatalog.h"
#include "providers/samplelibrary.h"
#include "requestsigner.h"

using namespace Qt::StringLiterals;

namespace hookscope {

SendRequestBuilder::SendRequestBuilder(std::shared_ptr<const ProviderCatalog> catalog)
    : m_catalog(std::move(catalog))
{
}

std::optional<OutgoingRequest> SendRequestBuilder::build(const SendSpec &spec, QString *error,
                                                         QStringList *warnings) const
{
    const ProviderDefinition *provider = nullptr;
    QString eventType;
    QByteArray body = spec.body;
    if (!spec.sample.isEmpty()) {
        const qsizetype slash = spec.sample.indexOf(u'/');
        const QString providerId = spec.sample.left(slash);
        eventType = slash < 0 ? QString() : spec.sample.mid(slash + 1);
        body = SampleLibrary::body(providerId, eventType);
        if (body.isEmpty()) {
            *error = u"--sample %1: no such sample; `hookscope samples` lists them"_s.arg(spec.sample);
            return std::nullopt;
        }
        provider = m_catalog->provider(providerId);
    }
    const std::optional<QByteArray> composed =
            BodyComposer(provider, eventType).compose(body, spec.edits, error);
    if (!composed)
        return std::nullopt;
    if (provider)
        *warnings += schemaWarnings(*composed, *provider, eventType);

    OutgoingRequest request;
    request.url = spec.url;
    request.body = *composed;
    request.method = !spec.method.isEmpty() ? spec.method
            : provider                      ? provider->request.method
                                            : QByteArrayLiteral("POST");
    request.headers = defaultHeaders(provider, eventType, request.body);
    for (const HttpHeader &header : spec.headers)
        setHeader(request.headers, header.name, header.value);

    error->clear();
    const std::optional<SigningSetup> signing = signingFor(spec.signing, provider, error, warnings);
    if (!error->isEmpty())
        return std::nullopt;
    if (signing && !RequestSigner(*signing).sign(request, error, spec.now))
        return std::nullopt;
    return request;
}

HttpHeaderList SendRequestBuilder::defaultHeaders(const ProviderDefinition *provider,
                                                  const QString &eventType, const QByteArray &body)
{
    HttpHeaderList headers;
    if (provider) {
        headers.append(HttpHeader { "Content-Type", provider->request.contentType });
        for (const HttpHeader &header : provider->request.headers)
            setHeader(headers, header.name, header.value);
        // Vendors that name the event type in a header (GitHub) send it with every delivery.
        if (!provider->events.typeHeader.isEmpty() && !eventType.isEmpty())
            setHeader(headers, provider->events.typeHeader.toUtf8(), eventType.toUtf8());
    } else {
        const bool isJson = JsonTree::parse(body, JsonParseMode::Strict).isValid();
        headers.append(HttpHeader { "Content-Type",
                                    isJson ? "application/json" : "application/octet-stream" });
    }
    return headers;
}

std::optional<SigningSetup> SendRequestBuilder::signingFor(const SigningArguments &signing,
                                                           const ProviderDefinition *provider,
                                                           QString *error,
                                                           QStringList *warnings) const
{
    SigningArguments arguments = signing;
    if (arguments.scheme == u"none"_s)
        return std::nullopt;
    if (arguments.scheme.isEmpty()) {
        if (arguments.secret.isEmpty()) {
            if (arguments.hasHmacOptions())
                *error = u"--hmac-header, --hmac-algorithm, --hmac-encoding and --hmac-prefix go "
                         "with --sign hmac"_s;
            else if (provider && provider->encryption)
                warnings->append(u"%1 encrypts its bodies with the webhook secret; without "
                                 "--secret the sample goes out as plain JSON, unsigned"_s.arg(
                                         provider->name));
            return std::nullopt;
        }
        if (!provider) {
            *error = u"--secret needs --sign SCHEME when no --sample names the provider"_s;
            return std::nullopt;
        }
        if (provider->signature.scheme == u"none"_s) {
            *error = u"%1 does not sign its deliveries; choose a scheme with --sign"_s.arg(
                    provider->name);
            return std::nullopt;
        }
        arguments.scheme = provider->signature.scheme;
    }
    const ProviderDefinition *settingsFrom =
            SigningSetup::settingsProvider(*m_catalog, provider, arguments.scheme);
    return SigningSetup::fromArguments(arguments, settingsFrom, true, error);
}

QList<SchemaViolation> SendRequestBuilder::violations(const QByteArray &body,
                                                    const ProviderDefinition &provider,
                                                    const QString &eventType) const
{
    Endpoint endpoint;
    endpoint.path = u"/"_s;
    endpoint.provider = provider.id;
    endpoint.eventType = eventType;
    const DeliveryAnalyzer analyzer(m_catalog, { endpoint });
    Delivery delivery;
    delivery.method = "POST";
    delivery.target = "/";
    delivery.headers = { HttpHeader { "Content-Type", "application/json" } };
    delivery.body = body;
    DeliveryAnalysis analysis = analyzer.analyze(delivery, 0);
    analyzer.validate(analysis);

    QList<SchemaViolation> found;
    if (analysis.parseError)
        found.append({ QString(), u"the body is not JSON: %1"_s.arg(analysis.parseError->message) });
    found += analysis.envelopeViolations;
    for (const EventAnalysis &event : std::as_const(analysis.events)) {
        found += event.violations;
        if (!event.knownType && !event.type.isEmpty())
            found.append({ event.pointer + provider.events.typePointer,
                           u"\"%1\" is not an event type %2 documents"_s.arg(event.type, provider.name) });
    }
    return found;
}

QStringList SendRequestBuilder::schemaWarnings(const QByteArray &body,
                                               const ProviderDefinition &provider,
                                               const QString &eventType) const
{
    QStringList warnings;
    for (const SchemaViolation &violation : violations(body, provider, eventType)) {
        if (violation.message.startsWith(u"the body is not JSON"_s))
            warnings.append(violation.message);
        else
            warnings.append(u"the body does not match its schema at %1: %2"_s.arg(
                    violation.pointer.isEmpty() ? u"the top level"_s : violation.pointer,
                    violation.message));
    }
    return warnings;
}

} // namespace hookscope
