#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace hookscope {

// The outcome of checking one delivery's signature, with a sentence that says why.
struct SignatureVerdict
{
    enum class Status {
        Valid,
        Invalid, // present but wrong, malformed, expired, or the secret is unusable
        Missing, // the delivery carries no signature header for the scheme
        Unchecked, // no secret configured
    };

    Status status = Status::Unchecked;
    QString scheme; // SignatureScheme::id()
    QString reason; // never contains the secret

    bool isValid() const { return status == Status::Valid; }
};

// "valid" | "invalid" | "missing" | "unchecked": the storage and export form.
QString signatureStatusName(SignatureVerdict::Status status);
std::optional<SignatureVerdict::Status> signatureStatusFromName(QStringView name);

} // namespace hookscope
