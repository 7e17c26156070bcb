// The console's exports and removals driven as a user would, offscreen: File > Export for each
// scope (selection, what the list shows, all) and format, each file read back (NDJSON imported
// again byte for byte, HAR checked by the HAR 1.2 validator, CSV parsed as RFC 4180, JSON, the
// curl script checked by bash, the raw body); a cancelled export of thousands of deliveries
// leaves nothing; clearing an endpoint and retention from the console, with the models under
// QAbstractItemModelTester and the store agreeing with a recount afterwards.
#include "capture/capturehost.h"
#include "exchange/deliveryimporter.h"
#include "exchange/importreader.h"
#include "gui/exportcontroller.h"
#include "gui/exportdialog.h"
#include "gui/filterbar.h"
#include "gui/mainwindow.h"
#include "models/deliverylistmodel.h"
#include "models/eventtablemodel.h"
#include "models/sidebarmodel.h"
#include "nodehar.h"
#include "providers/providerdeliverypreparer.h"
#include "rawhttpclient.h"
#include "store/datadirectory.h"
#include "store/deliverystore.h"
#include "store/storeconsistency.h"
#include "tst_exportfixtures.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace hookscope;
using namespace exportfixtures;
using namespace Qt::StringLiterals;

namespace {

// RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    const QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(std::exchange(field, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(std::exchange(field, {}));
            records.append(std::exchange(record, {}));
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

// The first sidebar node (endpoint, provider or event type) whose role has that value.
QModelIndex sidebarNode(const SidebarModel *sidebar, int role, const QString &value,
                        const QModelIndex &parent = {})
{
    for (int row = 0; row < sidebar->rowCount(parent); ++row) {
        const QModelIndex node = sidebar->index(row, 0, parent);
        if (node.data(SidebarModel::LevelRole).toInt() > 0 && node.data(role).toString() == value)
            return node;
        if (const QModelIndex below = sidebarNode(sidebar, role, value, node); below.isValid())
            return below;
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A second SmarterPay delivery, so that "what the list shows" is more than one.
Delivery secondSmarterPay()
{
    Delivery delivery = smarterPayDelivery();
    delivery.target = "/smarterpay/v2?attempt=2";
    delivery.receivedAtNs += 5'000'000'000LL;
    delivery.body = SampleLibrary::body(u"smarterpay"_s, u"customer_account.create"_s);
    delivery.headers = { { "Host", "hooks.example.test" }, { "Content-Type", "application/json" } };
    return delivery;
}

} // namespace

class TestConsoleExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;

    struct Console
    {
        QString databasePath;
        std::shared_ptr<const DeliveryAnalyzer> analyzer;
        std::unique_ptr<CaptureHost> host;
        std::unique_ptr<MainWindow> window;
        QList<qint64> ids; // of the seeded deliveries, in seeding order
    };

    std::unique_ptr<Console> open(const QString &name, QList<Delivery> seed)
    {
        auto console = std::make_unique<Console>();
        const QString directory = m_dir.filePath(name);
        QString error;
        if (!DataDirectory::prepare(directory, &error))
            return nullptr;
        console->databasePath = DataDirectory::databasePath(directory);
        console->analyzer = exportfixtures::analyzer();
        {
            DeliveryStore store;
            StoreOptions options;
            options.databasePath = console->databasePath;
            if (!store.open(options))
                return nullptr;
            for (Delivery &delivery : seed)
                console->analyzer->analyze(delivery).recordIn(delivery);
            if (!store.append(seed))
                return nullptr;
            for (const Delivery &delivery : std::as_const(seed))
                console->ids.append(delivery.id);
        }
        CaptureOptions options;
        options.port = 0;
        options.store.databasePath = console->databasePath;
        console->host = std::make_unique<CaptureHost>(options,
                                                      std::make_shared<ProviderDeliveryPreparer>(console->analyzer));
        if (!console->host->start().isEmpty())
            return nullptr;
        console->window = std::make_unique<MainWindow>(console->host.get(), StoreOptions::file(console->databasePath),
                                                       console->analyzer, QString());
        console->window->show();
        return console;
    }

    static void selectDeliveries(MainWindow &window, const QList<qint64> &ids)
    {
        QTableView *view = window.deliveryView();
        view->clearSelection();
        for (int row = 0; row < window.deliveryModel()->rowCount(); ++row) {
            const QModelIndex index = window.deliveryModel()->index(row, 0);
            if (ids.contains(index.data(DeliveryListModel::DeliveryIdRole).toLongLong()))
                view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    // Fills the dialog as a user would and presses Export; the outcome once it is done.
    static ExportOutcome exportThroughDialog(MainWindow &window, ExportDialog::Scope scope, ExportFormat format,
                                             const QString &target, bool mask = false)
    {
        ExportDialog *dialog = window.openExportDialog(scope);
        if (!dialog || !dialog->isVisible())
            return {};
        dialog->setFormat(format);
        dialog->findChild<QLineEdit *>(u"target"_s)->setText(target);
        if (mask)
            dialog->findChild<QCheckBox *>(u"maskCredentials"_s)->setChecked(true);
        QSignalSpy finished(window.exportController(), &ExportController::finished);
        dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
        if (!finished.wait(120'000))
            return {};
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            box->close();
        return finished.first().first().value<ExportOutcome>();
    }

    void checkNdjson(Console &console, const QString &path, const QList<qint64> &ids)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        std::unique_ptr<ImportReader> reader = ImportReader::open(&file, &error);
        QVERIFY2(reader, qPrintable(error));
        DeliveryStore imported;
        StoreOptions options;
        options.databasePath = path + u".sqlite"_s;
        QVERIFY(imported.open(options));
        DeliveryImporter importer(imported, *console.analyzer);
        QVERIFY2(importer.run(*reader), qPrintable(importer.errorString()));
        QCOMPARE(importer.imported(), ids.size());
        QCOMPARE(importer.skipped(), 0);
        DeliveryStore original;
        options.databasePath = console.databasePath;
        options.readOnly = true;
        QVERIFY(original.open(options));
        QList<Delivery> back;
        imported.forEach({}, [&](const Delivery &delivery) {
            back.append(delivery);
            return true;
        });
        for (int i = 0; i < ids.size(); ++i) {
            const std::optional<Delivery> before = original.load(ids.at(i));
            QVERIFY(before);
            QCOMPARE(back.at(i).body, before->body); // byte for byte
            QCOMPARE(back.at(i).headers, before->headers);
            QCOMPARE(back.at(i).target, before->target);
            QCOMPARE(back.at(i).receivedAtNs, before->receivedAtNs);
            QCOMPARE(back.at(i).response.body, before->response.body);
        }
    }

    static void checkHar(const QString &path, const QList<qint64> &ids, bool masked)
    {
        const QJsonArray entries = QJsonDocument::fromJson(readAll(path)).object()[u"log"_s][u"entries"_s].toArray();
        QCOMPARE(entries.size(), ids.size());
        const QByteArray text = readAll(path);
        QCOMPARE(text.contains("Bearer s3cret"), !masked && ids.contains(1));
        const QString missing = nodehar::missing(u"har-validator"_s);
        if (!missing.isEmpty()) {
            if (nodehar::required())
                QFAIL(qPrintable(missing));
            qInfo().noquote() << "HAR not validated:" << missing;
            return;
        }
        QByteArray output;
        QCOMPARE(nodehar::run(u"validate-har.mjs"_s, { path }, &output), 0);
        QVERIFY2(output.contains("valid HAR 1.2"), output.constData());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"hookscope-tests"_s);
        qputenv("XDG_CONFIG_HOME", m_settingsDir.path().toUtf8());
        qRegisterMetaType<ExportOutcome>();
    }

    void exportsEveryFormatAndScope_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("scope");
        const QList<QPair<const char *, ExportFormat>> formats {
            { "ndjson", ExportFormat::Ndjson }, { "har", ExportFormat::Har }, { "csv", ExportFormat::Csv },
            { "json", ExportFormat::Json },     { "curl", ExportFormat::Curl },
        };
        const QList<QPair<const char *, ExportDialog::Scope>> scopes {
            { "selected", ExportDialog::Scope::Selected },
            { "shown", ExportDialog::Scope::Shown },
            { "all", ExportDialog::Scope::All },
        };
        for (const auto &[formatName, format] : formats) {
            for (const auto &[scopeName, scope] : scopes)
                QTest::addRow("%s %s", formatName, scopeName) << int(format) << int(scope);
        }
        QTest::addRow("raw selected") << int(ExportFormat::Raw) << int(ExportDialog::Scope::Selected);
    }

    void exportsEveryFormatAndScope()
    {
        QFETCH(int, format);
        QFETCH(int, scope);
        const auto chosenFormat = ExportFormat(format);
        const auto chosenScope = ExportDialog::Scope(scope);
        auto console = open(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'),
                            { smarterPayDelivery(), awkwardDelivery(), latin1Delivery(), secondSmarterPay() });
        QVERIFY(console);
        MainWindow &window = *console->window;
        QAbstractItemModelTester listTester(window.deliveryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 4);
        const qint64 smarterPay = console->ids.at(0);
        const qint64 awkward = console->ids.at(1);

        QList<qint64> expected = console->ids;
        if (chosenScope == ExportDialog::Scope::Selected) {
            expected = chosenFormat == ExportFormat::Raw ? QList<qint64> { smarterPay } : QList<qint64> { smarterPay, awkward };
            selectDeliveries(window, expected);
        } else if (chosenScope == ExportDialog::Scope::Shown) {
            window.filterBar()->findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"smarterpay"_s);
            QTRY_COMPARE(window.deliveryModel()->rowCount(), 2);
            expected = { console->ids.at(0), console->ids.at(3) };
        }
        const bool folder = exportformat::isPerEventType(chosenFormat);
        const QString target = m_dir.filePath(u"out-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')))
                + (folder ? QString() : u'.' + exportformat::fileExtension(chosenFormat));
        const bool mask = chosenFormat == ExportFormat::Har && chosenScope == ExportDialog::Scope::All;
        const ExportOutcome outcome = exportThroughDialog(window, chosenScope, chosenFormat, target, mask);
        QVERIFY2(outcome.succeeded, qPrintable(outcome.error));
        QCOMPARE(outcome.deliveries, expected.size());

        switch (chosenFormat) {
        case ExportFormat::Ndjson:
            checkNdjson(*console, target, expected);
            break;
        case ExportFormat::Har:
            checkHar(target, expected, mask);
            break;
        case ExportFormat::Csv: {
            const QString file = QDir(target).filePath(u"smarterpay.customer_account.create.csv"_s);
            QVERIFY2(outcome.files.contains(file), qPrintable(outcome.files.join(u", "_s)));
            const QList<QStringList> records = parseCsv(readAll(file));
            QVERIFY(!records.isEmpty());
            const qsizetype city = records.first().indexOf(u"billing_city"_s);
            QVERIFY(city > 0);
            int events = 0;
            QStringList cities;
            for (const QStringList &record : records.mid(1)) {
                QCOMPARE(record.size(), records.first().size());
                cities.append(record.at(city));
                ++events;
            }
            QCOMPARE(events, expected.contains(console->ids.at(3)) ? 4 : 2);
            QVERIFY2(cities.contains(u"Zürich, \"Old\" Town\r\nNorth"_s), qPrintable(cities.join(u" | "_s)));
            break;
        }
        case ExportFormat::Json: {
            const QString file = QDir(target).filePath(u"smarterpay.customer_account.create.json"_s);
            QVERIFY2(outcome.files.contains(file), qPrintable(outcome.files.join(u", "_s)));
            const QJsonArray events = QJsonDocument::fromJson(readAll(file)).array();
            QCOMPARE(events.size(), expected.contains(console->ids.at(3)) ? 4 : 2);
            QCOMPARE(events.first()[u"event_type"_s].toString(), u"customer_account.create"_s);
            break;
        }
        case ExportFormat::Curl: {
            const QByteArray script = readAll(target);
            QCOMPARE(script.count("\ncurl "), expected.size());
            QProcess bash;
            bash.start(u"bash"_s, { u"-n"_s, target });
            QVERIFY(bash.waitForFinished(30000));
            QCOMPARE(bash.exitCode(), 0);
            if (expected.contains(awkward)) // a binary body: in a file beside the script
                QCOMPARE(readAll(target + u".%1.body"_s.arg(awkward)), awkwardDelivery().body);
            break;
        }
        case ExportFormat::Raw:
            QCOMPARE(readAll(target), smarterPayDelivery().body);
            break;
        }
    }

    void exportsOneEventTypeFromItsTable()
    {
        auto console = open(u"table"_s, { smarterPayDelivery(), awkwardDelivery(), secondSmarterPay() });
        QVERIFY(console);
        MainWindow &window = *console->window;
        SidebarModel *sidebar = window.sidebarModel();
        QAbstractItemModelTester sidebarTester(sidebar, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tableTester(window.eventModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex createType = sidebarNode(sidebar, SidebarModel::EventTypeRole, u"customer_account.create"_s);
        QVERIFY(createType.isValid());
        window.sidebarView()->setCurrentIndex(createType);
        QTRY_COMPARE(window.eventModel()->rowCount(), 4);
        // The two events of the first delivery (newest first: rows 2 and 3).
        window.eventView()->selectionModel()->select(window.eventModel()->index(2, 0),
                                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
        window.eventView()->selectionModel()->select(window.eventModel()->index(3, 0),
                                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString target = m_dir.filePath(u"table-selection.csv"_s);
        ExportOutcome outcome = exportThroughDialog(window, ExportDialog::Scope::Selected, ExportFormat::Csv, target);
        QVERIFY2(outcome.succeeded, qPrintable(outcome.error));
        QCOMPARE(outcome.deliveries, 1);
        QCOMPARE(outcome.files, QStringList { target });
        QCOMPARE(parseCsv(readAll(target)).size(), 1 + 2);

        const QString shown = m_dir.filePath(u"table-shown.json"_s);
        outcome = exportThroughDialog(window, ExportDialog::Scope::Shown, ExportFormat::Json, shown);
        QVERIFY2(outcome.succeeded, qPrintable(outcome.error));
        QCOMPARE(QJsonDocument::fromJson(readAll(shown)).array().size(), 4);
    }

    void cancellingLeavesNoFile()
    {
        QList<Delivery> many;
        for (int n = 0; n < 4000; ++n) {
            Delivery delivery = smarterPayDelivery();
            delivery.receivedAtNs += n;
            delivery.target = "/smarterpay/v2?n=" + QByteArray::number(n);
            many.append(delivery);
        }
        auto console = open(u"cancel"_s, many);
        QVERIFY(console);
        MainWindow &window = *console->window;
        const QString folder = m_dir.filePath(u"cancelled"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString target = QDir(folder).filePath(u"everything.har"_s);

        ExportDialog *dialog = window.openExportDialog(ExportDialog::Scope::All);
        QVERIFY(dialog);
        dialog->setFormat(ExportFormat::Har);
        dialog->findChild<QLineEdit *>(u"target"_s)->setText(target);
        QSignalSpy finished(window.exportController(), &ExportController::finished);
        dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
        // Running off the GUI thread, with a progress dialog whose Cancel the user presses at once.
        QProgressDialog *progress = window.findChild<QProgressDialog *>();
        QVERIFY(progress);
        QVERIFY(window.exportController()->isRunning());
        QPushButton *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(finished.wait(60'000));
        const ExportOutcome outcome = finished.first().first().value<ExportOutcome>();
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.succeeded);
        QVERIFY(outcome.deliveries < 4000);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QTRY_VERIFY(!window.findChild<QProgressDialog *>());

        // The same export left alone writes all of them, saying how far it has got.
        QSignalSpy progressed(window.exportController(), &ExportController::progressed);
        const ExportOutcome whole = exportThroughDialog(window, ExportDialog::Scope::All, ExportFormat::Ndjson,
                                                        QDir(folder).filePath(u"everything.ndjson"_s));
        QVERIFY2(whole.succeeded, qPrintable(whole.error));
        QCOMPARE(whole.deliveries, 4000);
        QVERIFY(progressed.size() >= 2);
        QCOMPARE(progressed.last().at(0).toLongLong(), 4000);
        QCOMPARE(progressed.last().at(1).toLongLong(), 4000);
    }

    void clearsAnEndpointAndFollowsRetention()
    {
        QList<Delivery> seed;
        for (int n = 0; n < 30; ++n) {
            Delivery delivery = n % 3 == 0 ? smarterPayDelivery() : latin1Delivery();
            delivery.receivedAtNs += n * 1'000'000'000LL;
            delivery.target = (n % 3 == 0 ? "/smarterpay/" : "/plain/") + QByteArray::number(n);
            seed.append(delivery);
        }
        auto console = open(u"clear"_s, seed);
        QVERIFY(console);
        MainWindow &window = *console->window;
        SidebarModel *sidebar = window.sidebarModel();
        QAbstractItemModelTester sidebarTester(sidebar, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester listTester(window.deliveryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tableTester(window.eventModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(sidebar->total(), 30);

        // The SmarterPay provider node, as its context menu would clear it.
        const QModelIndex smarterPay = sidebarNode(sidebar, SidebarModel::ProviderRole, u"smarterpay"_s);
        QVERIFY(smarterPay.isValid());
        QCOMPARE(smarterPay.data(SidebarModel::LevelRole).toInt(), 2);
        window.sidebarView()->setCurrentIndex(smarterPay);
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 10);
        RemovalScope scope;
        scope.endpoint = smarterPay.data(SidebarModel::EndpointRole).toString();
        scope.provider = u"smarterpay"_s;
        QSignalSpy cleared(&window, &MainWindow::deliveriesCleared);
        window.clearDeliveries(scope);
        QVERIFY(cleared.wait(60'000));
        QCOMPARE(cleared.first().first().toLongLong(), 10);
        QCOMPARE(sidebar->total(), 20);
        QVERIFY(!sidebar->indexOf(2, scope.endpoint.value(), u"smarterpay"_s, {}).isValid());
        QCOMPARE(window.deliveryModel()->rowCount(), 20); // back to all deliveries
        QCOMPARE(StoreConsistency::problems(StoreOptions::file(console->databasePath)), QStringList());

        // Retention set from the console: the newest five stay, the views follow.
        console->host->setRetention({ 5, 0 });
        QTRY_COMPARE(sidebar->total(), 5);
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 5);
        QCOMPARE(window.deliveryModel()->index(0, DeliveryListModel::Path).data().toString(), u"/plain/29"_s);
        console->host->setRetention({});
        QCOMPARE(StoreConsistency::problems(StoreOptions::file(console->databasePath)), QStringList());

        // Deliveries > Clear all deliveries..., confirmed; what comes next gets a new id.
        QAction *clearAll = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == u"Clear &all deliveries…"_s)
                clearAll = action;
        }
        QVERIFY(clearAll);
        cleared.clear();
        clearAll->trigger();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = window.findChild<QMessageBox *>()) != nullptr);
        QPushButton *remove = nullptr;
        for (QAbstractButton *button : confirm->buttons()) {
            if (button->text() == u"Delete"_s)
                remove = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(remove);
        remove->click();
        QVERIFY(cleared.wait(60'000));
        QCOMPARE(sidebar->total(), 0);
        QCOMPARE(window.deliveryModel()->rowCount(), 0);
        RawHttpClient client(console->host->listenPort());
        QVERIFY(client.waitConnected());
        client.send("POST /after HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}");
        QTRY_COMPARE(client.responses().size(), 1);
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 1);
        QVERIFY(window.deliveryModel()->index(0, 0).data(DeliveryListModel::DeliveryIdRole).toLongLong() > 30);
        QCOMPARE(sidebar->total(), 1);
        console->window.reset();
        console->host->stop();
        QCOMPARE(StoreConsistency::problems(StoreOptions::file(console->databasePath)), QStringList());
    }
};

QTEST_MAIN(TestConsoleExport)
#include "tst_consoleexport.moc"
