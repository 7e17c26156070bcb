// The console window driven as a user would, offscreen: live deliveries in the list and in
// their event type's table, the tree linked to the raw and hex views, filters.
#include "capture/capturehost.h"
#include "gui/composerwindow.h"
#include "gui/diffdialog.h"
#include "gui/filterbar.h"
#include "gui/replaydialog.h"
#include "gui/settingsdialog.h"
#include "models/jsondiffmodel.h"
#include "gui/mainwindow.h"
#include "models/deliverylistmodel.h"
#include "models/eventtablemodel.h"
#include "models/jsontreemodel.h"
#include "models/sidebarmodel.h"
#include "providers/deliveryanalyzer.h"
#include "providers/providerdeliverypreparer.h"
#include "providers/samplelibrary.h"
#include "rawhttpclient.h"
#include "sendscriptedserver.h"
#include "store/datadirectory.h"
#include "store/deliverystore.h"
#include "widgets/deliverydetailview.h"
#include "widgets/hexview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMessageAuthenticationCode>
#include <QPushButton>
#include <QTreeWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace hookscope;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;

    struct Console
    {
        CaptureOptions options;
        std::shared_ptr<const DeliveryAnalyzer> analyzer;
        std::unique_ptr<CaptureHost> host;
        std::unique_ptr<MainWindow> window;
    };

    std::unique_ptr<Console> open(const QString &name, QList<Endpoint> endpoints = {})
    {
        auto console = std::make_unique<Console>();
        const QString directory = m_dir.filePath(name);
        QString error;
        DataDirectory::prepare(directory, &error);
        console->options.port = 0;
        console->options.store.databasePath = DataDirectory::databasePath(directory);
        console->analyzer = std::make_shared<const DeliveryAnalyzer>(
                ProviderCatalog::load({ ProviderCatalog::bundledDirectory() }), endpoints);
        console->host = std::make_unique<CaptureHost>(
                console->options, std::make_shared<ProviderDeliveryPreparer>(console->analyzer));
        if (!console->host->start().isEmpty())
            return nullptr;
        console->window = std::make_unique<MainWindow>(console->host.get(), console->options.store,
                                                       console->analyzer, QString());
        console->window->show();
        return console;
    }

    static void post(quint16 port, const QByteArray &target, const QByteArray &body)
    {
        RawHttpClient client(port);
        QVERIFY(client.waitConnected());
        client.send("POST " + target + " HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_COMPARE(client.responses().size(), 1);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"hookscope-tests"_s);
        qputenv("XDG_CONFIG_HOME", m_settingsDir.path().toUtf8());
    }

    void showsDeliveriesLiveWithoutLosingTheSelection()
    {
        auto console = open(u"live"_s);
        QVERIFY(console);
        MainWindow &window = *console->window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester tester(window.deliveryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        auto *stack = window.findChild<QStackedWidget *>(u"deliveryStack"_s);
        QVERIFY(stack);
        auto *emptyState = qobject_cast<QLabel *>(stack->currentWidget());
        QVERIFY(emptyState);
        QVERIFY(emptyState->text().contains(u"No deliveries yet"_s));
        QVERIFY(emptyState->text().contains(u"http://127.0.0.1:%1"_s.arg(console->host->listenPort())));

        const quint16 port = console->host->listenPort();
        post(port, "/willsuite/first", SampleLibrary::body(u"willsuite"_s, u"customer.created"_s));
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 1);
        QCOMPARE(stack->currentWidget(), window.deliveryView());
        QCOMPARE(window.deliveryModel()->index(0, DeliveryListModel::Path).data().toString(), u"/willsuite/first"_s);
        QCOMPARE(window.deliveryModel()->index(0, DeliveryListModel::Status).data().toInt(), 202);
        QCOMPARE(window.deliveryModel()->index(0, DeliveryListModel::Provider).data().toString(), u"willsuite"_s);
        QTRY_COMPARE(window.sidebarModel()->total(), 1);

        window.deliveryView()->selectRow(0);
        QTRY_VERIFY(window.shownDeliveryId() > 0);

        post(port, "/enad", SampleLibrary::body(u"enad"_s, u"organisations.created"_s));
        post(port, "/enad", SampleLibrary::body(u"enad"_s, u"organisations.updated"_s));
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 3);
        QCOMPARE(window.deliveryModel()->index(0, DeliveryListModel::Provider).data().toString(), u"enad"_s);
        const QModelIndexList selected = window.deliveryView()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().siblingAtColumn(DeliveryListModel::Path).data().toString(), u"/willsuite/first"_s);
        QTRY_COMPARE(window.sidebarModel()->total(), 3);
    }

    void linksTheTreeToTheRawAndHexBytes()
    {
        auto console = open(u"tree"_s);
        QVERIFY(console);
        MainWindow &window = *console->window;
        const QByteArray body = SampleLibrary::body(u"willsuite"_s, u"customer.created"_s);
        post(console->host->listenPort(), "/willsuite", body);
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 1);
        QSignalSpy shown(&window, &MainWindow::deliveryShown);
        window.deliveryView()->selectRow(0);
        QTRY_COMPARE(shown.size(), 1);

        DeliveryDetailView *detail = window.detailView();
        JsonTreeModel *tree = detail->treeModel();
        QAbstractItemModelTester tester(tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex lastName = tree->indexOfPointer(u"/customer_data/last_name"_s);
        QVERIFY(lastName.isValid());
        detail->treeView()->setCurrentIndex(lastName);
        const qint64 offset = detail->hexView()->highlightOffset();
        const qint64 length = detail->hexView()->highlightLength();
        QCOMPARE(body.mid(offset, length), QByteArray("\"Johnson\""));
        QCOMPARE(detail->rawView()->textCursor().selectedText(), u"\"Johnson\""_s);
    }

    void showsAnEventTypeAsATable()
    {
        auto console = open(u"table"_s, { Endpoint { u"/smarterpay"_s, u"smarterpay"_s, {}, {}, 0 } });
        QVERIFY(console);
        MainWindow &window = *console->window;
        post(console->host->listenPort(), "/smarterpay/v2", SampleLibrary::body(u"smarterpay"_s, u"customer_account.create"_s));
        QTRY_COMPARE(window.sidebarModel()->total(), 1);

        // Sidebar: /smarterpay -> smarterpay -> customer_account.create
        SidebarModel *sidebar = window.sidebarModel();
        QModelIndex endpoint;
        for (int row = 0; row < sidebar->rowCount(); ++row) {
            if (sidebar->index(row, 0).data(SidebarModel::EndpointRole).toString() == u"/smarterpay"_s)
                endpoint = sidebar->index(row, 0);
        }
        QVERIFY(endpoint.isValid());
        const QModelIndex provider = sidebar->index(0, 0, endpoint);
        QModelIndex createType;
        for (int row = 0; row < sidebar->rowCount(provider); ++row) {
            if (sidebar->index(row, 0, provider).data(SidebarModel::EventTypeRole).toString() == u"customer_account.create"_s)
                createType = sidebar->index(row, 0, provider);
        }
        QVERIFY(createType.isValid());
        window.sidebarView()->setCurrentIndex(createType);

        EventTableModel *table = window.eventModel();
        QTRY_VERIFY(table->rowCount() >= 1);
        QCOMPARE(window.findChild<QStackedWidget *>(u"deliveryStack"_s)->currentWidget(), window.eventView());
        QVERIFY(table->fields().indexOf(u"billing_postal_code"_s) >= 0);
        QVERIFY(table->fields().indexOf(u"client.id"_s) >= 0);
        int events = 0;
        for (const QString &type : window.deliveryModel()->summaryAt(0).eventTypes)
            events += type == u"customer_account.create"_s ? 1 : 0;
        QCOMPARE(table->rowCount(), events);
    }

    void filtersByTextAndFacets()
    {
        auto console = open(u"filters"_s);
        QVERIFY(console);
        MainWindow &window = *console->window;
        const quint16 port = console->host->listenPort();
        post(port, "/a", R"({"name":"James Hetfield"})");
        post(port, "/b", R"({"name":"Lars Ulrich"})");
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 2);
        window.filterBar()->findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"hetfield"_s);
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 1);
        QCOMPARE(window.deliveryModel()->index(0, DeliveryListModel::Path).data().toString(), u"/a"_s);
        window.filterBar()->findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"nobody"_s);
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 0);
        QTRY_VERIFY(qobject_cast<QLabel *>(window.findChild<QStackedWidget *>(u"deliveryStack"_s)->currentWidget()));
        window.filterBar()->clear();
        emit window.filterBar()->changed();
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 2);
    }

    void comparesTwoDeliveries()
    {
        auto console = open(u"diff"_s);
        QVERIFY(console);
        MainWindow &window = *console->window;
        const QByteArray first = SampleLibrary::body(u"willsuite"_s, u"customer.created"_s);
        QByteArray second = first;
        second.replace("\"Johnson\"", "\"Johnston\"");
        post(console->host->listenPort(), "/willsuite", first);
        post(console->host->listenPort(), "/willsuite", second);
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 2);
        window.deliveryView()->selectAll();
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
        DiffDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<DiffDialog *>()) != nullptr);
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->model()->differenceCount(), 1);
        QCOMPARE(dialog->model()->index(0, JsonDiffModel::Path).data().toString(), u"/customer_data/last_name"_s);
        QCOMPARE(dialog->model()->index(0, JsonDiffModel::Left).data().toString(), u"\"Johnson\""_s);
        QCOMPARE(dialog->model()->index(0, JsonDiffModel::Right).data().toString(), u"\"Johnston\""_s);
        dialog->model()->setShowUnchanged(true);
        QVERIFY(dialog->model()->rowCount() > 10);
        dialog->close();
    }

    void copiesAsCurlAndImports()
    {
        auto console = open(u"curl"_s);
        QVERIFY(console);
        MainWindow &window = *console->window;
        post(console->host->listenPort(), "/enad/hooks?x=1", R"({"event_type":"organisations.created"})");
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 1);
        window.deliveryView()->selectRow(0);
        QTRY_VERIFY(window.shownDeliveryId() > 0);
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString command = QApplication::clipboard()->text();
        QVERIFY2(command.contains(u"curl"_s) && command.contains(u"/enad/hooks?x=1"_s), qPrintable(command));
        QVERIFY(command.contains(u"organisations.created"_s));

        // An NDJSON export read back through File > Import.
        const QString exported = m_dir.filePath(u"export.ndjson"_s);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"received_at":"2026-01-01T00:00:00Z","method":"POST","target":"/imported","headers":[["Content-Type","application/json"]],"body_base64":"e30="})" "\n");
        file.close();
        window.importPath(exported);
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 2);
        QCOMPARE(window.sidebarModel()->total(), 2);
    }

    // Deliveries > Replay…: both selected deliveries go to the URL with their raw bodies, the
    // hop-by-hop headers dropped, signed again GitHub's way; each answer listed.
    void replaysTheSelectedDeliveries()
    {
        auto console = open(u"replay"_s);
        QVERIFY(console);
        MainWindow &window = *console->window;
        const QByteArray first = R"({"event_type":"organisations.created","n":1})";
        const QByteArray second = R"({"event_type":"organisations.deleted","n":2})";
        post(console->host->listenPort(), "/enad/one", first);
        post(console->host->listenPort(), "/enad/two", second);
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 2);
        window.deliveryView()->selectAll();
        QPointer<ReplayDialog> dialog = window.replaySelected();
        QVERIFY(dialog);
        QCOMPARE(dialog->results()->topLevelItemCount(), 2);
        QVERIFY2(dialog->findChild<QLineEdit *>(u"url"_s)->text().startsWith(u"http://127.0.0.1:"_s),
                 "without a remembered URL the capture server is offered");

        SendScriptedServer app("HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nok", 0);
        dialog->findChild<QLineEdit *>(u"url"_s)->setText(u"http://127.0.0.1:%1/hooks"_s.arg(app.serverPort()));
        auto *scheme = dialog->findChild<QComboBox *>(u"scheme"_s);
        scheme->setCurrentIndex(scheme->findData(u"github"_s));
        dialog->findChild<QLineEdit *>(u"secret"_s)->setText(u"It's a Secret to Everybody"_s);
        QSignalSpy replayed(dialog.data(), &ReplayDialog::replayed);
        dialog->findChild<QPushButton *>(u"replay"_s)->click();
        QVERIFY(replayed.wait(30000));
        QCOMPARE(replayed.first().at(0).toInt(), 2);
        QCOMPARE(replayed.first().at(1).toInt(), 0);
        QCOMPARE(app.requests().size(), 2);
        for (const QByteArray &body : { first, second }) {
            const auto sent = std::find_if(app.requests().cbegin(), app.requests().cend(),
                                           [&](const QByteArray &request) { return request.endsWith(body); });
            QVERIFY2(sent != app.requests().cend(), body.constData());
            QVERIFY(sent->startsWith("POST /hooks HTTP/1.1\r\n"));
            const QByteArray signature = "sha256="
                    + QMessageAuthenticationCode::hash(body, "It's a Secret to Everybody", QCryptographicHash::Sha256).toHex();
            QVERIFY2(sent->contains("X-Hub-Signature-256: " + signature), sent->constData());
        }
        QTRY_VERIFY(dialog->results()->topLevelItem(1)->text(2).startsWith(u"202"_s));
        dialog->results()->setCurrentItem(dialog->results()->topLevelItem(1));
        dialog->close();
        QTRY_VERIFY(!dialog);
    }

    void settingsKeepWhatWasEntered()
    {
        SettingsDialog::Values values;
        values.listenAddress = u"127.0.0.1:9999"_s;
        values.maxBodyMiB = 10;
        values.endpoints = { Endpoint { u"/enad"_s, u"enad"_s, {}, "token", 0 } };
        values.endpoints.first().delayMs = 250;
        values.theme = AppSettings::Theme::Dark;
        SettingsDialog dialog(values, { u"enad"_s, u"willsuite"_s }, m_dir.path());
        const SettingsDialog::Values read = dialog.values();
        QCOMPARE(read.listenAddress, values.listenAddress);
        QCOMPARE(read.maxBodyMiB, 10);
        QCOMPARE(read.endpoints.size(), 1);
        QCOMPARE(read.endpoints.first().provider, u"enad"_s);
        QCOMPARE(read.endpoints.first().secret, QByteArray("token"));
        QCOMPARE(read.endpoints.first().delayMs, 250);
        QCOMPARE(read.theme, AppSettings::Theme::Dark);
    }

    void restartsTheCaptureServerWithoutLosingDeliveries()
    {
        auto console = open(u"restart"_s);
        QVERIFY(console);
        post(console->host->listenPort(), "/before", "{}");
        CaptureOptions changed = console->host->options();
        changed.limits.maxBodyBytes = 1024;
        QCOMPARE(console->host->restart(changed), QString());
        post(console->host->listenPort(), "/after", "{}");
        QTRY_COMPARE(console->window->deliveryModel()->rowCount(), 2);
        RawHttpClient big(console->host->listenPort());
        QVERIFY(big.waitConnected());
        big.send("POST /big HTTP/1.1\r\nContent-Length: 4096\r\n\r\n");
        QTRY_COMPARE(big.responses().size(), 1);
        QCOMPARE(RawHttpClient::statusOf(big.responses().first()), 413); // the new limit holds
    }

    void showsWhatTheForwardTargetAnswered()
    {
        // The app answers after the delivery is on screen: its answer appears there when it comes.
        SendScriptedServer app("HTTP/1.1 201 Created\r\nContent-Type: text/plain\r\nContent-Length: 8\r\n\r\nthe app!", 300);
        QString error;
        const std::optional<Endpoint> forwarding = parseEndpointSpec(
                u"/willsuite=willsuite,forward=http://127.0.0.1:%1/hooks"_s.arg(app.serverPort()), &error);
        QVERIFY2(forwarding, qPrintable(error));
        auto console = open(u"forward"_s, { *forwarding });
        QVERIFY(console);
        MainWindow &window = *console->window;
        post(console->host->listenPort(), "/willsuite/x", SampleLibrary::body(u"willsuite"_s, u"customer.created"_s));
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 1);
        window.deliveryView()->selectRow(0);
        QTRY_VERIFY(window.shownDeliveryId() > 0);

        auto *detail = window.findChild<DeliveryDetailView *>();
        QVERIFY(detail);
        const auto forwardTab = [detail]() -> QPlainTextEdit * {
            for (int i = 0; i < detail->count(); ++i) {
                if (detail->tabText(i) == u"Forward"_s)
                    return qobject_cast<QPlainTextEdit *>(detail->widget(i));
            }
            return nullptr;
        };
        QTRY_VERIFY(forwardTab() != nullptr);
        const QString text = forwardTab()->toPlainText();
        QVERIFY2(text.contains(u"http://127.0.0.1:%1/hooks/x"_s.arg(app.serverPort())), qPrintable(text));
        QVERIFY2(text.contains(u"HTTP/1.1 201 Created"_s), qPrintable(text));
        QVERIFY2(text.contains(u"the app!"_s), qPrintable(text));
        QCOMPARE(app.requests().size(), 1);
    }

    void composesADeliveryThatTheConsoleCaptures()
    {
        // File > New delivery: the composer, aimed at this console's own capture server, closes the loop.
        auto console = open(u"compose"_s);
        QVERIFY(console);
        MainWindow &window = *console->window;
        QAction *newDelivery = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::New))
                newDelivery = action;
        }
        QVERIFY(newDelivery);
        newDelivery->trigger();
        QPointer<ComposerWindow> composer = window.findChild<ComposerWindow *>();
        QVERIFY(composer);
        QVERIFY(composer->isWindow());
        QVERIFY(QTest::qWaitForWindowExposed(composer));

        composer->choose(u"willsuite"_s, u"customer.created"_s);
        const QString url = u"http://127.0.0.1:%1/willsuite"_s.arg(console->host->listenPort());
        QCOMPARE(composer->findChild<QLineEdit *>(u"url"_s)->text(), url);
        QSignalSpy finished(composer.data(), &ComposerWindow::sendFinished);
        composer->send();
        QVERIFY(finished.wait(15000));
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 1);
        QCOMPARE(window.deliveryModel()->index(0, DeliveryListModel::Path).data().toString(), u"/willsuite"_s);
        QCOMPARE(window.deliveryModel()->index(0, DeliveryListModel::Provider).data().toString(), u"willsuite"_s);

        newDelivery->trigger(); // the same window again, not a second one
        QCOMPARE(window.findChildren<ComposerWindow *>().size(), 1);
        QCOMPARE(window.findChild<ComposerWindow *>(), composer.data());

        console->window.reset();
        QVERIFY(composer.isNull()); // it went with the console
    }

    void batchesABurstIntoFewUpdates()
    {
        const QString directory = m_dir.filePath(u"burst"_s);
        QString error;
        DataDirectory::prepare(directory, &error);
        StoreOptions options;
        options.databasePath = DataDirectory::databasePath(directory);
        DeliveryStore store;
        QVERIFY(store.open(options));
        DeliveryListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int chunk = 0; chunk < 50; ++chunk) {
            QList<Delivery> part;
            for (int n = 0; n < 10; ++n) {
                Delivery delivery;
                delivery.receivedAtNs = 1'700'000'000'000'000'000LL + chunk * 10 + n;
                delivery.method = "POST";
                delivery.target = "/burst/" + QByteArray::number(chunk * 10 + n);
                delivery.httpVersion = "HTTP/1.1";
                delivery.peerAddress = u"127.0.0.1"_s;
                delivery.response.status = 200;
                part.append(delivery);
            }
            QVERIFY(store.append(part));
            model.deliveriesArrived(); // as the capture thread signals it, 50 times
        }
        QTRY_COMPARE(model.rowCount(), 500);
        QVERIFY2(model.insertionBatches() <= 2, qPrintable(u"%1 insertions for one burst"_s.arg(model.insertionBatches())));
        QCOMPARE(model.index(0, DeliveryListModel::Path).data().toString(), u"/burst/499"_s);
        QCOMPARE(model.totalStored(), 500);
        QVERIFY(model.canFetchMore({}) == false);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
