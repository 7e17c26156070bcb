#include "phasiocipher.h"

#include "encoding.h"
#include "hmac.h"

#include <openssl/evp.h>

#include <climits>
#include <memory>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

constexpr int keyLength = 32;

struct CipherContextFree
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextFree>;

PhasioCipher::Result failure(QString error)
{
    return { {}, std::move(error) };
}

QString layoutProblem(const PhasioLayout &layout)
{
    if (layout.nonceLength < 1 || layout.nonceLength > 64)
        return u"the layout's nonce length must be 1 to 64 bytes, not %1"_s.arg(layout.nonceLength);
    if (layout.tagLength < 4 || layout.tagLength > 16)
        return u"the layout's tag length must be 4 to 16 bytes, not %1"_s.arg(layout.tagLength);
    return {};
}

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

// Key and nonce set up for AES-256-GCM in the given direction; null when OpenSSL refuses.
CipherContext startGcm(QByteArrayView key, QByteArrayView nonce, bool encrypting)
{
    CipherContext context(EVP_CIPHER_CTX_new());
    const int direction = encrypting ? 1 : 0;
    if (!context
        || EVP_CipherInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr, direction)
            != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr)
            != 1
        || EVP_CipherInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(nonce), direction)
            != 1)
        return nullptr;
    return context;
}

// Runs the whole input through; false when OpenSSL fails (or, decrypting, the tag is wrong).
bool runGcm(EVP_CIPHER_CTX *context, QByteArrayView input, QByteArray &output)
{
    output.resize(input.size());
    int written = 0;
    if (!input.isEmpty()
        && EVP_CipherUpdate(context, bytes(output), &written, bytes(input), int(input.size())) != 1)
        return false;
    int finalWritten = 0;
    // GCM writes nothing here; the buffer only has to be valid.
    unsigned char tail[16];
    if (EVP_CipherFinal_ex(context, tail, &finalWritten) != 1)
        return false;
    output.resize(written);
    return true;
}

} // namespace

QString phasioOrderName(PhasioLayout::Order order)
{
    switch (order) {
    case PhasioLayout::Order::NonceCiphertextTag:
        return u"nonce|ciphertext|tag"_s;
    case PhasioLayout::Order::NonceTagCiphertext:
        return u"nonce|tag|ciphertext"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PhasioLayout::Order> phasioOrderFromName(QStringView name)
{
    for (auto order :
         { PhasioLayout::Order::NonceCiphertextTag, PhasioLayout::Order::NonceTagCiphertext }) {
        if (name.trimmed().compare(phasioOrderName(order), Qt::CaseInsensitive) == 0)
            return order;
    }
    return std::nullopt;
}

PhasioCipher::Result PhasioCipher::decodeKey(QByteArrayView secret)
{
    secret = secret.trimmed();
    if (secret.isEmpty())
        return failure(u"no key configured"_s);
    Base64Decoded key = decodeBase64(secret, Base64Alphabet::UrlSafe);
    if (!key.ok()) {
        return failure(
            u"key is not Base64 URL-safe (offending byte at offset %1)"_s.arg(key.errorOffset));
    }
    if (key.data.size() != keyLength) {
        return failure(u"key must decode to 32 bytes (AES-256), not %1"_s.arg(key.data.size()));
    }
    return { std::move(key.data), {} };
}

QByteArray PhasioCipher::generateKey()
{
    return randomBytes(keyLength).toBase64(QByteArray::Base64UrlEncoding
                                           | QByteArray::OmitTrailingEquals);
}

PhasioCipher::Result PhasioCipher::encrypt(QByteArrayView plaintext, QByteArrayView secret,
                                           const PhasioLayout &layout, QByteArrayView nonce)
{
    const QString lead = u"cannot encrypt: "_s;
    if (const QString problem = layoutProblem(layout); !problem.isEmpty())
        return failure(lead + problem);
    const Result key = decodeKey(secret);
    if (!key.ok())
        return failure(lead + key.error);
    if (plaintext.size() > INT_MAX / 2)
        return failure(lead + u"payload is too large"_s);
    const QByteArray usedNonce
        = nonce.isEmpty() ? randomBytes(layout.nonceLength) : nonce.toByteArray();
    if (usedNonce.size() != layout.nonceLength) {
        return failure(lead
                       + u"the nonce must be %1 bytes, not %2"_s.arg(layout.nonceLength)
                             .arg(usedNonce.size()));
    }

    const CipherContext context = startGcm(key.data, usedNonce, true);
    QByteArray ciphertext;
    QByteArray tag(layout.tagLength, Qt::Uninitialized);
    if (!context || !runGcm(context.get(), plaintext, ciphertext)
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, layout.tagLength, tag.data())
            != 1)
        return failure(lead + u"the AES-256-GCM encryption failed"_s);

    QByteArray sealed = usedNonce;
    if (layout.order == PhasioLayout::Order::NonceCiphertextTag)
        sealed += ciphertext + tag;
    else
        sealed += tag + ciphertext;
    const auto padding
        = layout.paddedBase64 ? QByteArray::KeepTrailingEquals : QByteArray::OmitTrailingEquals;
    return { sealed.toBase64(QByteArray::Base64UrlEncoding | padding), {} };
}

PhasioCipher::Result PhasioCipher::decrypt(QByteArrayView body, QByteArrayView secret,
                                           const PhasioLayout &layout)
{
    const QString lead = u"cannot decrypt: "_s;
    if (const QString problem = layoutProblem(layout); !problem.isEmpty())
        return failure(lead + problem);
    const Result key = decodeKey(secret);
    if (!key.ok())
        return failure(lead + key.error);

    while (!body.isEmpty() && QChar::isSpace(uchar(body.back())))
        body.chop(1);
    if (body.isEmpty())
        return failure(lead + u"body is empty"_s);
    const Base64Decoded sealed = decodeBase64(body, Base64Alphabet::UrlSafe);
    if (!sealed.ok()) {
        if (sealed.errorOffset == body.size()) {
            return failure(lead
                           + u"body is not Base64 URL-safe (%1 characters cannot be Base64)"_s.arg(
                               body.size()));
        }
        return failure(lead
                       + u"body is not Base64 URL-safe (offending byte at offset %1)"_s.arg(
                           sealed.errorOffset));
    }
    const qsizetype overhead = layout.nonceLength + layout.tagLength;
    if (sealed.data.size() < overhead) {
        return failure(
            lead
            + u"body is %1 bytes after Base64 decoding; a %2-byte nonce and a %3-byte tag "
              u"alone need %4"_s.arg(sealed.data.size())
                  .arg(layout.nonceLength)
                  .arg(layout.tagLength)
                  .arg(overhead));
    }
    if (sealed.data.size() > INT_MAX)
        return failure(lead + u"body is too large"_s);

    const QByteArrayView all(sealed.data);
    const QByteArrayView nonce = all.first(layout.nonceLength);
    const qsizetype ciphertextLength = all.size() - overhead;
    const bool tagLast = layout.order == PhasioLayout::Order::NonceCiphertextTag;
    const QByteArrayView ciphertext
        = all.sliced(tagLast ? layout.nonceLength : overhead, ciphertextLength);
    // OpenSSL takes the expected tag through a non-const pointer.
    QByteArray tag
        = (tagLast ? all.last(layout.tagLength) : all.sliced(layout.nonceLength, layout.tagLength))
              .toByteArray();

    const CipherContext context = startGcm(key.data, nonce, false);
    QByteArray plaintext;
    if (!context
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, layout.tagLength, tag.data())
            != 1)
        return failure(lead + u"the AES-256-GCM setup failed"_s);
    if (!runGcm(context.get(), ciphertext, plaintext))
        return failure(lead + u"authentication failed"_s);
    return { std::move(plaintext), {} };
}

} // namespace hookscope
