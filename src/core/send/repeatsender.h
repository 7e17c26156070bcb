#pragma once

#include "httpclient.h"
#include "repeatsummary.h"

#include <QObject>

#include <chrono>
#include <vector>

namespace hookscope {

// Sends one request N times with at most `concurrency` in flight. Each slot has its own client
// (so its own connections: QNetworkAccessManager would otherwise queue beyond 6 per host) and
// starts the next copy when its previous one is over. Keeps counts and latencies, not bodies.
class RepeatSender : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxCount = 1'000'000;
    static constexpr int MaxConcurrency = 64;

    RepeatSender(int concurrency, std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~RepeatSender() override;

    // Sends count copies (clamped to 1..MaxCount) and runs a local event loop until all are over.
    RepeatSummary run(const OutgoingRequest &request, int count);
    int concurrency() const { return int(m_clients.size()); }
    qint64 wallClockNs() const { return m_wallClockNs; }

Q_SIGNALS:
    void progressed(int finished, int count);

private:
    void sendNext(HttpClient *client);

    std::vector<HttpClient *> m_clients;
    OutgoingRequest m_request;
    RepeatSummary m_summary;
    int m_count = 0;
    int m_started = 0;
    qint64 m_wallClockNs = 0;
    std::function<void()> m_whenDone;
};

} // namespace hookscope
