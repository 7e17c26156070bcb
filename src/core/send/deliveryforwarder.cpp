#include "deliveryforwarder.h"

#include "common/httpresponse.h"
#include "httpclient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

ForwardOutcome notForwarded(const QUrl &url, const QString &reason)
{
    ForwardOutcome outcome;
    outcome.url = url.toString(QUrl::FullyEncoded);
    outcome.error = u"not forwarded: "_s + reason;
    return outcome;
}

QByteArray hostOf(const Delivery &delivery)
{
    return headerValue(delivery.headers, "Host");
}

} // namespace

DeliveryForwarder::DeliveryForwarder(const Limits &limits, QObject *parent)
    : QObject(parent), m_limits(limits), m_client(new HttpClient(this))
{
    m_client->setTimeout(limits.timeout);
}

DeliveryForwarder::~DeliveryForwarder()
{
    abortAll(u"capture stopped"_s);
    // Gone before the members: what it reports while going finds nothing left to call.
    delete m_client;
}

OutgoingRequest DeliveryForwarder::requestFor(const Delivery &delivery)
{
    OutgoingRequest request;
    request.method = delivery.method;
    request.url = delivery.forwardTo;
    request.body = delivery.body;
    request.headers = endToEndHeaders(delivery.headers);

    QByteArray forwardedFor = headerValue(request.headers, "X-Forwarded-For");
    if (!delivery.peerAddress.isEmpty()) {
        if (!forwardedFor.isEmpty())
            forwardedFor.append(", ");
        forwardedFor.append(delivery.peerAddress.toLatin1());
        setHeader(request.headers, "X-Forwarded-For", forwardedFor);
    }
    if (!hasHeader(request.headers, "X-Forwarded-Host") && !hostOf(delivery).isEmpty())
        request.headers.append(HttpHeader{ "X-Forwarded-Host", hostOf(delivery) });
    if (!hasHeader(request.headers, "X-Forwarded-Proto"))
        request.headers.append(HttpHeader{ "X-Forwarded-Proto", "http" });
    return request;
}

ForwardOutcome DeliveryForwarder::outcomeOf(const QUrl &url, const HttpExchange &exchange)
{
    ForwardOutcome outcome;
    outcome.url = url.toString(QUrl::FullyEncoded);
    outcome.elapsedNs = exchange.elapsedNs;
    if (!exchange.answered()) {
        outcome.error = exchange.error;
        return outcome;
    }
    outcome.status = exchange.status;
    outcome.headers = exchange.headers;
    outcome.bodyTruncated = exchange.body.size() > ForwardOutcome::kMaxBodyBytes;
    outcome.body = outcome.bodyTruncated ? exchange.body.first(ForwardOutcome::kMaxBodyBytes)
                                         : exchange.body;
    return outcome;
}

DeliveryResponse DeliveryForwarder::responseFrom(const ForwardOutcome &outcome,
                                                 const QByteArray &method)
{
    if (!outcome.answered())
        return makeJsonError(502, u"forward target: "_s + outcome.error);
    const bool noBody = method == "HEAD" || outcome.status == 204 || outcome.status == 304
            || outcome.status < 200;
    DeliveryResponse response;
    response.status = outcome.status;
    response.headers = endToEndHeaders(outcome.headers);
    if (!noBody) {
        response.body = outcome.body;
        response.headers.append(HttpHeader{ "Content-Length", QByteArray::number(response.body.size()) });
    }
    return response;
}

void DeliveryForwarder::forward(const Delivery &delivery, Callback done)
{
    if (qsizetype(m_queued.size()) >= m_limits.maxQueued) {
        const ForwardOutcome outcome = notForwarded(
                delivery.forwardTo,
                u"%1 forwards are already waiting for the target"_s.arg(m_queued.size()));
        QTimer::singleShot(0, this, [done = std::move(done), outcome] { done(outcome); });
        return;
    }
    m_queued.push_back({ m_nextId++, requestFor(delivery), std::move(done) });
    startNext();
}

void DeliveryForwarder::startNext()
{
    while (!m_queued.empty() && m_inFlight.size() < m_limits.maxInFlight) {
        const quint64 id = m_queued.front().id;
        const OutgoingRequest &request = m_inFlight.insert(id, std::move(m_queued.front()))->request;
        m_queued.pop_front();
        m_client->send(request, [this, id, url = request.url](const HttpExchange &exchange) {
            complete(id, outcomeOf(url, exchange));
        });
    }
}

void DeliveryForwarder::complete(quint64 id, const ForwardOutcome &outcome)
{
    const auto job = m_inFlight.constFind(id);
    if (job == m_inFlight.cend())
        return; // aborted before the answer came
    const Callback done = job->done;
    m_inFlight.erase(job);
    done(outcome);
    startNext();
}

void DeliveryForwarder::abortAll(const QString &reason)
{
    const std::deque<Job> queued = std::exchange(m_queued, {});
    const QHash<quint64, Job> inFlight = std::exchange(m_inFlight, {});
    for (const Job &job : inFlight)
        job.done(notForwarded(job.request.url, reason));
    for (const Job &job : queued)
        job.done(notForwarded(job.request.url, reason));
}

} // namespace hookscope
