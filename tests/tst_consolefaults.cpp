// The console where the store is not what it should be, offscreen: a damaged or newer store at
// start (the dialog driven to each way out), deliveries that cannot be stored (the banner, 503,
// recovery), and a data directory other users can read.
#include "capture/capturehost.h"
#include "damagedstores.h"
#include "gui/mainwindow.h"
#include "gui/storeproblemprompt.h"
#include "models/deliverylistmodel.h"
#include "providers/deliveryanalyzer.h"
#include "providers/providerdeliverypreparer.h"
#include "rawhttpclient.h"
#include "store/storediagnosis.h"
#include "widgets/statusbanner.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace hookscope;
using namespace Qt::StringLiterals;
using damagedstores::Damage;

class TestConsoleFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;

    static std::shared_ptr<const DeliveryAnalyzer> analyzer()
    {
        return std::make_shared<const DeliveryAnalyzer>(ProviderCatalog::load({ ProviderCatalog::bundledDirectory() }),
                                                        QList<Endpoint>());
    }

    // Runs act on the next modal dialog of type T once it is shown (bounded: 10 s).
    template<typename T>
    static void whenShown(std::function<void(T *)> act)
    {
        auto *poll = new QTimer(qApp);
        auto *clock = new QElapsedTimer;
        clock->start();
        QObject::connect(poll, &QTimer::timeout, [poll, clock, act] {
            if (T *dialog = qobject_cast<T *>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
                act(dialog);
            } else if (!clock->hasExpired(10000)) {
                return;
            }
            poll->stop();
            poll->deleteLater();
            delete clock;
        });
        poll->start(20);
    }

    static void click(QMessageBox *box, const QString &button)
    {
        auto *chosen = box->findChild<QPushButton *>(button);
        QVERIFY2(chosen, qPrintable(button));
        chosen->click();
    }

    static int post(quint16 port, const QByteArray &body, QByteArray *answer = nullptr)
    {
        RawHttpClient client(port);
        if (!client.waitConnected())
            return 0;
        client.send("POST /hook HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        if (!QTest::qWaitFor([&] { return !client.responses().isEmpty(); }, 5000))
            return 0;
        if (answer)
            *answer = client.responses().constFirst();
        return RawHttpClient::statusOf(client.responses().constFirst());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"hookscope-tests"_s);
        qputenv("XDG_CONFIG_HOME", m_settingsDir.path().toUtf8());
    }

    void asksWhatToDoWithAStoreItCannotUse_data()
    {
        QTest::addColumn<Damage>("damage");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<bool>("readable");
        QTest::newRow("garbage") << Damage::Garbage << u"damaged"_s << u"not an SQLite database"_s << false;
        QTest::newRow("truncated") << Damage::Truncated << u"damaged"_s << u"cut short"_s << false;
        QTest::newRow("newer") << Damage::Newer << u"newer version"_s << u"schema %1"_s.arg(StoreSchema::currentVersion() + 1) << true;
    }

    // The dialog says what is wrong and offers what can be done; Quit ends it, nothing changed.
    void asksWhatToDoWithAStoreItCannotUse()
    {
        QFETCH(Damage, damage);
        QFETCH(QString, headline);
        QFETCH(QString, problem);
        QFETCH(bool, readable);
        const QString dataDir = m_dir.filePath(u"ask-"_s + QString::fromLatin1(QTest::currentDataTag()));
        const QString database = damagedstores::makeDamaged(dataDir, damage);
        QVERIFY(!database.isEmpty());
        const QByteArray before = damagedstores::digestOf(database);
        QString shownText;
        QString shownDetails;
        bool offeredReadOnly = false;
        whenShown<QMessageBox>([&](QMessageBox *box) {
            shownText = box->text();
            shownDetails = box->informativeText();
            offeredReadOnly = box->findChild<QPushButton *>(u"openReadOnly"_s) != nullptr;
            QVERIFY(box->findChild<QPushButton *>(u"newDataDirectory"_s));
            click(box, u"quit"_s);
        });
        const StoreProblemPrompt::Choice choice = StoreProblemPrompt::resolve(dataDir);
        QCOMPARE(choice.outcome, StoreProblemPrompt::Outcome::Quit);
        QVERIFY2(shownText.contains(headline), qPrintable(shownText));
        QVERIFY2(shownDetails.contains(database) && shownDetails.contains(problem), qPrintable(shownDetails));
        QCOMPARE(offeredReadOnly, readable);
        QCOMPARE(damagedstores::digestOf(database), before);
    }

    // Open read-only: the console shows what the store holds, says it is read-only with capture
    // off, offers no import, and writes nothing.
    void opensANewerStoreReadOnly()
    {
        const QString dataDir = m_dir.filePath(u"read-only"_s);
        const QString database = damagedstores::makeDamaged(dataDir, Damage::Newer);
        QVERIFY(!database.isEmpty());
        const QByteArray before = damagedstores::digestOf(database);
        whenShown<QMessageBox>([](QMessageBox *box) { click(box, u"openReadOnly"_s); });
        const StoreProblemPrompt::Choice choice = StoreProblemPrompt::resolve(dataDir);
        QCOMPARE(choice.outcome, StoreProblemPrompt::Outcome::ReadOnly);
        QCOMPARE(choice.dataDirectory, dataDir);
        {
            MainWindow window(nullptr, StoreOptions::file(database), analyzer(), QString(), choice.problem);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE(window.deliveryModel()->rowCount(), 40);
            QVERIFY2(window.noticeBanner()->message().contains(u"Read-only, capture is off"_s),
                     qPrintable(window.noticeBanner()->message()));
            QVERIFY(window.noticeBanner()->message().contains(choice.problem));
            QVERIFY(window.storeBanner()->message().isEmpty());
            bool importOffered = false;
            for (QAction *action : window.findChildren<QAction *>()) {
                if (action->text().contains(u"Import"_s))
                    importOffered = action->isEnabled();
            }
            QVERIFY(!importOffered);
            window.close();
        }
        QCOMPARE(damagedstores::digestOf(database), before);
    }

    // Start a new data directory: the one chosen in the file dialog is made ready, the damaged
    // one is left as it was.
    void startsANewDataDirectory()
    {
        const QString dataDir = m_dir.filePath(u"damaged"_s);
        const QString database = damagedstores::makeDamaged(dataDir, Damage::Garbage);
        QVERIFY(!database.isEmpty());
        const QByteArray before = damagedstores::digestOf(database);
        const QString fresh = m_dir.filePath(u"fresh"_s);
        QVERIFY(QDir().mkpath(fresh));
        bool dialogShown = false;
        whenShown<QMessageBox>([&](QMessageBox *box) {
            whenShown<QFileDialog>([&](QFileDialog *dialog) {
                dialogShown = true;
                // Typed as a user would into the dialog's name field.
                auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
                QVERIFY(name);
                name->setText(fresh);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, which is protected
            });
            click(box, u"newDataDirectory"_s);
        });
        const StoreProblemPrompt::Choice choice = StoreProblemPrompt::resolve(dataDir);
        QVERIFY(dialogShown);
        QCOMPARE(choice.outcome, StoreProblemPrompt::Outcome::Capture);
        QCOMPARE(choice.dataDirectory, fresh);
        QCOMPARE(damagedstores::digestOf(database), before);

        // It captures there.
        CaptureOptions options;
        options.port = 0;
        options.store.databasePath = DataDirectory::databasePath(choice.dataDirectory);
        auto deliveries = analyzer();
        CaptureHost host(options, std::make_shared<ProviderDeliveryPreparer>(deliveries));
        QCOMPARE(host.start(), QString());
        QCOMPARE(post(host.listenPort(), "{}"), 200);
    }

    // Deliveries that cannot be stored: a red banner while they are answered 503, gone when the
    // store takes them again (here: after clearing makes room).
    void bannersWhileDeliveriesAreNotStored()
    {
        const QString dataDir = m_dir.filePath(u"full"_s);
        QString error;
        QVERIFY(DataDirectory::prepare(dataDir, &error));
        CaptureOptions options;
        options.port = 0;
        options.store.databasePath = DataDirectory::databasePath(dataDir);
        options.store.maxSizeBytes = 256 * 1024; // the store's "disk" fills up
        auto deliveries = analyzer();
        CaptureHost host(options, std::make_shared<ProviderDeliveryPreparer>(deliveries));
        QCOMPARE(host.start(), QString());
        MainWindow window(&host, options.store, deliveries, QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.storeBanner()->message().isEmpty());

        const QByteArray body = "{\"padding\":\"" + QByteArray(3000, 'x') + "\"}";
        const FillOutcome filled = postUntilRefused(host.listenPort(), body);
        QCOMPARE(RawHttpClient::statusOf(filled.lastAnswer), 503);
        QVERIFY(filled.acknowledged > 0);
        QTRY_VERIFY(window.storeBanner()->isVisible());
        QVERIFY2(window.storeBanner()->message().contains(u"answered 503"_s)
                         && window.storeBanner()->message().contains(u"full"_s),
                 qPrintable(window.storeBanner()->message()));

        QSignalSpy cleared(&window, &MainWindow::deliveriesCleared);
        window.clearDeliveries({});
        QTRY_VERIFY_WITH_TIMEOUT(window.storeBanner()->message().isEmpty(), 10000);
        QVERIFY(!window.storeBanner()->isVisible());
        QCOMPARE(post(host.listenPort(), body), 200);
        host.stop();
    }

    void warnsOfADataDirectoryOthersCanRead()
    {
        const QString dataDir = m_dir.filePath(u"exposed"_s);
        QVERIFY(damagedstores::writeStore(dataDir, 1));
        QVERIFY(QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ReadOther | QFile::ExeOther));
        const QString database = DataDirectory::databasePath(dataDir);
        {
            MainWindow window(nullptr, StoreOptions::file(database), analyzer(), QString());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.noticeBanner()->isVisible());
            QVERIFY2(window.noticeBanner()->message().contains(u"chmod 700 %1"_s.arg(dataDir)),
                     qPrintable(window.noticeBanner()->message()));
        }
        QVERIFY(QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        MainWindow window(nullptr, StoreOptions::file(database), analyzer(), QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.noticeBanner()->isVisible());
    }
};

QTEST_MAIN(TestConsoleFaults)
#include "tst_consolefaults.moc"
