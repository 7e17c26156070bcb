#pragma once

#include "signing/phasiocipher.h"
#include "signing/signatureschemefactory.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hookscope {

class ProviderCatalog;
struct ProviderDefinition;

// --sign/--resign SCHEME, --secret and --hmac-* as given on the command line.
struct SigningArguments
{
    QString schemeOption = QStringLiteral("--sign"); // for error messages
    QString scheme;
    QByteArray secret;
    QString hmacHeader; // empty: the scheme's default, or the provider's
    QString hmacAlgorithm;
    QString hmacEncoding;
    QString hmacPrefix;

    bool hasHmacOptions() const;
};

// How a request is signed before it is sent, and for Phasio first encrypted.
struct SigningSetup
{
    QString scheme; // one of signatureSchemeIds()
    QByteArray secret;
    SignatureSchemeOptions options;
    // Encrypt the body with the secret before signing (Phasio signs the encrypted text).
    std::optional<PhasioLayout> encryption;

    // settingsFrom: the provider file that configures the scheme (its signature options when it
    // uses this scheme, its body.encryption layout for phasio); null for the scheme's defaults.
    // encryptBody: false when the body is already what goes on the wire (replay).
    static std::optional<SigningSetup> fromArguments(const SigningArguments &arguments,
                                                     const ProviderDefinition *settingsFrom,
                                                     bool encryptBody, QString *error);

    // The provider file that configures a scheme: the delivery's own provider when it uses the
    // scheme, else the catalog's provider named like the scheme (stripe, github, phasio, ...)
    // when it does; null when neither does.
    static const ProviderDefinition *settingsProvider(const ProviderCatalog &catalog,
                                                      const ProviderDefinition *own,
                                                      const QString &scheme);

    // A new random secret in the form the scheme's senders hand out: whsec_<base64> for
    // Standard Webhooks and Stripe, a Base64 URL-safe AES-256 key for Phasio, random text else.
    static QByteArray newSecret(const QString &scheme);
};

} // namespace hookscope
