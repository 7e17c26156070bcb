#include "signatureschemefactory.h"

#include "githubscheme.h"
#include "standardwebhooksscheme.h"
#include "stripescheme.h"

using namespace Qt::StringLiterals;

namespace hookscope {

QStringList signatureSchemeIds()
{
    return { u"standard-webhooks"_s, u"stripe"_s, u"github"_s, u"phasio"_s, u"hmac"_s,
             u"header-token"_s };
}

std::unique_ptr<SignatureScheme> createSignatureScheme(QStringView id,
                                                       const SignatureSchemeOptions &options)
{
    if (id == u"standard-webhooks")
        return std::make_unique<StandardWebhooksScheme>(options.toleranceSeconds);
    if (id == u"stripe")
        return std::make_unique<StripeScheme>(options.toleranceSeconds);
    if (id == u"github")
        return std::make_unique<GithubScheme>();
    if (id == u"phasio")
        return std::make_unique<PhasioScheme>(options.phasioHmacKey);
    if (id == u"hmac")
        return std::make_unique<HmacScheme>(options.hmac, options.toleranceSeconds);
    if (id == u"header-token")
        return std::make_unique<HeaderTokenScheme>(options.headerToken);
    return nullptr;
}

} // namespace hookscope
