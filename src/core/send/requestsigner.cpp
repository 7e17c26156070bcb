#include "requestsigner.h"

using namespace Qt::StringLiterals;

namespace hookscope {

RequestSigner::RequestSigner(SigningSetup setup) : m_setup(std::move(setup)) { }

bool RequestSigner::sign(OutgoingRequest &request, QString *error, std::optional<qint64> now) const
{
    const std::unique_ptr<SignatureScheme> scheme =
            createSignatureScheme(m_setup.scheme, m_setup.options);
    if (!scheme) {
        *error = u"unknown signature scheme \"%1\""_s.arg(m_setup.scheme);
        return false;
    }
    if (m_setup.encryption) {
        const PhasioCipher::Result encrypted =
                PhasioCipher::encrypt(request.body, m_setup.secret, *m_setup.encryption);
        if (!encrypted.ok()) {
            *error = u"cannot encrypt the body: %1"_s.arg(encrypted.error);
            return false;
        }
        request.body = encrypted.data;
    }
    SigningRequest signing;
    signing.body = request.body;
    signing.headers = request.headers;
    signing.secret = m_setup.secret;
    signing.now = now;
    QString problem;
    const HttpHeaderList signatureHeaders = scheme->sign(signing, &problem);
    if (signatureHeaders.isEmpty()) {
        *error = u"cannot sign with %1: %2"_s.arg(m_setup.scheme, problem);
        return false;
    }
    for (const HttpHeader &header : signatureHeaders)
        setHeader(request.headers, header.name, header.value);
    return true;
}

} // namespace hookscope
