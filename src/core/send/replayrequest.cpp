#include "replayrequest.h"

#include "requestsigner.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

bool isFraming(QByteArrayView name)
{
    return name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0;
}

// The lower-case names a Connection header lists ("close" and "keep-alive" included).
QSet<QByteArray> connectionOptions(const HttpHeaderList &headers)
{
    QSet<QByteArray> names;
    for (const HttpHeader &header : headers) {
        if (QByteArrayView(header.name).compare("Connection", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &name : header.value.split(','))
            names.insert(name.trimmed().toLower());
    }
    return names;
}

} // namespace

bool ReplayRequest::isHopByHop(QByteArrayView name)
{
    for (const char *hopByHop : { "Connection", "Keep-Alive", "TE", "Trailer", "Transfer-Encoding",
                                  "Upgrade", "Host", "Content-Length" }) {
        if (name.compare(hopByHop, Qt::CaseInsensitive) == 0)
            return true;
    }
    return name.size() >= 6 && name.first(6).compare("Proxy-", Qt::CaseInsensitive) == 0;
}

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
    const QSet<QByteArray> named = connectionOptions(delivery.headers);
    for (const HttpHeader &header : delivery.headers) {
        const bool drop = options.keepHeaders
                ? isFraming(header.name)
                : isHopByHop(header.name) || named.contains(header.name.toLower());
        if (!drop)
            request.headers.append(header);
    }
    if (options.resign) {
        SigningSetup setup = *options.resign;
        setup.encryption.reset(); // the stored body is what went on the wire
        if (!RequestSigner(setup).sign(request, error))
            return std::nullopt;
    }
    return request;
}

} // namespace hookscope
