#pragma once

#include "signaturescheme.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace hookscope {

// https://www.standardwebhooks.com: webhook-id, webhook-timestamp and webhook-signature holding
// space-separated "v1,<Base64 HMAC-SHA256 of id.timestamp.body>" entries (several during a key
// rotation; one match is enough). Asymmetric "v1a" entries are not checked.
class StandardWebhooksScheme : public SignatureScheme
{
public:
    explicit StandardWebhooksScheme(qint64 toleranceSeconds = 300);

    QString id() const override;

    // The HMAC key is the Base64 after "whsec_"; like the reference libraries, the prefix is
    // optional and so is the padding. nullopt when it is not Base64 or decodes to nothing.
    static std::optional<QByteArray> decodeSecret(QByteArrayView secret);
    // "whsec_" and 32 random bytes in Base64, for composing test deliveries.
    static QByteArray generateSecret();

protected:
    HttpHeaderList signNonEmpty(const SigningRequest &request, QString &error) const override;
    SignatureVerdict check(const VerificationRequest &request) const override;

private:
    qint64 m_toleranceSeconds;
};

} // namespace hookscope
