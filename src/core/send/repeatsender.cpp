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
    QEventLoop loop;
    const QMetaObject::Connection quit = connect(this, &RepeatSender::finished, &loop, &QEventLoop::quit);
    start(request, count);
    if (m_running)
        loop.exec();
    disconnect(quit);
    return m_summary;
}

void RepeatSender::start(const OutgoingRequest &request, int count)
{
    Q_ASSERT(!m_running);
    m_request = request;
    m_summary = {};
    m_count = std::clamp(count, 1, MaxCount);
    m_started = 0;
    m_inFlight = 0;
    m_cancelled = false;
    m_running = true;
    m_clock.start();
    for (HttpClient *client : m_clients)
        sendNext(client);
}

void RepeatSender::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (HttpClient *client : m_clients)
        client->cancel();
}

void RepeatSender::sendNext(HttpClient *client)
{
    if (m_started >= m_count || m_cancelled) {
        if (m_inFlight == 0 && m_running)
            finish();
        return;
    }
    ++m_started;
    ++m_inFlight;
    client->send(m_request, [this, client](const HttpExchange &exchange) {
        --m_inFlight;
        if (exchange.failure != HttpExchange::Failure::Cancelled) {
            m_summary.add(exchange);
            Q_EMIT exchanged(exchange);
            Q_EMIT progressed(m_summary.total(), m_count);
        }
        sendNext(client);
    });
}

void RepeatSender::finish()
{
    m_running = false;
    m_wallClockNs = m_clock.nsecsElapsed();
    Q_EMIT finished(m_summary, m_cancelled);
}

} // namespace hookscope
