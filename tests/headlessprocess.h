#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

// `hookscope --headless` as a child process, on a free loopback port.
class HeadlessProcess
{
public:
    static QString executable() { return QStringLiteral(HOOKSCOPE_BINARY_DIR "/hookscope"); }

    bool start(const QString &dataDir, const QStringList &extraArguments = {})
    {
        m_process.setProgram(executable());
        m_process.setArguments(QStringList { QStringLiteral("--headless"), QStringLiteral("--listen"),
                                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                                             dataDir }
                               + extraArguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression line(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)\n"));
        QByteArray output;
        while (!output.contains('\n')) {
            if (!m_process.waitForReadyRead(20000))
                return false;
            output += m_process.readAllStandardOutput();
        }
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(output));
        m_port = match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
        return m_port != 0;
    }

    quint16 port() const { return m_port; }
    QProcess &process() { return m_process; }

    // SIGTERM; true if it exited on its own with status 0.
    bool terminate()
    {
        m_process.terminate();
        const bool finished = m_process.waitForFinished(30000);
        const bool clean = finished && m_process.exitStatus() == QProcess::NormalExit
                && m_process.exitCode() == 0;
        if (!clean)
            reportUncleanExit(m_process, finished);
        return clean;
    }

    // Says how a child ended when it was expected to end cleanly, with the end of what it wrote
    // to stderr (a sanitizer report, an error message), so a failing test shows why.
    static void reportUncleanExit(QProcess &process, bool finished)
    {
        const QByteArray errors = process.readAllStandardError();
        qWarning("hookscope %s (exit status %d, code %d); its stderr ends with:\n%s",
                 finished ? "did not exit cleanly" : "did not finish", int(process.exitStatus()),
                 process.exitCode(), errors.right(4000).constData());
    }

    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    ~HeadlessProcess()
    {
        if (m_process.state() != QProcess::NotRunning)
            kill();
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// Runs `hookscope ARGS...` to completion; returns the exit code (-1 if it did not finish).
inline int runHookscope(const QStringList &arguments, QByteArray *standardOutput = nullptr,
                        QByteArray *standardError = nullptr)
{
    QProcess process;
    process.start(HeadlessProcess::executable(), arguments);
    const bool finished = process.waitForFinished(120000);
    if (standardOutput)
        *standardOutput = process.readAllStandardOutput();
    if (standardError)
        *standardError = process.readAllStandardError();
    else if (!finished || process.exitStatus() != QProcess::NormalExit)
        HeadlessProcess::reportUncleanExit(process, finished);
    if (!finished)
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
