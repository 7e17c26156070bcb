#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

// A loopback HTTP/1.1 server for the send tests: answers every request (Content-Length framed,
// keep-alive) with fixed bytes after a delay, or never when the delay is negative, and counts
// how many requests it held at once.
class SendScriptedServer : public QTcpServer
{
public:
    SendScriptedServer(QByteArray response, int delayMs)
        : m_response(std::move(response)), m_delayMs(delayMs)
    {
        listen(QHostAddress::LocalHost, 0);
    }

    int maxInFlight() const { return m_maxInFlight; }
    const QList<QByteArray> &requests() const { return m_requests; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            for (;;) {
                const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                qsizetype length = 0;
                for (const QByteArray &line : buffer->left(headEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < headEnd + 4 + length)
                    return;
                m_requests.append(buffer->left(headEnd + 4 + length));
                buffer->remove(0, headEnd + 4 + length);
                m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
                if (m_delayMs >= 0) {
                    QTimer::singleShot(m_delayMs, Qt::PreciseTimer, socket, [this, socket] {
                        --m_inFlight;
                        socket->write(m_response);
                    });
                }
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    QByteArray m_response;
    int m_delayMs;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    QList<QByteArray> m_requests;
};
