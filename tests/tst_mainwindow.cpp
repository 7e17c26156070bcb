#include "capture/capturehost.h"
#include "providers/providerdeliverypreparer.h"
#include "gui/mainwindow.h"
#include "models/deliverylistmodel.h"
#include "rawhttpclient.h"
#include "store/datadirectory.h"
#include "store/deliverystore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {
// Endpoints without providers: the capture behaviour alone.
std::shared_ptr<DeliveryPreparer> preparerFor(const QList<Endpoint> &endpoints)
{
    return std::make_shared<ProviderDeliveryPreparer>(std::make_shared<DeliveryAnalyzer>(
            ProviderCatalog::load({}), endpoints));
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    CaptureOptions optionsFor(const QString &name)
    {
        const QString directory = m_dir.filePath(name);
        QString error;
        DataDirectory::prepare(directory, &error);
        CaptureOptions options;
        options.port = 0;
        options.store.databasePath = DataDirectory::databasePath(directory);
        return options;
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
    void showsDeliveriesLiveWithoutLosingTheSelection()
    {
        const CaptureOptions options = optionsFor(u"live"_s);
        CaptureHost host(options, preparerFor({}));
        QCOMPARE(host.start(), QString());
        MainWindow window(&host, options.store.databasePath, QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester tester(window.deliveryModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        auto *emptyState = qobject_cast<QLabel *>(stack->currentWidget());
        QVERIFY(emptyState);
        QVERIFY(emptyState->text().contains(u"No deliveries yet"_s));
        QVERIFY(emptyState->text().contains(u"http://127.0.0.1:%1"_s.arg(host.listenPort())));

        post(host.listenPort(), "/enad/first", R"({"event_type":"organisations.created"})");
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 1);
        QCOMPARE(stack->currentWidget(), window.deliveryView());
        const QModelIndex path = window.deliveryModel()->index(0, DeliveryListModel::Path);
        QCOMPARE(path.data().toString(), u"/enad/first"_s);
        QCOMPARE(window.deliveryModel()->index(0, DeliveryListModel::Status).data().toInt(), 200);

        window.deliveryView()->selectRow(0);
        auto *requestView = window.findChild<QPlainTextEdit *>(u"requestView"_s);
        QVERIFY(requestView);
        QTRY_VERIFY(requestView->toPlainText().contains(u"organisations.created"_s));
        QVERIFY(requestView->toPlainText().startsWith(u"POST /enad/first HTTP/1.1"_s));

        // New deliveries go on top; the selected one stays selected.
        post(host.listenPort(), "/enad/second", "{}");
        post(host.listenPort(), "/enad/third", "{}");
        QTRY_COMPARE(window.deliveryModel()->rowCount(), 3);
        QCOMPARE(window.deliveryModel()->index(0, DeliveryListModel::Path).data().toString(),
                 u"/enad/third"_s);
        const QModelIndexList selected = window.deliveryView()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().siblingAtColumn(DeliveryListModel::Path).data().toString(),
                 u"/enad/first"_s);
        host.stop();
    }

    void batchesABurstIntoFewUpdates()
    {
        const CaptureOptions options = optionsFor(u"burst"_s);
        DeliveryStore store;
        QVERIFY(store.open(options.store));
        DeliveryListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QList<Delivery> burst;
        for (int n = 0; n < 500; ++n) {
            Delivery delivery;
            delivery.receivedAtNs = 1'700'000'000'000'000'000LL + n;
            delivery.method = "POST";
            delivery.target = "/burst/" + QByteArray::number(n);
            delivery.httpVersion = "HTTP/1.1";
            delivery.peerAddress = u"127.0.0.1"_s;
            delivery.response.status = 200;
            burst.append(delivery);
        }
        for (int chunk = 0; chunk < 50; ++chunk) {
            QList<Delivery> part = burst.mid(chunk * 10, 10);
            QVERIFY(store.append(part));
            model.deliveriesArrived(); // as the capture thread would signal it, 50 times
        }
        QTRY_COMPARE(model.rowCount(), 500);
        QVERIFY2(model.insertionBatches() <= 2,
                 qPrintable(u"%1 insertions for one burst"_s.arg(model.insertionBatches())));
        QCOMPARE(model.index(0, DeliveryListModel::Path).data().toString(), u"/burst/499"_s);
        QCOMPARE(model.totalStored(), 500);
    }

    void pagesOlderDeliveriesOnDemand()
    {
        const CaptureOptions options = optionsFor(u"paging"_s);
        DeliveryStore store;
        QVERIFY(store.open(options.store));
        QList<Delivery> many;
        for (int n = 0; n < 450; ++n) {
            Delivery delivery;
            delivery.receivedAtNs = 1'700'000'000'000'000'000LL + n;
            delivery.method = "POST";
            delivery.target = "/page/" + QByteArray::number(n);
            delivery.httpVersion = "HTTP/1.1";
            delivery.peerAddress = u"127.0.0.1"_s;
            many.append(delivery);
        }
        QVERIFY(store.append(many));
        DeliveryListModel model(&store);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.totalStored(), 450);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(449, DeliveryListModel::Path).data().toString(), u"/page/0"_s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
