#include "repeatsender.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>

namespace hookscope {

RepeatSender::RepeatSender(int concurrency, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
{
    const int slotCount = std::clamp(concurrency, 1, MaxConcurrency);
    for (int slot = 0; slot < slotCount; ++slot) {
        auto *client = new HttpClient(this);
        client->setTimeout(timeout);
        m_clients.push_back(client);
    }
}

RepeatSender::~RepeatSender() = default;

RepeatSummary RepeatSender::run(const OutgoingRequest &request, int count)
{
    m_request = request;
    m_summary = {};
    m_count = std::clamp(count, 1, MaxCount);
    m_started = 0;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    m_whenDone = [&loop] { loop.quit(); };
    for (HttpClient *client : m_clients)
        sendNext(client);
    loop.exec();
    m_whenDone = nullptr;
    m_wallClockNs = clock.nsecsElapsed();
    return m_summary;
}

void RepeatSender::sendNext(HttpClient *client)
{
    if (m_started >= m_count)
        return;
    ++m_started;
    client->send(m_request, [this, client](const HttpExchange &exchange) {
        m_summary.add(exchange);
        Q_EMIT progressed(m_summary.total(), m_count);
        if (m_summary.total() == m_count) {
            if (m_whenDone)
                m_whenDone();
            return;
        }
        sendNext(client);
    });
}

} // namespace hookscope
