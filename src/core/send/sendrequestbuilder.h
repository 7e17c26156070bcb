#pragma once

#include "bodyedit.h"
#include "outgoingrequest.h"
#include "providers/jsonschema.h"
#include "signingsetup.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace hookscope {

class ProviderCatalog;
struct ProviderDefinition;

// What `hookscope send` is asked to send.
struct SendSpec
{
    QUrl url;
    QByteArray method; // empty: the provider's, else POST
    QString sample; // "provider/event_type" of SampleLibrary; empty: body is sent
    QByteArray body;
    QList<BodyEdit> edits;
    HttpHeaderList headers; // --header, in order; each replaces a default of the same name
    // scheme empty: the sample provider's scheme when a secret is given; "none": not signed.
    SigningArguments signing;
    std::optional<qint64> now; // Unix seconds of signed timestamps; unset: the system clock
};

// Turns a SendSpec into the exact request: the sample (or body) composed with the edits, the
// provider's request defaults (method, Content-Type, its headers, the event type header such as
// X-GitHub-Event), the user's headers, then the
// signature (Phasio: the body encrypted first). Without a provider the Content-Type is
// application/json for a JSON body, application/octet-stream otherwise.
class SendRequestBuilder
{
public:
    explicit SendRequestBuilder(std::shared_ptr<const ProviderCatalog> catalog);

    // Errors are sentences for the user. warnings gets what is worth telling but does not stop
    // the send: where the composed body breaks its event schema, a Phasio sample sent unencrypted.
    std::optional<OutgoingRequest> build(const SendSpec &spec, QString *error,
                                         QStringList *warnings) const;

    // The vendor's request defaults: Content-Type, the provider's headers and its event type
    // header (X-GitHub-Event). Without a provider, the Content-Type of the body (JSON or not).
    static HttpHeaderList defaultHeaders(const ProviderDefinition *provider,
                                         const QString &eventType, const QByteArray &body);
    // How to sign: the scheme given, or the provider's when only a secret is. nullopt: not
    // signed (or an error, when *error is set).
    std::optional<SigningSetup> signingFor(const SigningArguments &signing,
                                           const ProviderDefinition *provider, QString *error,
                                           QStringList *warnings) const;
    // Where a body breaks its schemas (envelope and each event's, pointers into the body), and
    // events of a type the provider does not document. A body that is not JSON: one violation
    // at "" saying so.
    QList<SchemaViolation> violations(const QByteArray &body, const ProviderDefinition &provider,
                                      const QString &eventType) const;

private:
    QStringList schemaWarnings(const QByteArray &body, const ProviderDefinition &provider,
                               const QString &eventType) const;

    std::shared_ptr<const ProviderCatalog> m_catalog;
};

} // namespace hookscope
