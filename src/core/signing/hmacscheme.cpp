#include "hmacscheme.h"

#include "schemesupport.h"

using namespace Qt::StringLiterals;

namespace hookscope {

using namespace schemesupport;

namespace {

constexpr QByteArrayView bodyField = "{body}";
constexpr QByteArrayView timestampField = "{timestamp}";
constexpr QByteArrayView idField = "{id}";

} // namespace

HmacScheme::HmacScheme(HmacSchemeOptions options, qint64 toleranceSeconds)
    : m_options(std::move(options)), m_toleranceSeconds(toleranceSeconds)
{ }

QString HmacScheme::id() const
{
    return u"hmac"_s;
}

QByteArray HmacScheme::expandSignedContent(QByteArrayView contentTemplate, QByteArrayView body,
                                           QByteArrayView timestamp, QByteArrayView messageId)
{
    QByteArray content;
    content.reserve(contentTemplate.size() + body.size());
    qsizetype position = 0;
    while (position < contentTemplate.size()) {
        const QByteArrayView rest = contentTemplate.sliced(position);
        if (rest.startsWith(bodyField)) {
            content.append(body);
            position += bodyField.size();
        } else if (rest.startsWith(timestampField)) {
            content.append(timestamp);
            position += timestampField.size();
        } else if (rest.startsWith(idField)) {
            content.append(messageId);
            position += idField.size();
        } else {
            content.append(rest.front());
            ++position;
        }
    }
    return content;
}

QString HmacScheme::configurationProblem() const
{
    if (m_options.header.isEmpty())
        return u"no signature header name configured"_s;
    if (m_options.signedContent.contains(timestampField) && m_options.timestampHeader.isEmpty())
        return u"the signed content uses {timestamp} but no timestamp header is configured"_s;
    if (m_options.signedContent.contains(idField) && m_options.idHeader.isEmpty())
        return u"the signed content uses {id} but no id header is configured"_s;
    return {};
}

QString HmacScheme::expectedForm() const
{
    const QString digest = m_options.encoding == DigestEncoding::Hex
        ? u"<%1 hex digits>"_s.arg(2 * digestLength(m_options.algorithm))
        : u"<Base64 %1>"_s.arg(hmacDisplayName(m_options.algorithm));
    return QString::fromLatin1(m_options.prefix) + digest;
}

HttpHeaderList HmacScheme::signNonEmpty(const SigningRequest &request, QString &error) const
{
    error = configurationProblem();
    if (!error.isEmpty())
        return {};

    HttpHeaderList headers;
    QByteArray messageId;
    if (!m_options.idHeader.isEmpty()) {
        messageId = request.messageId;
        if (messageId.isEmpty())
            messageId = findHeader(request.headers, m_options.idHeader).value_or(QByteArray());
        if (messageId.isEmpty())
            messageId = generateMessageId();
        headers.append({ m_options.idHeader, messageId });
    }
    QByteArray timestamp;
    if (!m_options.timestampHeader.isEmpty()) {
        timestamp = QByteArray::number(unixSecondsNow(request.now));
        headers.append({ m_options.timestampHeader, timestamp });
    }
    const QByteArray content
        = expandSignedContent(m_options.signedContent, request.body, timestamp, messageId);
    const QByteArray digest = hmac(m_options.algorithm, request.secret, content);
    headers.append(
        { m_options.header, m_options.prefix + encodeDigest(digest, m_options.encoding) });
    return headers;
}

SignatureVerdict HmacScheme::check(const VerificationRequest &request) const
{
    const QString problem = configurationProblem();
    if (!problem.isEmpty())
        return invalid(problem);
    const std::optional<QByteArray> value = findHeader(request.headers, m_options.header);
    if (!value)
        return missingHeader(m_options.header);
    if (request.secret.isEmpty())
        return noSecret();

    const QByteArrayView text(*value);
    const QByteArrayView prefix(m_options.prefix);
    if (text.size() < prefix.size()
        || text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) != 0)
        return malformedHeader(m_options.header, expectedForm());
    const std::optional<QByteArray> signature
        = decodeDigest(text.sliced(prefix.size()), m_options.encoding);
    if (!signature)
        return malformedHeader(m_options.header, expectedForm());

    QByteArray timestampText;
    std::optional<qint64> timestamp;
    if (!m_options.timestampHeader.isEmpty()) {
        const std::optional<QByteArray> found
            = findHeader(request.headers, m_options.timestampHeader);
        if (!found)
            return missingSignedHeader(m_options.timestampHeader);
        timestamp = parseUnixSeconds(*found);
        if (!timestamp)
            return malformedHeader(m_options.timestampHeader, u"Unix seconds");
        timestampText = *found;
    }
    QByteArray messageId;
    if (!m_options.idHeader.isEmpty()) {
        const std::optional<QByteArray> found = findHeader(request.headers, m_options.idHeader);
        if (!found && m_options.signedContent.contains(idField))
            return missingSignedHeader(m_options.idHeader);
        messageId = found.value_or(QByteArray());
    }

    const QByteArray expected = hmac(
        m_options.algorithm, request.secret,
        expandSignedContent(m_options.signedContent, request.body, timestampText, messageId));
    const SignatureVerdict verdict = matchDigest(expected, { *signature }, m_options.algorithm);
    if (!timestamp)
        return verdict;
    return requireFreshTimestamp(verdict, *timestamp, request.now, m_toleranceSeconds);
}

} // namespace hookscope
