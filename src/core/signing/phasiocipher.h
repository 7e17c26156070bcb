#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace hookscope {

// Where the AES-GCM nonce and tag sit in a Phasio body. Phasio does not publish it, so it is a
// setting; the default is the common nonce | ciphertext | tag with a 12-byte nonce and 16-byte tag.
struct PhasioLayout
{
    enum class Order { NonceCiphertextTag, NonceTagCiphertext };

    int nonceLength = 12; // 1..64
    int tagLength = 16; // 4..16
    Order order = Order::NonceCiphertextTag;
    bool paddedBase64 = true; // what encrypt() writes; decrypt() accepts either
};

// "nonce|ciphertext|tag", "nonce|tag|ciphertext": the settings form of the order.
QString phasioOrderName(PhasioLayout::Order order);
std::optional<PhasioLayout::Order> phasioOrderFromName(QStringView name);

// Phasio's payload encryption: the body is Base64 URL-safe of the AES-256-GCM nonce, ciphertext
// and tag, keyed by the webhook secret (32 bytes, Base64 URL-safe). Error texts are whole sentences
// for the user and never contain key material.
class PhasioCipher
{
public:
    struct Result
    {
        QByteArray data;
        QString error; // empty on success

        bool ok() const { return error.isEmpty(); }
    };

    // The 32-byte AES key from the secret text: Base64 URL-safe, padding optional, surrounding
    // whitespace ignored. The error has no "cannot ..." lead: the caller adds what failed.
    static Result decodeKey(QByteArrayView secret);
    static QByteArray generateKey(); // a new secret, unpadded Base64 URL-safe

    // nonce: empty for a random one (tests pass a fixed one of layout.nonceLength bytes).
    static Result encrypt(QByteArrayView plaintext, QByteArrayView secret,
                          const PhasioLayout &layout = {}, QByteArrayView nonce = {});
    // The body as received; trailing whitespace (a newline added by a tool) is ignored.
    static Result decrypt(QByteArrayView body, QByteArrayView secret,
                          const PhasioLayout &layout = {});
};

} // namespace hookscope
