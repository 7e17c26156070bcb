#include "headertokenscheme.h"

#include "hmac.h"
#include "schemesupport.h"

using namespace Qt::StringLiterals;

namespace hookscope {

using namespace schemesupport;

HeaderTokenScheme::HeaderTokenScheme(HeaderTokenOptions options) : m_options(std::move(options)) { }

QString HeaderTokenScheme::id() const
{
    return u"header-token"_s;
}

HttpHeaderList HeaderTokenScheme::signNonEmpty(const SigningRequest &request, QString &) const
{
    return { HttpHeader { m_options.header, m_options.prefix + request.secret } };
}

SignatureVerdict HeaderTokenScheme::check(const VerificationRequest &request) const
{
    const std::optional<QByteArray> value = findHeader(request.headers, m_options.header);
    if (!value)
        return missingHeader(m_options.header);
    if (request.secret.isEmpty())
        return noSecret();
    // HTTP drops whitespace around a field value (and findHeader does too), so a token pasted with
    // a trailing space is compared as it can arrive.
    if (constantTimeEquals(*value, (m_options.prefix + request.secret).trimmed()))
        return valid(u"%1 carries the expected token"_s.arg(headerName(m_options.header)));
    if (!m_options.prefix.isEmpty()
        && !QByteArrayView(*value).startsWith(QByteArrayView(m_options.prefix).trimmed()))
        return invalid(u"%1 does not start with \"%2\""_s.arg(headerName(m_options.header),
                                                              QString::fromUtf8(m_options.prefix.trimmed())));
    return invalid(u"%1 carries a different token"_s.arg(headerName(m_options.header)));
}

} // namespace hookscope
