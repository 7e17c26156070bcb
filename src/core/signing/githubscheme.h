#pragma once

#include "hmacscheme.h"

namespace hookscope {

// X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of body>. Signing also adds the legacy
// X-Hub-Signature: sha1=..., as GitHub does; verification falls back to it only when the -256
// header is absent.
class GithubScheme : public SignatureScheme
{
public:
    GithubScheme();

    QString id() const override;

protected:
    HttpHeaderList signNonEmpty(const SigningRequest &request, QString &error) const override;
    SignatureVerdict check(const VerificationRequest &request) const override;

private:
    HmacScheme m_sha256;
    HmacScheme m_legacySha1;
};

} // namespace hookscope
