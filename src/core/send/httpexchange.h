#pragma once

#include "common/httpheaders.h"

#include <QByteArray>
#include <QString>

namespace hookscope {

// What came back for one request: the response, or why there was none, and how long it took.
struct HttpExchange
{
    enum class Failure {
        None, // answered (any status)
        ConnectionRefused,
        HostNotFound,
        Timeout, // no complete answer within the client's timeout
        Tls, // handshake or certificate problem
        ConnectionClosed, // closed before a complete answer
        Cancelled, // the sender gave up on it (HttpClient::cancel())
        Other,
    };

    Failure failure = Failure::None;
    QString error; // a sentence when failure is not None
    QByteArray httpVersion = QByteArrayLiteral("HTTP/1.1");
    int status = 0;
    QByteArray reasonPhrase;
    HttpHeaderList headers; // as QNetworkAccessManager reports them: repeated names joined by ", "
    QByteArray body;
    qint64 elapsedNs = 0; // from handing the request over to the complete response (or failure)

    bool answered() const { return failure == Failure::None; }
    bool isSuccess() const { return answered() && status >= 200 && status < 300; }

    QByteArray statusLine() const; // "HTTP/1.1 200 OK"
    // Status line, "Name: value" lines, a blank line, the body: what `hookscope send` prints.
    QByteArray formattedResponse() const;
};

} // namespace hookscope
