#include "httpclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

// QNetworkRequest keeps one value per header name: repeated names become one line, their
// values joined by ", " as RFC 9110 allows for list-valued fields.
HttpHeaderList joinRepeatedNames(const HttpHeaderList &headers)
{
    HttpHeaderList joined;
    QHash<QByteArray, qsizetype> positions;
    for (const HttpHeader &header : headers) {
        const QByteArray key = header.name.toLower();
        const auto known = positions.constFind(key);
        if (known == positions.cend()) {
            positions.insert(key, joined.size());
            joined.append(header);
        } else {
            joined[*known].value += ", " + header.value;
        }
    }
    return joined;
}

QNetworkRequest networkRequest(const OutgoingRequest &request)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    // Each request carries only its own headers: no cookies remembered from earlier answers.
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const HttpHeader &header : joinRepeatedNames(request.headers))
        networkRequest.setRawHeader(header.name, header.value);
    if (!hasHeader(request.headers, "User-Agent"))
        networkRequest.setRawHeader("User-Agent", defaultUserAgent());
    return networkRequest;
}

QString hostAndPort(const QUrl &url)
{
    return u"%1:%2"_s.arg(url.host()).arg(url.port(url.scheme() == u"https"_s ? 443 : 80));
}

} // namespace

// One request on its way.
struct HttpClient::Flight
{
    QElapsedTimer clock;
    bool timedOut = false;
    bool cancelled = false;
    QStringList tlsErrors;
};

HttpClient::HttpClient(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

void HttpClient::send(const OutgoingRequest &request, Callback done)
{
    auto state = std::make_shared<Flight>();
    state->clock.start();
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest(request), request.method,
                                                        request.body);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeout);
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            state->tlsErrors.append(error.errorString());
    });
#endif
    m_flights.insert(reply, state);
    connect(reply, &QNetworkReply::finished, this, [this, reply, state, done = std::move(done)] {
        m_flights.remove(reply);
        HttpExchange exchange = finish(reply, *state);
        exchange.elapsedNs = state->clock.nsecsElapsed();
        reply->deleteLater();
        done(exchange);
    });
}

HttpExchange HttpClient::sendAndWait(const OutgoingRequest &request)
{
    HttpExchange result;
    bool finished = false;
    QEventLoop loop;
    send(request, [&](const HttpExchange &exchange) {
        result = exchange;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

void HttpClient::cancel()
{
    // abort() finishes a reply at once, which takes it out of m_flights: abort a copy.
    const QHash<QNetworkReply *, std::shared_ptr<Flight>> flights = m_flights;
    for (auto it = flights.begin(); it != flights.end(); ++it) {
        it.value()->cancelled = true;
        it.key()->abort();
    }
}

HttpExchange HttpClient::finish(QNetworkReply *reply, const Flight &flight) const
{
    HttpExchange exchange;
    const QString where = hostAndPort(reply->url());
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QStringList &tlsErrors = flight.tlsErrors;
    if (flight.cancelled) {
        exchange.failure = HttpExchange::Failure::Cancelled;
        exchange.error = u"cancelled before %1 answered"_s.arg(where);
        return exchange;
    }
    if (flight.timedOut) {
        exchange.failure = HttpExchange::Failure::Timeout;
        exchange.error = u"no complete answer from %1 within %2 s"_s.arg(where).arg(
                double(m_timeout.count()) / 1000.0);
        return exchange;
    }
    if (status.isValid()) {
        exchange.status = status.toInt();
        exchange.reasonPhrase =
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().toUtf8();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            exchange.headers.append({ name, value });
        exchange.body = reply->readAll();
        return exchange;
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        exchange.failure = HttpExchange::Failure::ConnectionRefused;
        exchange.error = u"connection refused by %1"_s.arg(where);
        break;
    case QNetworkReply::HostNotFoundError:
        exchange.failure = HttpExchange::Failure::HostNotFound;
        exchange.error = u"host %1 not found"_s.arg(reply->url().host());
        break;
    case QNetworkReply::TimeoutError:
        exchange.failure = HttpExchange::Failure::Timeout;
        exchange.error = u"%1 timed out"_s.arg(where);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        exchange.failure = HttpExchange::Failure::Tls;
        exchange.error = u"TLS handshake with %1 failed: %2"_s.arg(
                where, tlsErrors.isEmpty() ? reply->errorString() : tlsErrors.join(u"; "_s));
        break;
    case QNetworkReply::RemoteHostClosedError:
        exchange.failure = HttpExchange::Failure::ConnectionClosed;
        exchange.error = u"%1 closed the connection without answering"_s.arg(where);
        break;
    default:
        exchange.failure = HttpExchange::Failure::Other;
        exchange.error = u"cannot send to %1: %2"_s.arg(where, reply->errorString());
        break;
    }
    return exchange;
}

} // namespace hookscope
