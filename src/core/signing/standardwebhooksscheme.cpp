#include "standardwebhooksscheme.h"

#include "encoding.h"
#include "hmac.h"
#include "schemesupport.h"

using namespace Qt::StringLiterals;

namespace hookscope {

using namespace schemesupport;

namespace {

constexpr QByteArrayView idHeader = "webhook-id";
constexpr QByteArrayView timestampHeader = "webhook-timestamp";
constexpr QByteArrayView signatureHeader = "webhook-signature";
constexpr QByteArrayView secretPrefix = "whsec_";

QString badSecretReason()
{
    return u"secret is not valid whsec_ base64"_s;
}

QByteArray signedContent(QByteArrayView messageId, QByteArrayView timestamp, QByteArrayView body)
{
    QByteArray content;
    content.reserve(messageId.size() + timestamp.size() + body.size() + 2);
    content.append(messageId).append('.').append(timestamp).append('.').append(body);
    return content;
}

} // namespace

StandardWebhooksScheme::StandardWebhooksScheme(qint64 toleranceSeconds)
    : m_toleranceSeconds(toleranceSeconds)
{ }

QString StandardWebhooksScheme::id() const
{
    return u"standard-webhooks"_s;
}

std::optional<QByteArray> StandardWebhooksScheme::decodeSecret(QByteArrayView secret)
{
    secret = secret.trimmed();
    if (secret.startsWith(secretPrefix))
        secret = secret.sliced(secretPrefix.size());
    Base64Decoded key = decodeBase64(secret, Base64Alphabet::Standard);
    if (!key.ok() || key.data.isEmpty())
        return std::nullopt;
    return std::move(key.data);
}

QByteArray StandardWebhooksScheme::generateSecret()
{
    return secretPrefix.toByteArray() + randomBytes(32).toBase64();
}

HttpHeaderList StandardWebhooksScheme::signNonEmpty(const SigningRequest &request,
                                                    QString &error) const
{
    const std::optional<QByteArray> key = decodeSecret(request.secret);
    if (!key) {
        error = badSecretReason();
        return {};
    }
    QByteArray messageId = request.messageId;
    if (messageId.isEmpty())
        messageId = findHeader(request.headers, idHeader).value_or(QByteArray());
    if (messageId.isEmpty())
        messageId = generateMessageId();
    const QByteArray timestamp = QByteArray::number(unixSecondsNow(request.now));
    const QByteArray digest
        = hmac(HashAlgorithm::Sha256, *key, signedContent(messageId, timestamp, request.body));
    return { { idHeader.toByteArray(), messageId },
             { timestampHeader.toByteArray(), timestamp },
             { signatureHeader.toByteArray(), "v1," + digest.toBase64() } };
}

SignatureVerdict StandardWebhooksScheme::check(const VerificationRequest &request) const
{
    const std::optional<QByteArray> signatures = findHeader(request.headers, signatureHeader);
    if (!signatures)
        return missingHeader(signatureHeader);
    if (request.secret.isEmpty())
        return noSecret();
    const std::optional<QByteArray> messageId = findHeader(request.headers, idHeader);
    if (!messageId)
        return missingSignedHeader(idHeader);
    const std::optional<QByteArray> timestampText = findHeader(request.headers, timestampHeader);
    if (!timestampText)
        return missingSignedHeader(timestampHeader);
    const std::optional<qint64> timestamp = parseUnixSeconds(*timestampText);
    if (!timestamp)
        return malformedHeader(timestampHeader, u"Unix seconds");
    const std::optional<QByteArray> key = decodeSecret(request.secret);
    if (!key)
        return invalid(badSecretReason());

    const QString expectedForm = u"v1,<base64> entries separated by spaces"_s;
    QList<QByteArray> candidates;
    bool anyEntry = false;
    for (const QByteArray &entry : signatures->split(' ')) {
        if (entry.isEmpty())
            continue;
        anyEntry = true;
        const qsizetype comma = entry.indexOf(',');
        if (comma <= 0)
            return malformedHeader(signatureHeader, expectedForm);
        if (QByteArrayView(entry).first(comma) != "v1")
            continue;
        Base64Decoded signature
            = decodeBase64(QByteArrayView(entry).sliced(comma + 1), Base64Alphabet::Standard);
        if (!signature.ok())
            return malformedHeader(signatureHeader, expectedForm);
        candidates.append(std::move(signature.data));
    }
    if (!anyEntry)
        return malformedHeader(signatureHeader, expectedForm);
    if (candidates.isEmpty())
        return invalid(u"%1 has no v1 signature"_s.arg(headerName(signatureHeader)));

    const QByteArray expected = hmac(HashAlgorithm::Sha256, *key,
                                     signedContent(*messageId, *timestampText, request.body));
    return requireFreshTimestamp(matchDigest(expected, candidates, HashAlgorithm::Sha256),
                                 *timestamp, request.now, m_toleranceSeconds);
}

} // namespace hookscope
