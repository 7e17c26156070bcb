#include "githubscheme.h"

#include "schemesupport.h"

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

HmacSchemeOptions githubOptions(QByteArray header, HashAlgorithm algorithm, QByteArray prefix)
{
    HmacSchemeOptions options;
    options.header = std::move(header);
    options.algorithm = algorithm;
    options.encoding = DigestEncoding::Hex;
    options.prefix = std::move(prefix);
    return options;
}

} // namespace

GithubScheme::GithubScheme()
    : m_sha256(githubOptions("X-Hub-Signature-256", HashAlgorithm::Sha256, "sha256=")),
      m_legacySha1(githubOptions("X-Hub-Signature", HashAlgorithm::Sha1, "sha1="))
{ }

QString GithubScheme::id() const
{
    return u"github"_s;
}

HttpHeaderList GithubScheme::signNonEmpty(const SigningRequest &request, QString &error) const
{
    HttpHeaderList headers = m_sha256.sign(request, &error);
    if (error.isEmpty())
        headers += m_legacySha1.sign(request, &error);
    return headers;
}

SignatureVerdict GithubScheme::check(const VerificationRequest &request) const
{
    if (hasHeader(request.headers, m_sha256.options().header)
        || !hasHeader(request.headers, m_legacySha1.options().header))
        return m_sha256.verify(request);
    SignatureVerdict verdict = m_legacySha1.verify(request);
    if (verdict.status == SignatureVerdict::Status::Valid
        || verdict.status == SignatureVerdict::Status::Invalid)
        verdict.reason += u" (legacy %1, HMAC-SHA1)"_s.arg(
            schemesupport::headerName(m_legacySha1.options().header));
    return verdict;
}

} // namespace hookscope
