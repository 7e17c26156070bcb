#include "signaturescheme.h"

using namespace Qt::StringLiterals;

namespace hookscope {

SignatureScheme::~SignatureScheme() = default;

HttpHeaderList SignatureScheme::sign(const SigningRequest &request, QString *error) const
{
    QString message;
    HttpHeaderList headers;
    if (request.secret.isEmpty())
        message = u"no secret configured"_s;
    else
        headers = signNonEmpty(request, message);
    if (error)
        *error = message;
    return headers;
}

SignatureVerdict SignatureScheme::verify(const VerificationRequest &request) const
{
    SignatureVerdict verdict = check(request);
    verdict.scheme = id();
    return verdict;
}

} // namespace hookscope
