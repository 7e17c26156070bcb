#pragma once

#include "hmacscheme.h"

namespace hookscope {

// Which bytes key Phasio's X-Phasio-Signature HMAC. Phasio does not say; SecretText (the webhook
// secret exactly as shown, i.e. the Base64 URL-safe text of the AES key) is the assumption.
enum class PhasioHmacKey { SecretText, DecodedAesKey };

// X-Phasio-Signature: hex HMAC-SHA256 of the body as sent, which is the Base64 URL-safe
// ciphertext (see PhasioCipher); no timestamp.
class PhasioScheme : public SignatureScheme
{
public:
    explicit PhasioScheme(PhasioHmacKey key = PhasioHmacKey::SecretText);

    QString id() const override;

protected:
    HttpHeaderList signNonEmpty(const SigningRequest &request, QString &error) const override;
    SignatureVerdict check(const VerificationRequest &request) const override;

private:
    std::optional<QByteArray> hmacKey(const QByteArray &secret, QString &error) const;

    PhasioHmacKey m_key;
    HmacScheme m_hmac;
};

} // namespace hookscope
