// One console per data directory, with real `hookscope` processes (offscreen): a second start
// with the same directory hands its arguments to the first and exits 0; other directories run
// side by side; a console killed with SIGKILL leaves a lock and a socket that the next start
// takes over; a console that does not answer makes a second start fail instead of hang.
#include "gui/singleinstance.h"
#include "headlessprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

constexpr int kStartTimeoutMs = 30000;

// `hookscope` with a window (offscreen), logging what its single-instance guard does.
class ConsoleProcess
{
public:
    ConsoleProcess(const QString &dataDir, const QString &configDir)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"QT_LOGGING_RULES"_s, u"hookscope.instance.info=true;qt.httpserver.warning=false"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, configDir);
        m_process.setProcessEnvironment(environment);
        QObject::connect(&m_process, &QProcess::readyReadStandardError,
                         [this] { m_log += m_process.readAllStandardError(); });
        m_process.start(HeadlessProcess::executable(),
                        { u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, dataDir });
    }

    ~ConsoleProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QProcess &process() { return m_process; }
    const QByteArray &log() const { return m_log; }
    bool serving() const { return m_log.contains("hookscope.instance: serving"); }
    bool activated() const { return m_log.contains("hookscope.instance: activated by a second start"); }
    bool running() const { return m_process.state() == QProcess::Running; }

private:
    QProcess m_process;
    QByteArray m_log;
};

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString dataDir(const QString &name) const { return m_dir.filePath(name); }
    QString configDir() const { return m_dir.filePath(u"config"_s); }

    // A second start: its exit code (-1 if it did not end) and what it wrote to stderr.
    int startAgain(const QString &dataDirectory, const QStringList &extra = {}, QByteArray *errors = nullptr)
    {
        QProcess second;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, configDir());
        second.setProcessEnvironment(environment);
        // Port 0: should it wrongly become a console of its own, it must not clash with others.
        second.start(HeadlessProcess::executable(),
                     QStringList { u"--data-dir"_s, dataDirectory, u"--listen"_s, u"127.0.0.1:0"_s } + extra);
        if (!second.waitForFinished(kStartTimeoutMs)) {
            second.kill();
            second.waitForFinished(5000);
            return -1;
        }
        if (errors)
            *errors = second.readAllStandardError();
        return second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void secondStartWithTheSameDataDirHandsOver()
    {
        ConsoleProcess first(dataDir(u"same"_s), configDir());
        QTRY_VERIFY_WITH_TIMEOUT(first.serving(), kStartTimeoutMs);
        QCOMPARE(startAgain(dataDir(u"same"_s), { u"--endpoint"_s, u"/x=stripe"_s }), 0);
        QTRY_VERIFY(first.activated());
        QVERIFY2(first.log().contains("--endpoint /x=stripe"), first.log().constData());
        QVERIFY(first.running());

        // The same directory through a symbolic link is the same console.
        const QString link = dataDir(u"same-link"_s);
        QVERIFY(QFile::link(dataDir(u"same"_s), link));
        const qsizetype before = first.log().count("activated by a second start");
        QCOMPARE(startAgain(link), 0);
        QTRY_COMPARE(first.log().count("activated by a second start"), before + 1);
    }

    void differentDataDirsRunSideBySide()
    {
        ConsoleProcess one(dataDir(u"one"_s), configDir());
        ConsoleProcess two(dataDir(u"two"_s), configDir());
        QTRY_VERIFY_WITH_TIMEOUT(one.serving() && two.serving(), kStartTimeoutMs);
        QVERIFY(SingleInstance::serverName(dataDir(u"one"_s)) != SingleInstance::serverName(dataDir(u"two"_s)));

        QCOMPARE(startAgain(dataDir(u"two"_s)), 0);
        QTRY_VERIFY(two.activated());
        QVERIFY(!one.activated());
        QVERIFY(one.running());
        QVERIFY(two.running());
    }

    void consoleKilledLeavesNothingInTheWay()
    {
        const QString directory = dataDir(u"killed"_s);
        {
            ConsoleProcess crashed(directory, configDir());
            QTRY_VERIFY_WITH_TIMEOUT(crashed.serving(), kStartTimeoutMs);
            crashed.process().kill(); // SIGKILL: nothing cleaned up
            QVERIFY(crashed.process().waitForFinished(5000));
        }
        QVERIFY(QFile::exists(QDir(directory).filePath(u"console.lock"_s)));
        const QString name = SingleInstance::serverName(directory);
        QVERIFY(QFile::exists(QDir::isAbsolutePath(name) ? name : QDir::temp().filePath(name)));

        ConsoleProcess next(directory, configDir());
        QTRY_VERIFY_WITH_TIMEOUT(next.serving(), kStartTimeoutMs);
        QCOMPARE(startAgain(directory), 0);
        QTRY_VERIFY(next.activated());
    }

    void consoleThatDoesNotAnswerFailsTheSecondStart()
    {
        const QString directory = dataDir(u"stopped"_s);
        ConsoleProcess stopped(directory, configDir());
        QTRY_VERIFY_WITH_TIMEOUT(stopped.serving(), kStartTimeoutMs);
        const auto pid = pid_t(stopped.process().processId());
        QCOMPARE(::kill(pid, SIGSTOP), 0);
        QByteArray errors;
        const int exitCode = startAgain(directory, {}, &errors);
        ::kill(pid, SIGCONT);
        QCOMPARE(exitCode, 1);
        QVERIFY2(errors.contains("does not answer"), errors.constData());
        QVERIFY(errors.contains(QByteArray::number(qint64(pid))));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
