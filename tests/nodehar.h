#pragma once

// Runs the node scripts of tests/node-har (HAR consumers from npm, locked in package-lock.json).
// Without node or the packages a test skips, saying how to install them; under CI=true it fails.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace nodehar {

inline QString directory()
{
    return QStringLiteral(HOOKSCOPE_SOURCE_DIR "/tests/node-har");
}

inline QString node()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

// Why the scripts cannot run here, or empty when they can.
inline QString missing(const QString &package)
{
    if (node().isEmpty())
        return QStringLiteral("node is not installed");
    if (!QFile::exists(directory() + QStringLiteral("/node_modules/") + package + QStringLiteral("/package.json")))
        return package + QStringLiteral(" is not installed: run npm ci --prefix tests/node-har");
    return {};
}

inline bool required()
{
    return qEnvironmentVariable("CI") == QStringLiteral("true");
}

// The script's exit code with stdout and stderr in output; -1 when it did not run to the end.
inline int run(const QString &script, const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(node(), QStringList { directory() + QLatin1Char('/') + script } + arguments);
    if (!process.waitForFinished(120000))
        return -1;
    *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace nodehar

// In a test function: skip (or under CI=true fail) when the package's scripts cannot run.
#define NODEHAR_REQUIRE(package)                                                                  \
    do {                                                                                          \
        const QString nodeharMissing = nodehar::missing(QStringLiteral(package));                 \
        if (!nodeharMissing.isEmpty()) {                                                          \
            if (nodehar::required())                                                              \
                QFAIL(qPrintable(nodeharMissing + QStringLiteral(" (CI=true needs it)")));        \
            QSKIP(qPrintable(nodeharMissing));                                                    \
        }                                                                                         \
    } while (false)
