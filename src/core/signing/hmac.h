#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace hookscope {

enum class HashAlgorithm { Sha1, Sha256, Sha512 };

// "sha1", "sha256", "sha512": the names used on the command line and in provider files.
QString hashAlgorithmName(HashAlgorithm algorithm);
std::optional<HashAlgorithm> hashAlgorithmFromName(QStringView name);
// "HMAC-SHA256" and so on, for sentences shown to the user.
QString hmacDisplayName(HashAlgorithm algorithm);
qsizetype digestLength(HashAlgorithm algorithm);

// The raw digest (not encoded). Throws std::runtime_error only if OpenSSL itself fails.
QByteArray hmac(HashAlgorithm algorithm, QByteArrayView key, QByteArrayView message);

// Compares in time that depends only on the lengths; different lengths compare unequal.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// Cryptographically secure random bytes (nonces, message ids).
QByteArray randomBytes(qsizetype count);

} // namespace hookscope
