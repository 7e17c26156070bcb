#pragma once

// Pieces shared by the scheme implementations; not part of the module's interface.

#include "common/httpheaders.h"
#include "hmac.h"
#include "signatureverdict.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace hookscope::schemesupport {

constexpr qint64 defaultToleranceSeconds = 300;

qint64 unixSecondsNow(const std::optional<qint64> &injected);

// Decimal digits only, as every scheme here writes them; nullopt when malformed or out of range.
std::optional<qint64> parseUnixSeconds(QByteArrayView text);

// Why timestamp is unacceptable at now, or nullopt. toleranceSeconds <= 0 disables the check.
std::optional<QString> timestampProblem(qint64 timestamp, qint64 now, qint64 toleranceSeconds);

QString headerName(QByteArrayView name);
// The first header of that name with surrounding whitespace removed, or nullopt when absent.
std::optional<QByteArray> findHeader(const HttpHeaderList &headers, QByteArrayView name);

// "msg_" and 24 random URL-safe characters; never contains '.', which separates signed fields.
QByteArray generateMessageId();

SignatureVerdict valid(QString reason);
SignatureVerdict invalid(QString reason);
SignatureVerdict missingHeader(QByteArrayView name); // "no <name> header"
SignatureVerdict noSecret();
// A signature is there but a header it depends on (id, timestamp) is not.
SignatureVerdict missingSignedHeader(QByteArrayView name);
SignatureVerdict malformedHeader(QByteArrayView name, QStringView expectedForm);

// Valid when one candidate equals expected (in constant time), otherwise Invalid with a reason
// that tells a wrong-length signature (algorithm or encoding) from a wrong secret or body.
SignatureVerdict matchDigest(QByteArrayView expected, const QList<QByteArray> &candidates,
                             HashAlgorithm algorithm);

// A matching signature whose timestamp is outside the tolerance is Invalid all the same.
SignatureVerdict requireFreshTimestamp(SignatureVerdict matched, qint64 timestamp,
                                       const std::optional<qint64> &now, qint64 toleranceSeconds);

} // namespace hookscope::schemesupport
