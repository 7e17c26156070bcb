#pragma once

#include "encoding.h"
#include "hmac.h"
#include "signaturescheme.h"

#include <QByteArray>

namespace hookscope {

// A plain HMAC in one header, configurable enough for most home-grown vendor schemes.
struct HmacSchemeOptions
{
    QByteArray header = QByteArrayLiteral("X-Signature");
    HashAlgorithm algorithm = HashAlgorithm::Sha256;
    DigestEncoding encoding = DigestEncoding::Hex;
    QByteArray prefix; // before the digest, e.g. "sha256="; matched case-insensitively
    // What is signed: {body}, {timestamp} and {id} are replaced by the raw body and the values of
    // timestampHeader and idHeader; any other text is taken literally.
    QByteArray signedContent = QByteArrayLiteral("{body}");
    QByteArray timestampHeader; // Unix seconds; when set, it is sent and its age is checked
    QByteArray idHeader; // needed when signedContent has {id}
};

class HmacScheme : public SignatureScheme
{
public:
    // toleranceSeconds applies when a timestamp header is configured; <= 0 accepts any age.
    explicit HmacScheme(HmacSchemeOptions options = {}, qint64 toleranceSeconds = 300);

    QString id() const override;
    const HmacSchemeOptions &options() const { return m_options; }

    // The template expanded in one pass, so a body containing "{id}" stays as it is.
    static QByteArray expandSignedContent(QByteArrayView contentTemplate, QByteArrayView body,
                                          QByteArrayView timestamp, QByteArrayView messageId);

protected:
    HttpHeaderList signNonEmpty(const SigningRequest &request, QString &error) const override;
    SignatureVerdict check(const VerificationRequest &request) const override;

private:
    QString configurationProblem() const;
    QString expectedForm() const;

    HmacSchemeOptions m_options;
    qint64 m_toleranceSeconds;
};

} // namespace hookscope
