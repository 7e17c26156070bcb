#pragma once

#include "common/delivery.h"
#include "outgoingrequest.h"
#include "signingsetup.h"

#include <QByteArrayView>
#include <QUrl>

#include <optional>

namespace hookscope {

class ProviderCatalog;

// A captured delivery sent again: same method, the raw body byte for byte, the original headers
// in their order and spelling, minus the hop-by-hop ones (RFC 9110 7.6.1: Connection, Keep-Alive,
// Proxy-*, TE, Trailer, Transfer-Encoding, Upgrade, any named in Connection) and Host, unless
// they are kept. Content-Length and Transfer-Encoding are always left to the client, since they
// describe the original message's framing. Re-signing replaces the signature headers with ones
// over the same body and a new timestamp; the body itself is never re-encrypted.
class ReplayRequest
{
public:
    struct Options
    {
        QUrl url;
        bool keepHeaders = false;
        std::optional<SigningSetup> resign;
    };

    static std::optional<OutgoingRequest> build(const Delivery &delivery, const Options &options,
                                                QString *error);

    // How to sign a stored delivery again: the scheme configured as the delivery's own provider
    // configures it (else as the provider named like the scheme does); the body as it is.
    static std::optional<SigningSetup> resigning(const ProviderCatalog &catalog,
                                                 const Delivery &delivery,
                                                 const SigningArguments &arguments, QString *error);
};

} // namespace hookscope
