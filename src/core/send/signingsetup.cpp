#include "signingsetup.h"

#include "providers/providercatalog.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

// The scheme options a provider file's "signature" object sets (docs/provider-format.md).
SignatureSchemeOptions optionsFromProvider(const QJsonObject &file)
{
    SignatureSchemeOptions options;
    options.toleranceSeconds = file.value(u"tolerance_seconds"_s).toInteger(options.toleranceSeconds);
    HmacSchemeOptions &hmac = options.hmac;
    if (file.contains(u"header"_s))
        options.headerToken.header = hmac.header = file.value(u"header"_s).toString().toUtf8();
    if (file.contains(u"prefix"_s))
        options.headerToken.prefix = hmac.prefix = file.value(u"prefix"_s).toString().toUtf8();
    hmac.algorithm = hashAlgorithmFromName(file.value(u"algorithm"_s).toString()).value_or(hmac.algorithm);
    hmac.encoding = digestEncodingFromName(file.value(u"encoding"_s).toString()).value_or(hmac.encoding);
    hmac.signedContent = file.value(u"signed_content"_s).toString(QString::fromUtf8(hmac.signedContent)).toUtf8();
    hmac.timestampHeader = file.value(u"timestamp_header"_s).toString().toUtf8();
    hmac.idHeader = file.value(u"id_header"_s).toString().toUtf8();
    return options;
}

PhasioLayout layoutFromProvider(const ProviderDefinition *provider)
{
    PhasioLayout layout;
    if (!provider || !provider->encryption)
        return layout;
    const EncryptionSettings &settings = *provider->encryption;
    layout.nonceLength = settings.nonceLength;
    layout.tagLength = settings.tagLength;
    layout.order = phasioOrderFromName(settings.order).value_or(layout.order);
    layout.paddedBase64 = settings.paddedBase64;
    return layout;
}

bool usesScheme(const ProviderDefinition *provider, const QString &scheme)
{
    return provider && provider->signature.scheme == scheme;
}

bool applyHmacArguments(const SigningArguments &arguments, HmacSchemeOptions &hmac, QString *error)
{
    if (!arguments.hmacHeader.isEmpty())
        hmac.header = arguments.hmacHeader.toUtf8();
    if (!arguments.hmacPrefix.isEmpty())
        hmac.prefix = arguments.hmacPrefix.toUtf8();
    if (!arguments.hmacAlgorithm.isEmpty()) {
        const std::optional<HashAlgorithm> algorithm = hashAlgorithmFromName(arguments.hmacAlgorithm);
        if (!algorithm) {
            *error = u"--hmac-algorithm %1: use sha1, sha256 or sha512"_s.arg(arguments.hmacAlgorithm);
            return false;
        }
        hmac.algorithm = *algorithm;
    }
    if (!arguments.hmacEncoding.isEmpty()) {
        const std::optional<DigestEncoding> encoding = digestEncodingFromName(arguments.hmacEncoding);
        if (!encoding) {
            *error = u"--hmac-encoding %1: use hex or base64"_s.arg(arguments.hmacEncoding);
            return false;
        }
        hmac.encoding = *encoding;
    }
    return true;
}

} // namespace

bool SigningArguments::hasHmacOptions() const
{
    return !hmacHeader.isEmpty() || !hmacAlgorithm.isEmpty() || !hmacEncoding.isEmpty()
            || !hmacPrefix.isEmpty();
}

std::optional<SigningSetup> SigningSetup::fromArguments(const SigningArguments &arguments,
                                                        const ProviderDefinition *settingsFrom,
                                                        bool encryptBody, QString *error)
{
    const QString &scheme = arguments.scheme;
    if (!signatureSchemeIds().contains(scheme)) {
        *error = u"%1 %2: unknown scheme; use one of %3"_s.arg(
                arguments.schemeOption, scheme, signatureSchemeIds().join(u", "_s));
        return std::nullopt;
    }
    if (arguments.secret.isEmpty()) {
        *error = u"%1 %2 needs --secret"_s.arg(arguments.schemeOption, scheme);
        return std::nullopt;
    }
    if (arguments.hasHmacOptions() && scheme != u"hmac"_s) {
        *error = u"--hmac-header, --hmac-algorithm, --hmac-encoding and --hmac-prefix go with "
                 "%1 hmac"_s.arg(arguments.schemeOption);
        return std::nullopt;
    }
    const bool configured = usesScheme(settingsFrom, scheme);
    SigningSetup setup;
    setup.scheme = scheme;
    setup.secret = arguments.secret;
    if (configured)
        setup.options = optionsFromProvider(settingsFrom->signature.options);
    if (!applyHmacArguments(arguments, setup.options.hmac, error))
        return std::nullopt;
    if (encryptBody && scheme == u"phasio"_s)
        setup.encryption = layoutFromProvider(settingsFrom);
    return setup;
}

const ProviderDefinition *SigningSetup::settingsProvider(const ProviderCatalog &catalog,
                                                         const ProviderDefinition *own,
                                                         const QString &scheme)
{
    if (usesScheme(own, scheme))
        return own;
    const ProviderDefinition *named = catalog.provider(scheme);
    return usesScheme(named, scheme) ? named : nullptr;
}

} // namespace hookscope
