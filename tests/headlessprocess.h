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
        return m_process.waitForFinished(15000) && m_process.exitStatus() == QProcess::NormalExit
                && m_process.exitCode() == 0;
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
    if (!process.waitForFinished(120000))
        return -1;
    if (standardOutput)
        *standardOutput = process.readAllStandardOutput();
    if (standardError)
        *standardError = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
