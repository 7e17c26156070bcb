#include "tunnelrunner.h"

#include "tunnelcommand.h"
#include "tunneltext.h"
#include "tunneltool.h"

#include <QCoreApplication>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <unistd.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

} // namespace

TunnelRunner::TunnelRunner(QObject *parent) : QObject(parent)
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &TunnelRunner::startTimedOut);
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(kStopGraceMs);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalProcessGroup(true); });
    m_leftoverTimer.setSingleShot(true);
    m_leftoverTimer.setInterval(kStopGraceMs);
    connect(&m_leftoverTimer, &QTimer::timeout, this, &TunnelRunner::killLeftovers);
}

TunnelRunner::~TunnelRunner()
{
    stopNow();
}

void TunnelRunner::start(const TunnelOptions &options)
{
    stopNow();
    m_options = options;
    m_log.clear();
    m_publicUrl.clear();
    m_urlAnnounced = false;
    m_failureReason.clear();
    m_lastToolLine.clear();
    m_firstErrorLine.clear();
    m_tool = findTunnelTool(options.tool);
    if (!m_tool) {
        fail(TunnelText::tr("Unknown tunnel tool \"%1\"; Hookscope knows %2.")
                     .arg(options.tool, tunnelToolIds().join(u", "_s)));
        return;
    }
    QString error;
    const std::optional<TunnelCommand> command = TunnelCommand::build(*m_tool, options, &error);
    if (!command) {
        fail(error);
        return;
    }

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProgram(command->program);
    m_process->setArguments(command->arguments);
#if defined(Q_OS_UNIX)
    m_process->setChildProcessModifier([] {
        ::setsid(); // a process group of its own, and no terminal to ask for a password on
#if defined(Q_OS_LINUX)
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    });
#endif
    connect(m_process, &QProcess::started, this, [this] { m_processGroup = m_process->processId(); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &TunnelRunner::readOutput);
    connect(m_process, &QProcess::finished, this, &TunnelRunner::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, &TunnelRunner::processError);
    note(u"$ "_s + command->displayText());
    setState(State::Starting);
    m_startTimer.start(std::chrono::milliseconds(options.startTimeout));
    m_process->start();
}

void TunnelRunner::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        stopNow();
        if (m_state != State::Stopped) {
            m_failureReason.clear();
            setState(State::Stopped);
        }
        return;
    }
    if (m_stopping)
        return;
    m_stopping = true;
    m_startTimer.stop();
    note(TunnelText::tr("Stopping…"));
    signalProcessGroup(false);
    m_killTimer.start();
}

void TunnelRunner::stopNow()
{
    m_startTimer.stop();
    m_killTimer.stop();
    if (m_process) {
        QProcess *process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            signalProcessGroup(false);
            if (!process->waitForFinished(kStopGraceMs)) {
                signalProcessGroup(true);
                process->waitForFinished(kStopGraceMs);
            }
        }
        leaveProcessGroup();
        m_stopping = false;
        delete process;
    }
    // The group had its SIGTERM with the program; nothing waits for what ignored it.
    killLeftovers();
}

void TunnelRunner::signalProcessGroup(bool kill)
{
    if (m_processGroup <= 0)
        return;
#if defined(Q_OS_UNIX)
    // The whole group (setsid made the program its leader): what it started goes too.
    ::kill(-pid_t(m_processGroup), kill ? SIGKILL : SIGTERM);
#else
    if (m_process && kill)
        m_process->kill();
    else if (m_process)
        m_process->terminate();
#endif
}

// The program is gone; what it started may not be (a child that ignores SIGTERM, or one that
// took the SIGTERM as it was being forked). It is killed when the grace ends or the runner goes.
void TunnelRunner::leaveProcessGroup()
{
    if (m_processGroup <= 0)
        return;
#if defined(Q_OS_UNIX)
    // A group id is not given to a new process while a member remains, so this reaches only
    // the program's own leftovers.
    if (::kill(-pid_t(m_processGroup), 0) == 0) {
        m_leftoverGroup = m_processGroup;
        m_leftoverTimer.start();
    }
#endif
    m_processGroup = 0;
}

void TunnelRunner::killLeftovers()
{
    m_leftoverTimer.stop();
#if defined(Q_OS_UNIX)
    if (m_leftoverGroup > 0)
        ::kill(-pid_t(m_leftoverGroup), SIGKILL);
#endif
    m_leftoverGroup = 0;
}

void TunnelRunner::readOutput()
{
    if (!m_process)
        return;
    for (const QString &line : m_log.append(m_process->readAllStandardOutput()))
        takeLine(line);
}

void TunnelRunner::takeLine(const QString &line)
{
    emit logLine(line);
    const QString trimmed = line.trimmed();
    if (m_tool && !trimmed.isEmpty()) {
        if (m_firstErrorLine.isEmpty() && !m_tool->errorPattern.pattern().isEmpty()
            && m_tool->errorPattern.match(trimmed).hasMatch())
            m_firstErrorLine = trimmed;
        if (m_tool->noise.pattern().isEmpty() || !m_tool->noise.match(trimmed).hasMatch())
            m_lastToolLine = trimmed;
    }
    if (!m_tool || m_stopping)
        return;
    const bool mayImprove = m_state == State::Up && !m_urlAnnounced;
    if (m_state != State::Starting && !mayImprove)
        return;
    for (const QRegularExpression &pattern : m_tool->urlPatterns) {
        const QRegularExpressionMatch match = pattern.match(line);
        if (match.hasMatch()) {
            setUp(match.captured(1), true);
            return;
        }
    }
    if (m_state != State::Starting)
        return;
    for (const QRegularExpression &pattern : m_tool->forwardPatterns) {
        const QRegularExpressionMatch match = pattern.match(line);
        if (match.hasMatch()) {
            const quint16 port = quint16(match.captured(1).toUInt());
            setUp(u"http://"_s + hostAuthority(sshHostName(m_options.sshHost), port), false);
            return;
        }
    }
}

void TunnelRunner::setUp(const QString &url, bool announced)
{
    m_startTimer.stop();
    // The user's URL wins: a tool cannot know the reverse proxy in front of the server.
    const QString chosen = m_options.publicUrl.isEmpty() ? url : m_options.publicUrl;
    m_urlAnnounced = announced || !m_options.publicUrl.isEmpty();
    if (chosen != m_publicUrl) {
        m_publicUrl = chosen;
        note(TunnelText::tr("Tunnel up: %1").arg(chosen));
        emit publicUrlChanged(chosen);
    }
    setState(State::Up);
}

void TunnelRunner::startTimedOut()
{
    if (m_state != State::Starting)
        return;
    const qint64 seconds = m_options.startTimeout.count();
    m_stopping = true; // what follows is the runner's doing, not the program's failure
    signalProcessGroup(false);
    m_killTimer.start();
    fail(TunnelText::tr("No public URL appeared within the start timeout (%1 s).").arg(seconds) + tellingLine());
}

void TunnelRunner::processError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return;
    const QString reason = TunnelText::tr("Could not run %1: %2").arg(m_process->program(), m_process->errorString());
    m_process->deleteLater();
    m_process = nullptr;
    fail(reason);
}

void TunnelRunner::processFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    for (const QString &line : m_log.flush())
        takeLine(line);
    signalProcessGroup(false); // whatever it started and left behind
    leaveProcessGroup();
    m_killTimer.stop();
    m_startTimer.stop();
    const bool stopping = m_stopping;
    m_stopping = false;
    m_process->deleteLater();
    m_process = nullptr;
    if (stopping) {
        note(TunnelText::tr("Stopped."));
        if (m_state != State::Failed)
            setState(State::Stopped);
        return;
    }
    const QString how = status == QProcess::CrashExit
            ? TunnelText::tr("%1 ended by a signal").arg(m_tool->id)
            : TunnelText::tr("%1 exited with code %2").arg(m_tool->id).arg(exitCode);
    fail((m_state == State::Up ? TunnelText::tr("The tunnel closed: %1.") : TunnelText::tr("The tunnel did not open: %1."))
                 .arg(how)
         + tellingLine());
}

// The program's last words worth quoting, on a line of their own after the sentence.
QString TunnelRunner::tellingLine() const
{
    const QString &line = m_firstErrorLine.isEmpty() ? m_lastToolLine : m_firstErrorLine;
    return line.isEmpty() ? QString() : u"\n"_s + line;
}

void TunnelRunner::fail(const QString &reason)
{
    m_failureReason = reason;
    note(reason);
    setState(State::Failed);
}

void TunnelRunner::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TunnelRunner::note(const QString &line)
{
    m_log.addNote(line);
    emit logLine(line);
}

QString tunnelStateName(TunnelRunner::State state)
{
    switch (state) {
    case TunnelRunner::State::Stopped: return TunnelText::tr("stopped");
    case TunnelRunner::State::Starting: return TunnelText::tr("starting");
    case TunnelRunner::State::Up: return TunnelText::tr("up");
    case TunnelRunner::State::Failed: return TunnelText::tr("failed");
    }
    return {};
}

} // namespace hookscope
