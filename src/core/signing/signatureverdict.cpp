#include "signatureverdict.h"

using namespace Qt::StringLiterals;

namespace hookscope {

QString signatureStatusName(SignatureVerdict::Status status)
{
    switch (status) {
    case SignatureVerdict::Status::Valid:
        return u"valid"_s;
    case SignatureVerdict::Status::Invalid:
        return u"invalid"_s;
    case SignatureVerdict::Status::Missing:
        return u"missing"_s;
    case SignatureVerdict::Status::Unchecked:
        return u"unchecked"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<SignatureVerdict::Status> signatureStatusFromName(QStringView name)
{
    using Status = SignatureVerdict::Status;
    for (Status status : { Status::Valid, Status::Invalid, Status::Missing, Status::Unchecked }) {
        if (name == signatureStatusName(status))
            return status;
    }
    return std::nullopt;
}

} // namespace hookscope
