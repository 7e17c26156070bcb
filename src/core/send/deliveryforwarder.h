#pragma once

#include "common/delivery.h"
#include "httpexchange.h"
#include "outgoingrequest.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <deque>
#include <functional>

namespace hookscope {

class HttpClient;

// Sends captured deliveries on to the app under development, the way `stripe listen
// --forward-to` does: same method, the raw body byte for byte and the delivery's end-to-end
// headers (so the vendor's signature still verifies there), plus X-Forwarded-For/-Host/-Proto.
// A bounded number are in flight at once, the rest wait in a bounded queue; what does not fit
// is reported as not forwarded rather than slowing capture down. Every forward() gets exactly
// one outcome, on this object's thread, never from within forward().
class DeliveryForwarder : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ForwardOutcome &)>;
    struct Limits
    {
        int maxInFlight = 16;
        int maxQueued = 1000;
        std::chrono::milliseconds timeout { 30'000 };
    };

    explicit DeliveryForwarder(const Limits &limits, QObject *parent = nullptr);
    explicit DeliveryForwarder(QObject *parent = nullptr) : DeliveryForwarder(Limits(), parent) { }
    ~DeliveryForwarder() override;

    // Forwards to delivery.forwardTo.
    void forward(const Delivery &delivery, Callback done);
    // Gives every queued and in-flight forward the outcome "not forwarded: <reason>" now.
    void abortAll(const QString &reason);

    static OutgoingRequest requestFor(const Delivery &delivery);
    static ForwardOutcome outcomeOf(const QUrl &url, const HttpExchange &exchange);
    // What the vendor is answered when it is to get the forward target's answer: that answer
    // (its end-to-end headers, reframed), or 502 Bad Gateway saying why there was none.
    static DeliveryResponse responseFrom(const ForwardOutcome &outcome, const QByteArray &method);

private:
    struct Job
    {
        quint64 id;
        OutgoingRequest request;
        Callback done;
    };

    void startNext();
    void complete(quint64 id, const ForwardOutcome &outcome);

    Limits m_limits;
    quint64 m_nextId = 1;
    std::deque<Job> m_queued;
    QHash<quint64, Job> m_inFlight;
    HttpClient *m_client;
};

} // namespace hookscope
