#include "schemesupport.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtNumeric>

#include <limits>

using namespace Qt::StringLiterals;

namespace hookscope::schemesupport {

namespace {

QString describeUnixSeconds(qint64 seconds)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    if (time.isValid() && time.date().year() <= 9999)
        return time.toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'");
    return u"%1 (Unix seconds)"_s.arg(seconds);
}

} // namespace

qint64 unixSecondsNow(const std::optional<qint64> &injected)
{
    return injected ? *injected : QDateTime::currentSecsSinceEpoch();
}

std::optional<qint64> parseUnixSeconds(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<QString> timestampProblem(qint64 timestamp, qint64 now, qint64 toleranceSeconds)
{
    if (toleranceSeconds <= 0)
        return std::nullopt;
    qint64 age = 0;
    if (qSubOverflow(now, timestamp, &age))
        age = now > timestamp ? std::numeric_limits<qint64>::max()
                              : std::numeric_limits<qint64>::min() + 1;
    if (age > toleranceSeconds) {
        return u"timestamp %1 is %2 s old; tolerance is %3 s"_s.arg(
            describeUnixSeconds(timestamp), QString::number(age),
            QString::number(toleranceSeconds));
    }
    if (age < -toleranceSeconds) {
        return u"timestamp %1 is %2 s in the future; tolerance is %3 s"_s.arg(
            describeUnixSeconds(timestamp), QString::number(-age),
            QString::number(toleranceSeconds));
    }
    return std::nullopt;
}

QString headerName(QByteArrayView name)
{
    return QString::fromLatin1(name);
}

std::optional<QByteArray> findHeader(const HttpHeaderList &headers, QByteArrayView name)
{
    if (!hasHeader(headers, name))
        return std::nullopt;
    return headerValue(headers, name).trimmed();
}

QByteArray generateMessageId()
{
    return "msg_" + randomBytes(18).toBase64(QByteArray::Base64UrlEncoding);
}

SignatureVerdict valid(QString reason)
{
    return { SignatureVerdict::Status::Valid, {}, std::move(reason) };
}

SignatureVerdict invalid(QString reason)
{
    return { SignatureVerdict::Status::Invalid, {}, std::move(reason) };
}

SignatureVerdict missingHeader(QByteArrayView name)
{
    return { SignatureVerdict::Status::Missing, {}, u"no %1 header"_s.arg(headerName(name)) };
}

SignatureVerdict noSecret()
{
    return { SignatureVerdict::Status::Unchecked,
             {},
             u"no secret configured: signature not checked"_s };
}

SignatureVerdict missingSignedHeader(QByteArrayView name)
{
    return invalid(u"signed delivery has no %1 header"_s.arg(headerName(name)));
}

SignatureVerdict malformedHeader(QByteArrayView name, QStringView expectedForm)
{
    return invalid(u"malformed %1 header: expected %2"_s.arg(headerName(name), expectedForm));
}

SignatureVerdict matchDigest(QByteArrayView expected, const QList<QByteArray> &candidates,
                             HashAlgorithm algorithm)
{
    qsizetype matchIndex = -1;
    bool anyRightLength = false;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        anyRightLength = anyRightLength || candidates[i].size() == expected.size();
        if (constantTimeEquals(candidates[i], expected) && matchIndex < 0)
            matchIndex = i;
    }
    if (matchIndex >= 0) {
        if (candidates.size() == 1)
            return valid(u"signature matches"_s);
        return valid(u"signature %1 of %2 matches"_s.arg(matchIndex + 1).arg(candidates.size()));
    }
    if (!candidates.isEmpty() && !anyRightLength) {
        return invalid(u"signature is %1 bytes but %2 gives %3: wrong algorithm or encoding"_s.arg(
            QString::number(candidates.constFirst().size()), hmacDisplayName(algorithm),
            QString::number(expected.size())));
    }
    if (candidates.size() > 1) {
        return invalid(u"none of the %1 signatures matches: wrong secret or body modified"_s.arg(
            candidates.size()));
    }
    return invalid(u"signature does not match: wrong secret or body modified"_s);
}

SignatureVerdict requireFreshTimestamp(SignatureVerdict matched, qint64 timestamp,
                                       const std::optional<qint64> &now, qint64 toleranceSeconds)
{
    if (!matched.isValid())
        return matched;
    if (std::optional<QString> problem
        = timestampProblem(timestamp, unixSecondsNow(now), toleranceSeconds))
        return invalid(*problem);
    return matched;
}

} // namespace hookscope::schemesupport
