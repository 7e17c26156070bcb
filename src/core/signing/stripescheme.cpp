#include "stripescheme.h"

#include "encoding.h"
#include "hmac.h"
#include "schemesupport.h"

using namespace Qt::StringLiterals;

namespace hookscope {

using namespace schemesupport;

namespace {

constexpr QByteArrayView signatureHeader = "Stripe-Signature";

QByteArray signedContent(QByteArrayView timestamp, QByteArrayView body)
{
    QByteArray content;
    content.reserve(timestamp.size() + body.size() + 1);
    content.append(timestamp).append('.').append(body);
    return content;
}

} // namespace

StripeScheme::StripeScheme(qint64 toleranceSeconds) : m_toleranceSeconds(toleranceSeconds) { }

QString StripeScheme::id() const
{
    return u"stripe"_s;
}

HttpHeaderList StripeScheme::signNonEmpty(const SigningRequest &request, QString &) const
{
    const QByteArray timestamp = QByteArray::number(unixSecondsNow(request.now));
    const QByteArray digest
        = hmac(HashAlgorithm::Sha256, request.secret, signedContent(timestamp, request.body));
    return { { signatureHeader.toByteArray(), "t=" + timestamp + ",v1=" + digest.toHex() } };
}

SignatureVerdict StripeScheme::check(const VerificationRequest &request) const
{
    const std::optional<QByteArray> value = findHeader(request.headers, signatureHeader);
    if (!value)
        return missingHeader(signatureHeader);
    if (request.secret.isEmpty())
        return noSecret();

    const QString expectedForm = u"t=<unix seconds>,v1=<hex>"_s;
    std::optional<QByteArray> timestampText;
    QList<QByteArray> candidates;
    for (const QByteArray &item : value->split(',')) {
        const QByteArray field = item.trimmed();
        const qsizetype equals = field.indexOf('=');
        if (equals <= 0)
            return malformedHeader(signatureHeader, expectedForm);
        const QByteArrayView key = QByteArrayView(field).first(equals);
        const QByteArrayView fieldValue = QByteArrayView(field).sliced(equals + 1);
        if (key == "t") {
            if (timestampText)
                return malformedHeader(signatureHeader, expectedForm);
            timestampText = fieldValue.toByteArray();
        } else if (key == "v1") {
            std::optional<QByteArray> signature = decodeHex(fieldValue);
            if (!signature)
                return malformedHeader(signatureHeader, expectedForm);
            candidates.append(std::move(*signature));
        }
    }
    const std::optional<qint64> timestamp
        = timestampText ? parseUnixSeconds(*timestampText) : std::nullopt;
    if (!timestamp)
        return malformedHeader(signatureHeader, expectedForm);
    if (candidates.isEmpty())
        return invalid(u"%1 has no v1 signature"_s.arg(headerName(signatureHeader)));

    const QByteArray expected
        = hmac(HashAlgorithm::Sha256, request.secret, signedContent(*timestampText, request.body));
    return requireFreshTimestamp(matchDigest(expected, candidates, HashAlgorithm::Sha256),
                                 *timestamp, request.now, m_toleranceSeconds);
}

} // namespace hookscope
