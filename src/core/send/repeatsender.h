#pragma once

#include "httpclient.h"
#include "repeatsummary.h"

#include <QElapsedTimer>
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
    // The same without blocking: finished() tells when all are over (or cancelled).
    void start(const OutgoingRequest &request, int count);
    // Starts no more copies and aborts those in flight; finished() follows with what was sent.
    void cancel();
    bool isRunning() const { return m_running; }

    int concurrency() const { return int(m_clients.size()); }
    qint64 wallClockNs() const { return m_wallClockNs; }
    const RepeatSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void progressed(int finished, int count);
    // Every answer (or failure) as it comes, the first one included, for a view that shows it.
    void exchanged(const hookscope::HttpExchange &exchange);
    // cancelled: cancel() stopped it; the summary has the exchanges that were over by then.
    void finished(const hookscope::RepeatSummary &summary, bool cancelled);

private:
    void sendNext(HttpClient *client);
    void finish();

    std::vector<HttpClient *> m_clients;
    OutgoingRequest m_request;
    RepeatSummary m_summary;
    int m_count = 0;
    int m_started = 0;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
    qint64 m_wallClockNs = 0;
    QElapsedTimer m_clock;
};

} // namespace hookscope
