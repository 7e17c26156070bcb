// The console on the desktop, offscreen: a notice on the first delivery of an event type never
// stored before (and only then), the tray icon off by default and never made where the desktop
// has no tray, the tray's status and actions, the window icon at every size.
#include "capture/capturehost.h"
#include "gui/appsettings.h"
#include "gui/desktopidentity.h"
#include "gui/mainwindow.h"
#include "gui/neweventtypes.h"
#include "gui/settingsdialog.h"
#include "gui/trayicon.h"
#include "models/deliverylistmodel.h"
#include "providers/deliveryanalyzer.h"
#include "providers/providerdeliverypreparer.h"
#include "providers/samplelibrary.h"
#include "rawhttpclient.h"
#include "store/datadirectory.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

FacetCount facet(const QString &provider, const QString &eventType, qint64 count = 1)
{
    return FacetCount { u"/"_s + provider, provider, eventType, count };
}

// A console window over a running capture server on a free port, with the bundled providers.
struct Console
{
    explicit Console(const QString &directory)
    {
        QString error;
        DataDirectory::prepare(directory, &error);
        options.port = 0;
        options.store.databasePath = DataDirectory::databasePath(directory);
        analyzer = std::make_shared<const DeliveryAnalyzer>(
                ProviderCatalog::load({ ProviderCatalog::bundledDirectory() }), QList<Endpoint>());
        host = std::make_unique<CaptureHost>(options, std::make_shared<ProviderDeliveryPreparer>(analyzer));
        started = host->start().isEmpty();
        window = std::make_unique<MainWindow>(host.get(), options.store, analyzer, QString());
        window->show();
    }

    void post(const QByteArray &target, const QString &provider, const QString &eventType) const
    {
        const QByteArray body = SampleLibrary::body(provider, eventType);
        RawHttpClient client(host->listenPort());
        QVERIFY(client.waitConnected());
        client.send("POST " + target + " HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_COMPARE(client.responses().size(), 1);
    }

    CaptureOptions options;
    std::shared_ptr<const DeliveryAnalyzer> analyzer;
    std::unique_ptr<CaptureHost> host;
    std::unique_ptr<MainWindow> window;
    bool started = false;
};

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"hookscope-tests"_s);
        qputenv("XDG_CONFIG_HOME", m_settingsDir.path().toUtf8());
    }

    void init() { QSettings().clear(); } // every test starts from the defaults

    void anEventTypeIsNewOnce()
    {
        NewEventTypes newEventTypes;
        const QList<NewEventTypes::EventType> first = newEventTypes.take(
                { facet(u"stripe"_s, u"invoice.paid"_s), facet(u"stripe"_s, u"invoice.paid"_s, 3),
                  facet(u"enad"_s, u"organisations.created"_s) });
        QCOMPARE(first, (QList<NewEventTypes::EventType> { { u"stripe"_s, u"invoice.paid"_s },
                                                          { u"enad"_s, u"organisations.created"_s } }));
        QVERIFY(newEventTypes.take({ facet(u"stripe"_s, u"invoice.paid"_s) }).isEmpty());
        // The same event type name of another provider is another event type.
        QCOMPARE(newEventTypes.take({ facet(u"github"_s, u"invoice.paid"_s) }).size(), 1);
    }

    void storedEventTypesAndDeliveryCountsAreNotNew()
    {
        NewEventTypes newEventTypes;
        newEventTypes.learn({ facet(u"stripe"_s, u"invoice.paid"_s, 40) });
        QVERIFY(newEventTypes.take({ facet(u"stripe"_s, u"invoice.paid"_s) }).isEmpty());
        // Counts of deliveries (no event type) and empty counts name no event type.
        QVERIFY(newEventTypes.take({ facet(u"stripe"_s, QString()), facet(u"enad"_s, u"x"_s, 0) }).isEmpty());
        QCOMPARE(newEventTypes.take({ facet(u"enad"_s, u"x"_s) }).size(), 1);
    }

    void firstDeliveryOfANewEventTypeIsNoticedOnce()
    {
        const QString directory = m_dir.filePath(u"notices"_s);
        {
            Console console(directory);
            QVERIFY(console.started);
            MainWindow &window = *console.window;
            QSignalSpy notices(&window, &MainWindow::noticeShown);

            console.post("/willsuite", u"willsuite"_s, u"customer.created"_s);
            QTRY_COMPARE(notices.size(), 1);
            const QString notice = notices.at(0).at(0).toString();
            QVERIFY2(notice.contains(u"WillSuite customer.created"_s), qPrintable(notice));
            QCOMPARE(window.statusBar()->currentMessage(), notice); // no tray here: the status bar

            console.post("/willsuite", u"willsuite"_s, u"customer.created"_s);
            console.post("/enad", u"enad"_s, u"organisations.created"_s);
            QTRY_COMPARE(notices.size(), 2);
            QVERIFY(notices.at(1).at(0).toString().contains(u"organisations.created"_s));
            QTRY_COMPARE(window.deliveryModel()->rowCount(), 3);
            QCOMPARE(notices.size(), 2); // the second customer.created was not new
        }
        // Started again over the same store: what it holds is not new.
        Console console(directory);
        QVERIFY(console.started);
        QSignalSpy notices(console.window.get(), &MainWindow::noticeShown);
        console.post("/willsuite", u"willsuite"_s, u"customer.created"_s);
        console.post("/enad", u"enad"_s, u"organisations.deleted"_s);
        QTRY_COMPARE(notices.size(), 1);
        QVERIFY(notices.at(0).at(0).toString().contains(u"organisations.deleted"_s));
        QTRY_COMPARE(console.window->deliveryModel()->rowCount(), 5);
        QCOMPARE(notices.size(), 1);
    }

    void noticesCanBeTurnedOff()
    {
        AppSettings().setNotifyNewEventTypes(false);
        Console console(m_dir.filePath(u"quiet"_s));
        QVERIFY(console.started);
        QSignalSpy notices(console.window.get(), &MainWindow::noticeShown);
        console.post("/willsuite", u"willsuite"_s, u"customer.created"_s);
        QTRY_COMPARE(console.window->deliveryModel()->rowCount(), 1);
        QCOMPARE(notices.size(), 0);
    }

    void trayIsOffByDefault()
    {
        const AppSettings settings;
        QCOMPARE(settings.trayIcon(), false);
        QCOMPARE(settings.notifyNewEventTypes(), true);
        const SettingsDialog::Values defaults;
        QCOMPARE(defaults.trayIcon, false);
        QCOMPARE(defaults.notifyNewEventTypes, true);

        Console console(m_dir.filePath(u"tray-default"_s));
        QCOMPARE(console.window->trayIcon(), nullptr);
        QVERIFY(QApplication::quitOnLastWindowClosed());
    }

    void noTrayWhereTheDesktopHasNone()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen
        AppSettings().setTrayIcon(true);
        Console console(m_dir.filePath(u"no-tray"_s));
        QCOMPARE(console.window->trayIcon(), nullptr);

        SettingsDialog::Values values;
        values.trayIcon = true;
        SettingsDialog dialog(values, {}, m_dir.path());
        auto *tray = dialog.findChild<QCheckBox *>(u"trayIcon"_s);
        QVERIFY(tray);
        QVERIFY(!tray->isEnabled());
        QVERIFY(!tray->isChecked());
        QVERIFY(!dialog.findChild<QLabel *>(u"trayNote"_s)->isHidden());
        QCOMPARE(dialog.values().trayIcon, false);
        auto *notify = dialog.findChild<QCheckBox *>(u"notifyNewEventTypes"_s);
        QVERIFY(notify->isChecked());
        notify->setChecked(false);
        QCOMPARE(dialog.values().notifyNewEventTypes, false);
    }

    void trayShowsTheCountAndActs()
    {
        QWidget window;
        window.show();
        TrayIcon tray(&window);
        tray.setStatus(1234, u"http://127.0.0.1:8787"_s);
        QVERIFY2(tray.toolTip().contains(QLocale().toString(1234)), qPrintable(tray.toolTip()));
        QVERIFY(tray.toolTip().contains(u"http://127.0.0.1:8787"_s));

        QMenu *menu = tray.menu();
        emit menu->aboutToShow();
        const QList<QAction *> actions = menu->actions();
        QVERIFY(actions.at(0)->text().contains(QLocale().toString(1234)));
        auto action = [&](const QString &text) -> QAction * {
            for (QAction *candidate : actions) {
                if (candidate->text().remove(u'&') == text)
                    return candidate;
            }
            return nullptr;
        };
        QVERIFY(action(u"Hide window"_s));
        action(u"Hide window"_s)->trigger();
        QVERIFY(!window.isVisible());
        emit menu->aboutToShow();
        QSignalSpy shown(&tray, &TrayIcon::showRequested);
        QVERIFY(action(u"Show window"_s));
        action(u"Show window"_s)->trigger();
        QCOMPARE(shown.size(), 1);

        action(u"Copy capture URL"_s)->trigger();
        QCOMPARE(QApplication::clipboard()->text(), u"http://127.0.0.1:8787"_s);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        action(u"Quit Hookscope"_s)->trigger();
        QCOMPARE(quit.size(), 1);

        tray.setStatus(0, QString()); // capture server stopped: no URL to copy
        emit menu->aboutToShow();
        QVERIFY(!action(u"Copy capture URL"_s)->isEnabled());
    }

    void windowIconHasEverySize()
    {
        const QList<QSize> sizes = DesktopIdentity::icon().availableSizes();
        for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
        QCOMPARE(DesktopIdentity::applicationId(), u"io.github.hookscope.Hookscope"_s);
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
