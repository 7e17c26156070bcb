#include "phasioscheme.h"

#include "phasiocipher.h"
#include "schemesupport.h"

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

HmacSchemeOptions phasioOptions()
{
    HmacSchemeOptions options;
    options.header = QByteArrayLiteral("X-Phasio-Signature");
    options.algorithm = HashAlgorithm::Sha256;
    options.encoding = DigestEncoding::Hex;
    return options;
}

} // namespace

PhasioScheme::PhasioScheme(PhasioHmacKey key) : m_key(key), m_hmac(phasioOptions()) { }

QString PhasioScheme::id() const
{
    return u"phasio"_s;
}

std::optional<QByteArray> PhasioScheme::hmacKey(const QByteArray &secret, QString &error) const
{
    if (m_key == PhasioHmacKey::SecretText)
        return secret;
    PhasioCipher::Result key = PhasioCipher::decodeKey(secret);
    if (!key.ok()) {
        error = u"secret is not a Phasio key: "_s + key.error;
        return std::nullopt;
    }
    return std::move(key.data);
}

HttpHeaderList PhasioScheme::signNonEmpty(const SigningRequest &request, QString &error) const
{
    const std::optional<QByteArray> key = hmacKey(request.secret, error);
    if (!key)
        return {};
    SigningRequest keyed = request;
    keyed.secret = *key;
    return m_hmac.sign(keyed, &error);
}

SignatureVerdict PhasioScheme::check(const VerificationRequest &request) const
{
    if (request.secret.isEmpty() || !hasHeader(request.headers, m_hmac.options().header))
        return m_hmac.verify(request);
    QString error;
    const std::optional<QByteArray> key = hmacKey(request.secret, error);
    if (!key)
        return schemesupport::invalid(error);
    VerificationRequest keyed = request;
    keyed.secret = *key;
    return m_hmac.verify(keyed);
}

} // namespace hookscope
