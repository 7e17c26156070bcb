// The console's public tunnel panel driven as a user would, offscreen, with the stand-in tools
// of tests/fixtures/tunnel: open it from the View menu, start a tunnel that really relays,
// copy its URLs, see the client it names beside the peer, stop it; a missing tool; the tunnel
// stops with the window.
#include "capture/capturehost.h"
#include "gui/appsettings.h"
#include "gui/mainwindow.h"
#include "gui/tunnelpanel.h"
#include "models/deliverylistmodel.h"
#include "providers/deliveryanalyzer.h"
#include "providers/providerdeliverypreparer.h"
#include "sshserver.h"
#include "store/datadirectory.h"
#include "tunnel/tunnelrunner.h"
#include "tunnelfixtures.h"
#include "widgets/deliverydetailview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace hookscope;
using namespace Qt::StringLiterals;
using namespace tunnelfixtures;

class TestTunnelPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QByteArray m_path;
    int m_serial = 0;

    struct Console
    {
        std::shared_ptr<const DeliveryAnalyzer> analyzer;
        std::unique_ptr<CaptureHost> host;
        std::unique_ptr<MainWindow> window;
    };

    std::unique_ptr<Console> open(bool capturing = true)
    {
        auto console = std::make_unique<Console>();
        const QString directory = m_dir.filePath(u"data-%1"_s.arg(++m_serial));
        QString error;
        DataDirectory::prepare(directory, &error);
        CaptureOptions options;
        options.port = 0;
        options.store.databasePath = DataDirectory::databasePath(directory);
        Endpoint enad;
        enad.path = u"/enad"_s;
        enad.provider = u"enad"_s;
        Endpoint phasio;
        phasio.path = u"/phasio/orders"_s;
        phasio.provider = u"phasio"_s;
        console->analyzer = std::make_shared<const DeliveryAnalyzer>(
                ProviderCatalog::load({ ProviderCatalog::bundledDirectory() }), QList<Endpoint> { enad, phasio });
        console->host = std::make_unique<CaptureHost>(
                options, std::make_shared<ProviderDeliveryPreparer>(console->analyzer));
        if (capturing && !console->host->start().isEmpty())
            return nullptr;
        console->window = std::make_unique<MainWindow>(capturing ? console->host.get() : nullptr,
                                                       options.store, console->analyzer, QString());
        console->window->show();
        return console;
    }

    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

    static QAction *tunnelAction(MainWindow &window)
    {
        for (QAction *menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == u"Public &tunnel"_s)
                    return action;
            }
        }
        return nullptr;
    }

    static void chooseTool(TunnelPanel *panel, const QString &id)
    {
        auto *tools = child<QComboBox>(panel, u"toolCombo"_s);
        tools->setCurrentIndex(tools->findData(id));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"hookscope-tests"_s);
        qputenv("XDG_CONFIG_HOME", m_settingsDir.path().toUtf8());
        m_path = qgetenv("PATH");
        qputenv("PATH", fixtures().toLocal8Bit() + ':' + m_path);
    }

    void init()
    {
        qunsetenv("FAKE_TUNNEL");
        qunsetenv("FAKE_TUNNEL_RELAY_PORT");
    }

    void cleanupTestCase() { qputenv("PATH", m_path); }

    void opensATunnelShowsAndCopiesItsUrlsAndStops()
    {
        auto console = open();
        QVERIFY(console);
        MainWindow &window = *console->window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester tester(window.deliveryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Reachable from the View menu, hidden until asked for.
        QVERIFY(!window.tunnelDock()->isVisible());
        QAction *action = tunnelAction(window);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
        action->trigger();
        QVERIFY(window.tunnelDock()->isVisible());

        TunnelPanel *panel = window.tunnelPanel();
        chooseTool(panel, u"ssh"_s);
        QVERIFY(child<QGroupBox>(panel, u"sshGroup"_s)->isVisible());
        chooseTool(panel, u"localtunnel"_s);
        QVERIFY(!child<QGroupBox>(panel, u"sshGroup"_s)->isVisible());
        QVERIFY(!child<QGroupBox>(panel, u"urlGroup"_s)->isVisible());

        const quint16 relayPort = SshServer::freePort();
        qputenv("FAKE_TUNNEL_RELAY_PORT", QByteArray::number(relayPort));
        auto *start = child<QPushButton>(panel, u"startButton"_s);
        auto *stop = child<QPushButton>(panel, u"stopButton"_s);
        QVERIFY(start->isEnabled());
        QVERIFY(!stop->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(!start->isEnabled());
        QVERIFY(!child<QComboBox>(panel, u"toolCombo"_s)->isEnabled()); // no changes while it runs
        QTRY_COMPARE(panel->runner()->state(), TunnelRunner::State::Up);

        const QString publicUrl = u"http://127.0.0.1:%1"_s.arg(relayPort);
        QVERIFY(child<QGroupBox>(panel, u"urlGroup"_s)->isVisible());
        QCOMPARE(child<QLineEdit>(panel, u"publicUrlView"_s)->text(), publicUrl);
        QVERIFY(child<QLabel>(panel, u"stateLabel"_s)->text().contains(u"Up"_s));
        QVERIFY(child<QPlainTextEdit>(panel, u"logView"_s)->toPlainText().contains(u"your url is: "_s + publicUrl));
        QTest::mouseClick(child<QToolButton>(panel, u"copyUrlButton"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), publicUrl);
        QCOMPARE(window.statusBar()->currentMessage(), u"Copied the public URL."_s);

        // What to paste into each vendor's settings, per endpoint.
        QCOMPARE(child<QLineEdit>(panel, u"endpointUrl:/enad"_s)->text(), publicUrl + u"/enad"_s);
        QCOMPARE(child<QLineEdit>(panel, u"endpointUrl:/phasio/orders"_s)->text(), publicUrl + u"/phasio/orders"_s);
        QTest::mouseClick(child<QToolButton>(panel, u"copyEndpointUrl:/phasio/orders"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), publicUrl + u"/phasio/orders"_s);
        bool statusShowsUrl = false;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            statusShowsUrl = statusShowsUrl || label->text().contains(publicUrl);
        QVERIFY(statusShowsUrl);

        // A delivery through the tunnel: the client its edge names beside the peer.
        QCOMPARE(post(relayPort, "/enad", "X-Forwarded-For: 203.0.113.9, 10.1.2.3\r\n"), 200);
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 1);
        const QModelIndex peer = window.deliveryModel()->index(0, DeliveryListModel::Peer);
        QCOMPARE(peer.data().toString(), u"203.0.113.9 via 127.0.0.1"_s);
        QVERIFY(peer.data(Qt::ToolTipRole).toString().startsWith(u"203.0.113.9 is the client"_s));
        window.deliveryView()->selectRow(0);
        QTRY_VERIFY(window.shownDeliveryId() > 0);
        QVERIFY2(window.detailView()->originLabel()->text().startsWith(u"From 203.0.113.9 via 127.0.0.1:"_s),
                 qPrintable(window.detailView()->originLabel()->text()));
        QVERIFY(window.detailView()->originLabel()->toolTip().contains(u"X-Forwarded-For"_s));

        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE(panel->runner()->state(), TunnelRunner::State::Stopped);
        QTRY_VERIFY(!portAccepts(relayPort));
        QVERIFY(!child<QGroupBox>(panel, u"urlGroup"_s)->isVisible());
        QVERIFY(start->isEnabled());
        QCOMPARE(AppSettings().tunnelOptions().tool, u"localtunnel"_s); // remembered
    }

    void settingsAreRememberedAndShown()
    {
        TunnelOptions saved;
        saved.tool = u"ssh"_s;
        saved.sshHost = u"deploy@hooks.example.com"_s;
        saved.sshPort = 2222;
        saved.remotePort = 8443;
        saved.sshOptions = { u"ServerAliveInterval=10"_s, u"Compression=yes"_s };
        saved.publicUrl = u"https://hooks.example.com"_s;
        saved.startTimeout = std::chrono::seconds(45);
        AppSettings().setTunnelOptions(saved);
        auto console = open();
        QVERIFY(console);
        TunnelPanel *panel = console->window->tunnelPanel();
        QCOMPARE(child<QComboBox>(panel, u"toolCombo"_s)->currentData().toString(), u"ssh"_s);
        QCOMPARE(child<QLineEdit>(panel, u"sshHostEdit"_s)->text(), u"deploy@hooks.example.com"_s);
        QCOMPARE(child<QLineEdit>(panel, u"sshOptionsEdit"_s)->text(), u"ServerAliveInterval=10 Compression=yes"_s);
        QCOMPARE(child<QLineEdit>(panel, u"publicUrlEdit"_s)->text(), u"https://hooks.example.com"_s);
        const TunnelOptions read = AppSettings().tunnelOptions();
        QCOMPARE(read.sshPort, 2222);
        QCOMPARE(read.remotePort, 8443);
        QCOMPARE(read.startTimeout.count(), 45);
        QCOMPARE(read.sshOptions, saved.sshOptions);
    }

    void missingToolShowsItsInstallHintAtOnce()
    {
        auto console = open();
        QVERIFY(console);
        TunnelPanel *panel = console->window->tunnelPanel();
        console->window->tunnelDock()->show();
        chooseTool(panel, u"cloudflared"_s);
        const QTemporaryDir emptyPath;
        qputenv("PATH", emptyPath.path().toLocal8Bit());
        QTest::mouseClick(child<QPushButton>(panel, u"startButton"_s), Qt::LeftButton);
        qputenv("PATH", fixtures().toLocal8Bit() + ':' + m_path);
        QCOMPARE(panel->runner()->state(), TunnelRunner::State::Failed);
        auto *reason = child<QLabel>(panel, u"reasonLabel"_s);
        QVERIFY(reason->isVisible());
        QVERIFY(reason->text().contains(u"cloudflared is not installed"_s));
        QVERIFY2(reason->text().contains(u"<a href=\"https://developers.cloudflare.com/"_s), qPrintable(reason->text()));
        QVERIFY(child<QLabel>(panel, u"stateLabel"_s)->text().contains(u"Failed"_s));
        QVERIFY(child<QPushButton>(panel, u"startButton"_s)->isEnabled()); // try again after installing
    }

    void theTunnelStopsWithTheWindow()
    {
        auto console = open();
        QVERIFY(console);
        TunnelPanel *panel = console->window->tunnelPanel();
        chooseTool(panel, u"localtunnel"_s);
        const quint16 relayPort = SshServer::freePort();
        qputenv("FAKE_TUNNEL_RELAY_PORT", QByteArray::number(relayPort));
        panel->start();
        QTRY_COMPARE(panel->runner()->state(), TunnelRunner::State::Up);
        QVERIFY(portAccepts(relayPort));
        console->window->close();
        console->window.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!portAccepts(relayPort), 10000);
    }

    void nothingToTunnelToWithoutACaptureServer()
    {
        auto console = open(false);
        QVERIFY(console);
        TunnelPanel *panel = console->window->tunnelPanel();
        QVERIFY(!child<QPushButton>(panel, u"startButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(panel, u"stateLabel"_s)->text().contains(u"capture server is not running"_s));
    }
};

QTEST_MAIN(TestTunnelPanel)
#include "tst_tunnelpanel.moc"
