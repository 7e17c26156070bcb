// Arbitrary bytes as signature header values, secrets and Phasio bodies: verification and
// decryption must never crash, always explain themselves, and encryption must round-trip.
// Input: fields separated by '\n': signature value, companion value (id / timestamp), body, secret.

#include "signing/encoding.h"
#include "signing/hmacscheme.h"
#include "signing/phasiocipher.h"
#include "signing/signatureschemefactory.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

using namespace hookscope;

namespace {

const QByteArray fixedPhasioKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";

std::vector<std::unique_ptr<SignatureScheme>> makeSchemes()
{
    std::vector<std::unique_ptr<SignatureScheme>> schemes;
    for (const QString &id : signatureSchemeIds())
        schemes.push_back(createSignatureScheme(id));

    SignatureSchemeOptions timestamped;
    timestamped.hmac.signedContent = "{timestamp}.{id}.{body}";
    timestamped.hmac.timestampHeader = "X-Timestamp";
    timestamped.hmac.idHeader = "X-Id";
    timestamped.hmac.encoding = DigestEncoding::Base64;
    timestamped.hmac.prefix = "v1=";
    schemes.push_back(createSignatureScheme(QStringLiteral("hmac"), timestamped));

    SignatureSchemeOptions decodedKey;
    decodedKey.phasioHmacKey = PhasioHmacKey::DecodedAesKey;
    schemes.push_back(createSignatureScheme(QStringLiteral("phasio"), decodedKey));
    return schemes;
}

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::vector<std::unique_ptr<SignatureScheme>> schemes = makeSchemes();

    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> fields = input.split('\n');
    const auto field
        = [&fields](int index) { return index < fields.size() ? fields.at(index) : QByteArray(); };
    const QByteArray signature = field(0);
    const QByteArray companion = field(1);
    const QByteArray body = field(2);
    const QByteArray secret = field(3);

    const HttpHeaderList headers = {
        { "webhook-id", companion },          { "webhook-timestamp", companion },
        { "webhook-signature", signature },   { "Stripe-Signature", signature },
        { "X-Hub-Signature-256", signature }, { "X-Hub-Signature", signature },
        { "X-Phasio-Signature", signature },  { "X-Signature", signature },
        { "X-Timestamp", companion },         { "X-Id", companion },
    };
    for (const std::unique_ptr<SignatureScheme> &scheme : schemes) {
        for (const QByteArray &key :
             { secret, QByteArray("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), fixedPhasioKey }) {
            const SignatureVerdict verdict = scheme->verify({ body, headers, key, 1795435200 });
            require(!verdict.reason.isEmpty());
            require(verdict.scheme == scheme->id());
        }
        // What a scheme signs, it accepts (HTTP strips whitespace around header values, so an id
        // with some is out of scope).
        QString error;
        const HttpHeaderList signedHeaders
            = scheme->sign({ body, headers, secret, 1795435200, companion }, &error);
        if (error.isEmpty() && companion == companion.trimmed()) {
            HttpHeaderList received = signedHeaders;
            received += headers; // the signed values come first and win the lookup
            const SignatureVerdict verdict = scheme->verify({ body, received, secret, 1795435200 });
            require(verdict.isValid());
        }
    }

    for (auto order :
         { PhasioLayout::Order::NonceCiphertextTag, PhasioLayout::Order::NonceTagCiphertext }) {
        PhasioLayout layout;
        layout.order = order;
        require(!PhasioCipher::decrypt(input, fixedPhasioKey, layout).ok()
                || size >= size_t(layout.nonceLength + layout.tagLength));
        PhasioCipher::decrypt(body, secret, layout);

        const PhasioCipher::Result sealed = PhasioCipher::encrypt(input, fixedPhasioKey, layout);
        require(sealed.ok());
        const PhasioCipher::Result opened
            = PhasioCipher::decrypt(sealed.data, fixedPhasioKey, layout);
        require(opened.ok() && opened.data == input);
    }
    PhasioCipher::decodeKey(input);
    decodeBase64(input, Base64Alphabet::Standard);
    decodeBase64(input, Base64Alphabet::UrlSafe);
    decodeHex(input);
    HmacScheme::expandSignedContent(input, body, companion, signature);
    return 0;
}
