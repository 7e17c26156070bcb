#pragma once

#include "headertokenscheme.h"
#include "hmacscheme.h"
#include "phasioscheme.h"
#include "signaturescheme.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace hookscope {

// What the schemes can be told beyond their id; each scheme reads the fields it knows.
struct SignatureSchemeOptions
{
    // Accepted timestamp age either way (standard-webhooks, stripe, hmac with a timestamp header);
    // <= 0 accepts any age.
    qint64 toleranceSeconds = 300;
    HmacSchemeOptions hmac; // hmac
    PhasioHmacKey phasioHmacKey = PhasioHmacKey::SecretText; // phasio
    HeaderTokenOptions headerToken; // header-token
};

// "standard-webhooks", "stripe", "github", "phasio", "hmac", "header-token".
QStringList signatureSchemeIds();
// Null for an unknown id.
std::unique_ptr<SignatureScheme> createSignatureScheme(QStringView id,
                                                       const SignatureSchemeOptions &options = {});

} // namespace hookscope
