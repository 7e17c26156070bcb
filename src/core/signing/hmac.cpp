#include "hmac.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <climits>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

const EVP_MD *messageDigest(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return EVP_sha1();
    case HashAlgorithm::Sha256:
        return EVP_sha256();
    case HashAlgorithm::Sha512:
        return EVP_sha512();
    }
    Q_UNREACHABLE();
    return nullptr;
}

// OpenSSL treats a null pointer as "no key" even with length 0, which differs from an empty key.
const unsigned char *nonNullData(QByteArrayView bytes)
{
    static const unsigned char empty = 0;
    return bytes.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(bytes.data());
}

} // namespace

QString hashAlgorithmName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return u"sha1"_s;
    case HashAlgorithm::Sha256:
        return u"sha256"_s;
    case HashAlgorithm::Sha512:
        return u"sha512"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<HashAlgorithm> hashAlgorithmFromName(QStringView name)
{
    // "SHA-256" as well as "sha256"
    const QString normalized = name.toString().toLower().remove(u'-');
    for (HashAlgorithm algorithm :
         { HashAlgorithm::Sha1, HashAlgorithm::Sha256, HashAlgorithm::Sha512 }) {
        if (normalized == hashAlgorithmName(algorithm))
            return algorithm;
    }
    return std::nullopt;
}

QString hmacDisplayName(HashAlgorithm algorithm)
{
    return u"HMAC-"_s + hashAlgorithmName(algorithm).toUpper();
}

qsizetype digestLength(HashAlgorithm algorithm)
{
    return EVP_MD_get_size(messageDigest(algorithm));
}

QByteArray hmac(HashAlgorithm algorithm, QByteArrayView key, QByteArrayView message)
{
    if (key.size() > INT_MAX)
        throw std::length_error("HMAC key too long");
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    const unsigned char *result
        = HMAC(messageDigest(algorithm), nonNullData(key), int(key.size()), nonNullData(message),
               size_t(message.size()), reinterpret_cast<unsigned char *>(digest.data()), &length);
    if (!result)
        throw std::runtime_error("OpenSSL HMAC failed");
    digest.truncate(qsizetype(length));
    return digest;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(nonNullData(a), nonNullData(b), size_t(a.size())) == 0;
}

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (count > INT_MAX
        || RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(count)) != 1)
        throw std::runtime_error("OpenSSL RAND_bytes failed");
    return bytes;
}

} // namespace hookscope
