#pragma once

#include "rawhttpclient.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

// What the tunnel tests share: the stand-in tools and how a delivery is sent through a tunnel.
namespace tunnelfixtures {

// The body of every delivery sent through a tunnel. (No raw string literals in the tunnel
// tests: moc 6.4 misreads them, and then finds no test class in the file.)
inline const QByteArray kBody = "{\"through\":\"the tunnel\"}";

// cloudflared, ngrok and lt stand-ins (see its README.md); first on PATH in the tests.
inline QString fixtures()
{
    return QStringLiteral(HOOKSCOPE_SOURCE_DIR "/tests/fixtures/tunnel");
}

inline bool portAccepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

// POSTs kBody to 127.0.0.1:port (a tunnel's public side); the answer's status, 0 for none.
inline int post(quint16 port, const QByteArray &target, const QByteArray &extraHeaders = {})
{
    RawHttpClient client(port);
    if (!client.waitConnected())
        return 0;
    client.send("POST " + target + " HTTP/1.1\r\nHost: public.example\r\nContent-Type: application/json\r\n"
                + extraHeaders + "Content-Length: " + QByteArray::number(kBody.size()) + "\r\n\r\n" + kBody);
    if (!QTest::qWaitFor([&] { return !client.responses().isEmpty(); }, 10000))
        return 0;
    return RawHttpClient::statusOf(client.responses().constFirst());
}

} // namespace tunnelfixtures
