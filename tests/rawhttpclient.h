#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>
#include <QTest>

// A test client that sends exact bytes and splits what comes back into HTTP responses.
class RawHttpClient
{
public:
    explicit RawHttpClient(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        QObject::connect(&m_socket, &QIODevice::readyRead,
                         [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QAbstractSocket::disconnected, [this] { m_closed = true; });
    }

    bool waitConnected() { return m_socket.waitForConnected(5000); }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    QTcpSocket &socket() { return m_socket; }
    bool isClosed() const { return m_closed; }
    const QByteArray &received() const { return m_received; }

    // Complete responses received so far (status line through body, by Content-Length).
    QList<QByteArray> responses() const
    {
        QList<QByteArray> result;
        qsizetype offset = 0;
        for (;;) {
            const qsizetype headEnd = m_received.indexOf("\r\n\r\n", offset);
            if (headEnd < 0)
                break;
            const QByteArray head = m_received.sliced(offset, headEnd - offset);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_received.size() < headEnd + 4 + length)
                break;
            result.append(m_received.sliced(offset, headEnd + 4 + length - offset));
            offset = headEnd + 4 + length;
        }
        return result;
    }

    static int statusOf(const QByteArray &response)
    {
        return response.mid(9, 3).toInt();
    }

    static QByteArray bodyOf(const QByteArray &response)
    {
        return response.mid(response.indexOf("\r\n\r\n") + 4);
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

// Posts body to /fill, one request at a time, until the server answers anything but 200 (a store
// filling up); bounded by attempts. Returns how many were acknowledged and the answer that ended it.
struct FillOutcome
{
    int acknowledged = 0;
    QByteArray lastAnswer; // empty when every attempt was acknowledged or nothing answered
};

inline FillOutcome postUntilRefused(quint16 port, const QByteArray &body, int attempts = 2000)
{
    FillOutcome outcome;
    const QByteArray request = "POST /fill HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        RawHttpClient client(port);
        if (!client.waitConnected())
            return outcome;
        client.send(request);
        if (!QTest::qWaitFor([&] { return !client.responses().isEmpty(); }, 5000))
            return outcome;
        const QByteArray answer = client.responses().constFirst();
        if (RawHttpClient::statusOf(answer) != 200) {
            outcome.lastAnswer = answer;
            return outcome;
        }
        ++outcome.acknowledged;
    }
    return outcome;
}
