#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

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
    // Every delivery is sent on to this URL (the app under development), body byte for byte.
    QUrl forwardTo {};
    // The vendor gets the forward target's answer instead of the provider's response rule.
    bool answerWithForward = false;

    bool matchesTarget(const QByteArray &target) const;
    // Where a delivery to target goes: forwardTo, followed by what the target has below this
    // endpoint's path and by its query ("/shop/orders?x=1" at "/shop" to
    // "http://localhost:3000/hooks" gives "http://localhost:3000/hooks/orders?x=1").
    QUrl forwardUrlFor(const QByteArray &target) const;
    // An absolute http:// or https:// URL with a host.
    static bool isValidForwardTarget(const QUrl &url);
};

// "/PATH=PROVIDER[/EVENT_TYPE][,secret=S][,status=CODE][,delay=MS][,forward=URL][,answer=target]"
// as given to --endpoint.
std::optional<Endpoint> parseEndpointSpec(const QString &spec, QString *errorMessage);

// The endpoint whose path is the longest prefix of the request target, if any.
const Endpoint *endpointForTarget(const QList<Endpoint> &endpoints, const QByteArray &target);

} // namespace hookscope
