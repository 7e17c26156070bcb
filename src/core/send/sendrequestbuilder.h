#pragma once

#include "bodyedit.h"
#include "outgoingrequest.h"
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

private:
    // nullopt: not signed (or an error, when *error is set).
    std::optional<SigningSetup> signingFor(const SendSpec &spec, const ProviderDefinition *provider,
                                           QString *error, QStringList *warnings) const;
    QStringList schemaWarnings(const QByteArray &body, const ProviderDefinition &provider,
                               const QString &eventType) const;

    std::shared_ptr<const ProviderCatalog> m_catalog;
};

} // namespace hookscope
