#pragma once

#include "tunnellog.h"
#include "tunneloptions.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

namespace hookscope {

struct TunnelTool;

// Runs the user's tunnel program (cloudflared, ngrok, localtunnel, ssh -R) and follows its
// output to the public URL. The program runs in a process group of its own, so stopping it
// also stops what it started (npx's node); it is stopped when the runner goes, and on Linux
// also when the process that started it dies.
class TunnelRunner : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Up, Failed };
    Q_ENUM(State)

    explicit TunnelRunner(QObject *parent = nullptr);
    ~TunnelRunner() override; // stops the program, waiting a few seconds at most

    // Stops a running tunnel first. A missing program or bad options fail at once.
    void start(const TunnelOptions &options);
    // SIGTERM, then SIGKILL if it is still there after kStopGraceMs; Stopped once it is gone.
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Starting || m_state == State::Up; }
    QString publicUrl() const { return m_publicUrl; }
    // Why the tunnel failed: one sentence, then the program's own words where it said any.
    QString failureReason() const { return m_failureReason; }
    const TunnelLog &log() const { return m_log; }
    const TunnelOptions &options() const { return m_options; }

    static constexpr int kStopGraceMs = 3000;

Q_SIGNALS:
    void stateChanged(hookscope::TunnelRunner::State state);
    void publicUrlChanged(const QString &url);
    void logLine(const QString &line);

private:
    void readOutput();
    void takeLine(const QString &line);
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void processError(QProcess::ProcessError error);
    void startTimedOut();
    void setUp(const QString &url, bool announced);
    void fail(const QString &reason);
    void setState(State state);
    void note(const QString &line);
    void signalProcessGroup(bool kill);
    void leaveProcessGroup();
    void killLeftovers();
    void stopNow();
    QString tellingLine() const;

    TunnelOptions m_options;
    const TunnelTool *m_tool = nullptr;
    QProcess *m_process = nullptr;
    qint64 m_processGroup = 0; // the program's id while it runs
    qint64 m_leftoverGroup = 0; // its group after it ended, while something in it may remain
    QTimer m_startTimer;
    QTimer m_killTimer;
    QTimer m_leftoverTimer;
    TunnelLog m_log;
    State m_state = State::Stopped;
    QString m_publicUrl;
    bool m_urlAnnounced = false; // the tool named the URL (not derived from a forwarded port)
    bool m_stopping = false;
    QString m_failureReason;
    QString m_lastToolLine;
    QString m_firstErrorLine;
};

QString tunnelStateName(TunnelRunner::State state);

} // namespace hookscope
