#include "signatureschemetitles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hookscope {

QString signatureSchemeTitle(const QString &id)
{
    static constexpr struct
    {
        QLatin1StringView id;
        const char *title;
    } kTitles[] = {
        { "standard-webhooks"_L1, QT_TRANSLATE_NOOP("SignatureScheme", "Standard Webhooks") },
        { "stripe"_L1, QT_TRANSLATE_NOOP("SignatureScheme", "Stripe-style (Stripe-Signature)") },
        { "github"_L1, QT_TRANSLATE_NOOP("SignatureScheme", "GitHub-style (X-Hub-Signature-256)") },
        { "phasio"_L1, QT_TRANSLATE_NOOP("SignatureScheme", "Phasio: encrypt, then sign") },
        { "hmac"_L1, QT_TRANSLATE_NOOP("SignatureScheme", "Generic HMAC header") },
        { "header-token"_L1, QT_TRANSLATE_NOOP("SignatureScheme", "Token header (Authorization: Bearer …)") },
    };
    for (const auto &entry : kTitles) {
        if (entry.id == id)
            return QCoreApplication::translate("SignatureScheme", entry.title);
    }
    return id;
}

} // namespace hookscope
