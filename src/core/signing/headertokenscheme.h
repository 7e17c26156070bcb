#pragma once

#include "signaturescheme.h"

#include <QByteArray>

namespace hookscope {

struct HeaderTokenOptions
{
    QByteArray header = QByteArrayLiteral("Authorization");
    QByteArray prefix = QByteArrayLiteral("Bearer ");
};

// No signature, a shared token instead: the header must equal prefix + secret. Vendors such as
// Enad authenticate deliveries this way ("Authorization: Bearer ..." or "x-api-key: ...").
class HeaderTokenScheme : public SignatureScheme
{
public:
    explicit HeaderTokenScheme(HeaderTokenOptions options = {});
    QString id() const override;

protected:
    HttpHeaderList signNonEmpty(const SigningRequest &request, QString &error) const override;
    SignatureVerdict check(const VerificationRequest &request) const override;

private:
    HeaderTokenOptions m_options;
};

} // namespace hookscope
