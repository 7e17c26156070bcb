#pragma once

#include "signaturescheme.h"

namespace hookscope {

// Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">[,v1=...][,v0=...].
// The key is the secret text itself, "whsec_" included, as Stripe's libraries use it.
// Any v1 entry may match; other schemes (v0) are ignored. Stripe's libraries only reject old
// timestamps; here one too far in the future is reported as well, since a skewed clock is worth
// knowing about when testing.
class StripeScheme : public SignatureScheme
{
public:
    explicit StripeScheme(qint64 toleranceSeconds = 300);

    QString id() const override;

protected:
    HttpHeaderList signNonEmpty(const SigningRequest &request, QString &error) const override;
    SignatureVerdict check(const VerificationRequest &request) const override;

private:
    qint64 m_toleranceSeconds;
};

} // namespace hookscope
