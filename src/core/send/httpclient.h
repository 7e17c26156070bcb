#pragma once

#include "httpexchange.h"
#include "outgoingrequest.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace hookscope {

// The one HTTP client of Hookscope: sends an OutgoingRequest as it is (method, headers in order
// with their spelling, raw body; Content-Length computed), follows no redirects, gives up after a
// timeout, and reports the answer or a failure in words. Over QNetworkAccessManager, which adds
// Connection, Accept-Encoding and Accept-Language headers of its own and joins repeated header
// names into one line; HTTP/2 is not offered, as webhook senders speak HTTP/1.1.
// Lives in one thread; callbacks run there.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpExchange &)>;
    static constexpr std::chrono::milliseconds DefaultTimeout { 30'000 };

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // done is called exactly once, from the event loop, never from within send().
    void send(const OutgoingRequest &request, Callback done);
    // Sends and runs a local event loop until the exchange is over.
    HttpExchange sendAndWait(const OutgoingRequest &request);
    // Aborts every exchange in flight; each one's callback gets Failure::Cancelled.
    void cancel();

private:
    struct Flight;
    HttpExchange finish(QNetworkReply *reply, const Flight &flight) const;

    QNetworkAccessManager *m_network;
    QHash<QNetworkReply *, std::shared_ptr<Flight>> m_flights;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace hookscope
