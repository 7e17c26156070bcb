#include "replayrequest.h"

#include "providers/providercatalog.h"
#include "requestsigner.h"


using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

bool isFraming(QByteArrayView name)
{
    return name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<OutgoingRequest> ReplayRequest::build(const Delivery &delivery, const Options &options,
                                                    QString *error)
{
    if (!delivery.rejection.isEmpty()) {
        *error = u"delivery %1 was refused when it arrived (%2); its body was not kept"_s.arg(
                delivery.id)
                         .arg(delivery.rejection);
        return std::nullopt;
    }
    OutgoingRequest request;
    request.method = delivery.method;
    request.url = options.url;
    request.body = delivery.body;
    if (options.keepHeaders) {
        for (const HttpHeader &header : delivery.headers) {
            if (!isFraming(header.name))
                request.headers.append(header);
        }
    } else {
        request.headers = endToEndHeaders(delivery.headers);
    }
    if (options.resign) {
        SigningSetup setup = *options.resign;
        setup.encryption.reset(); // the stored body is what went on the wire
        if (!RequestSigner(setup).sign(request, error))
            return std::nullopt;
    }
    return request;
}

std::optional<SigningSetup> ReplayRequest::resigning(const ProviderCatalog &catalog,
                                                     const Delivery &delivery,
                                                     const SigningArguments &arguments,
                                                     QString *error)
{
    const ProviderDefinition *settingsFrom = SigningSetup::settingsProvider(
            catalog, catalog.provider(delivery.classification.provider), arguments.scheme);
    return SigningSetup::fromArguments(arguments, settingsFrom, false, error);
}

} // namespace hookscope
