#pragma once

#include "common/httpheaders.h"
#include "signatureverdict.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace hookscope {

// What a sender signs. The secret is exactly what the user typed; each scheme decides how it
// becomes a key (Standard Webhooks decodes whsec_ Base64, Stripe and GitHub use the bytes).
struct SigningRequest
{
    QByteArray body; // raw bytes as they will be sent
    HttpHeaderList headers; // headers already on the request (a scheme may reuse its message id)
    QByteArray secret;
    std::optional<qint64> now; // Unix seconds; unset means the system clock
    QByteArray messageId; // for schemes that sign an id; generated when empty and not in headers
};

struct VerificationRequest
{
    QByteArray body; // raw bytes as received
    HttpHeaderList headers;
    QByteArray secret; // empty: the verdict is Unchecked
    // Unix seconds the timestamp is judged against; unset means the system clock. Checking a stored
    // delivery against its receive time tells whether it was valid when it arrived.
    std::optional<qint64> now;
};

// One vendor's way of signing a webhook delivery.
class SignatureScheme
{
public:
    virtual ~SignatureScheme();

    virtual QString id() const = 0;

    // The headers to add to (or replace in) the request. Empty, with *error set, when the secret is
    // empty or unusable; the error never contains the secret.
    HttpHeaderList sign(const SigningRequest &request, QString *error = nullptr) const;
    SignatureVerdict verify(const VerificationRequest &request) const;

protected:
    // Called with a non-empty secret; returns an empty list and sets error when it cannot sign.
    virtual HttpHeaderList signNonEmpty(const SigningRequest &request, QString &error) const = 0;
    // Status and reason; the scheme id is filled in by verify().
    virtual SignatureVerdict check(const VerificationRequest &request) const = 0;
};

} // namespace hookscope
