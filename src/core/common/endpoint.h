#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hookscope {

// A named place deliveries arrive at: requests to `path` (and below it) belong to `provider`.
struct Endpoint
{
    QString path;      // "/enad", always starting with '/' and without a trailing '/'
    QString provider;  // provider id, or empty to detect from the delivery
    QString eventType; // fixed event type for vendors whose body does not name it (Phasio)
    QByteArray secret;
    int status = 0;    // answer with this instead of the provider's expected status
    int delayMs = 0;   // answer this much later, to see how the vendor handles a slow receiver

    bool matchesTarget(const QByteArray &target) const;
};

// "/PATH=PROVIDER[/EVENT_TYPE][,secret=S][,status=CODE][,delay=MS]" as given to --endpoint.
std::optional<Endpoint> parseEndpointSpec(const QString &spec, QString *errorMessage);

// The endpoint whose path is the longest prefix of the request target, if any.
const Endpoint *endpointForTarget(const QList<Endpoint> &endpoints, const QByteArray &target);

} // namespace hookscope
