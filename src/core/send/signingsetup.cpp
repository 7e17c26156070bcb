#include "signingsetup.h"

#include "providers/providercatalog.h"

#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

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
        setup.options = settingsFrom->signature.schemeOptions();
    if (!applyHmacArguments(arguments, setup.options.hmac, error))
        return std::nullopt;
    if (encryptBody && scheme == u"phasio"_s)
        setup.encryption = settingsFrom && settingsFrom->encryption ? settingsFrom->encryption->phasioLayout() : PhasioLayout();
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

QByteArray SigningSetup::newSecret(const QString &scheme)
{
    if (scheme == u"phasio"_s)
        return PhasioCipher::generateKey();
    QByteArray random(24, Qt::Uninitialized);
    for (char &byte : random)
        byte = char(QRandomGenerator::system()->bounded(256));
    if (scheme == u"standard-webhooks"_s || scheme == u"stripe"_s)
        return "whsec_" + random.toBase64();
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace hookscope
