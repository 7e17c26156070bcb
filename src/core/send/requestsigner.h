#pragma once

#include "outgoingrequest.h"
#include "signingsetup.h"

#include <QString>

#include <optional>

namespace hookscope {

// Signs outgoing requests as the vendor would: encrypts the body first where the setup says so
// (Phasio), then sets the scheme's headers, replacing any of the same name in place.
class RequestSigner
{
public:
    explicit RequestSigner(SigningSetup setup);

    // now: Unix seconds for the signed timestamp; unset means the system clock.
    bool sign(OutgoingRequest &request, QString *error,
              std::optional<qint64> now = std::nullopt) const;

private:
    SigningSetup m_setup;
};

} // namespace hookscope
