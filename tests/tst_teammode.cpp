// Team mode: two capture nodes (`hookscope --headless --store postgres://...`) and a console share
// one PostgreSQL database. Under load on both, one node is killed with SIGKILL and started again;
// every acknowledged delivery is then stored exactly once with the name of the node that took it,
// and the console, which has no capture server of its own, showed them live.
#include "headlessprocess.h"
#include "postgrescluster.h"
#include "rawhttpclient.h"

#include "gui/mainwindow.h"
#include "models/deliverylistmodel.h"
#include "providers/deliveryanalyzer.h"
#include "providers/providercatalog.h"
#include "store/deliverystore.h"
#include "store/storewatcher.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

// Keep-alive connections to one node, each sending its next delivery when the last is answered.
// The body of each delivery is a marker naming the node and a number, so the store can be
// checked against what was acknowledged.
class NodeLoad
{
public:
    NodeLoad(const QByteArray &name, quint16 port, int connections) : m_name(name)
    {
        for (int c = 0; c < connections; ++c)
            m_clients.append(std::make_shared<RawHttpClient>(port));
    }

    bool connect()
    {
        for (const auto &client : std::as_const(m_clients)) {
            if (!client->waitConnected())
                return false;
        }
        m_answered = QList<qsizetype>(m_clients.size(), 0);
        m_markers = QList<QByteArray>(m_clients.size());
        for (int c = 0; c < m_clients.size(); ++c)
            sendNext(c);
        return true;
    }

    // Takes the answers that came; true while the node is answering at all.
    void collect()
    {
        for (int c = 0; c < m_clients.size(); ++c) {
            const QList<QByteArray> responses = m_clients[c]->responses();
            if (responses.size() <= m_answered[c])
                continue;
            m_answered[c] = responses.size();
            if (RawHttpClient::statusOf(responses.last()) / 100 == 2)
                m_acknowledged.insert(m_markers[c]);
            sendNext(c);
        }
    }

    void stop() { m_clients.clear(); }
    const QSet<QByteArray> &acknowledged() const { return m_acknowledged; }

private:
    void sendNext(int connection)
    {
        const QByteArray marker = m_name + "-" + QByteArray::number(m_sent++);
        m_markers[connection] = marker;
        m_clients[connection]->send("POST /team/load HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: "
                                    + QByteArray::number(marker.size()) + "\r\n\r\n" + marker);
    }

    QByteArray m_name;
    QList<std::shared_ptr<RawHttpClient>> m_clients;
    QList<qsizetype> m_answered;
    QList<QByteArray> m_markers;
    QSet<QByteArray> m_acknowledged;
    int m_sent = 0;
};

} // namespace

class TestTeamMode : public QObject
{
    Q_OBJECT

private:
    PostgresCluster m_cluster;
    QString m_url;

    QStringList nodeArguments(const QString &node) const
    {
        return { u"--store"_s, m_url, u"--node"_s, node };
    }

private slots:
    void initTestCase()
    {
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
            if (PostgresCluster::required())
                QFAIL("Qt's PostgreSQL driver (libqt6sql6-psql) is missing");
            QSKIP("Qt's PostgreSQL driver (libqt6sql6-psql) is missing");
        }
        HOOKSCOPE_START_POSTGRES(m_cluster);
        QString error;
        m_url = m_cluster.createDatabase(u"team"_s, &error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    }

    void twoNodesAndAConsoleShareOneStore()
    {
        QTemporaryDir dir;
        const QString alphaDir = dir.filePath(u"alpha"_s);
        const QString betaDir = dir.filePath(u"beta"_s);
        auto alpha = std::make_unique<HeadlessProcess>();
        HeadlessProcess beta;
        QVERIFY(alpha->start(alphaDir, nodeArguments(u"alpha"_s)));
        QVERIFY(beta.start(betaDir, nodeArguments(u"beta"_s)));

        // A console with no capture server of its own: all it shows comes through the store.
        StoreOptions shared;
        shared.serverUrl = m_url;
        shared.databasePath = dir.filePath(u"console/deliveries.sqlite"_s);
        shared.node = u"console"_s;
        auto analyzer = std::make_shared<const DeliveryAnalyzer>(ProviderCatalog::loadDefault(), QList<Endpoint>());
        MainWindow window(nullptr, shared, analyzer, QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DeliveryListModel *list = window.deliveryModel();
        QCOMPARE(list->totalStored(), 0);

        // Load on both; alpha is killed once it has acknowledged kKillAfter and started again on
        // the same data directory. Bounded: 60 s, and at most kEnough acknowledged per node.
        constexpr int kKillAfter = 300;
        constexpr int kEnough = 700;
        NodeLoad alphaLoad("alpha", alpha->port(), 4);
        NodeLoad betaLoad("beta", beta.port(), 4);
        QVERIFY(alphaLoad.connect());
        QVERIFY(betaLoad.connect());
        QSet<QByteArray> acknowledgedBeforeKill;
        std::unique_ptr<NodeLoad> restartedLoad;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (!restartedLoad) {
                alphaLoad.collect();
                if (alphaLoad.acknowledged().size() >= kKillAfter) {
                    alpha->process().kill();
                    alpha->process().waitForFinished(5000);
                    acknowledgedBeforeKill = alphaLoad.acknowledged();
                    alphaLoad.stop();
                    alpha = std::make_unique<HeadlessProcess>();
                    QVERIFY(alpha->start(alphaDir, nodeArguments(u"alpha"_s)));
                    restartedLoad = std::make_unique<NodeLoad>("alpha-again", alpha->port(), 4);
                    QVERIFY(restartedLoad->connect());
                }
            } else {
                restartedLoad->collect();
            }
            if (betaLoad.acknowledged().size() < kEnough)
                betaLoad.collect();
            if (restartedLoad && restartedLoad->acknowledged().size() >= kEnough - kKillAfter
                && betaLoad.acknowledged().size() >= kEnough)
                break;
        }
        QVERIFY(restartedLoad);
        betaLoad.stop();
        restartedLoad->stop();
        QVERIFY(alpha->terminate());
        QVERIFY(beta.terminate());

        QHash<QByteArray, QString> nodeOf;
        for (const QByteArray &marker : acknowledgedBeforeKill + restartedLoad->acknowledged())
            nodeOf.insert(marker, u"alpha"_s);
        for (const QByteArray &marker : betaLoad.acknowledged())
            nodeOf.insert(marker, u"beta"_s);

        DeliveryStore reader;
        QVERIFY2(reader.open(shared), qPrintable(reader.lastError()));
        QHash<QByteArray, int> stored;
        qint64 previousId = 0;
        bool labelsRight = true;
        QVERIFY(reader.forEach({}, [&](const Delivery &delivery) {
            stored[delivery.body] += 1;
            labelsRight = labelsRight && delivery.id > previousId
                    && (!nodeOf.contains(delivery.body) || nodeOf.value(delivery.body) == delivery.node);
            previousId = delivery.id;
            return true;
        }));
        QVERIFY2(labelsRight, "a delivery is stored out of id order or under another node's name");
        int lost = 0;
        for (auto it = nodeOf.cbegin(); it != nodeOf.cend(); ++it)
            lost += stored.value(it.key()) == 0 ? 1 : 0;
        int twice = 0;
        for (const int times : std::as_const(stored))
            twice += times > 1 ? 1 : 0;
        qInfo("acknowledged %lld (alpha %lld before SIGKILL, %lld after its restart; beta %lld), "
              "stored %lld, lost %d, stored twice %d",
              qint64(nodeOf.size()), qint64(acknowledgedBeforeKill.size()),
              qint64(restartedLoad->acknowledged().size()), qint64(betaLoad.acknowledged().size()),
              qint64(stored.size()), lost, twice);
        QCOMPARE(lost, 0);
        QCOMPARE(twice, 0);
        QVERIFY(nodeOf.size() >= 2 * kEnough);

        // An export keeps each delivery's node; an import into a laptop's own store keeps it too.
        const QString exported = dir.filePath(u"team.ndjson"_s);
        QCOMPARE(runHookscope({ u"export"_s, u"--data-dir"_s, dir.filePath(u"exporter"_s), u"--store"_s,
                                m_url, u"--format"_s, u"ndjson"_s, u"-o"_s, exported }),
                 0);
        const QString laptop = dir.filePath(u"laptop"_s);
        QCOMPARE(runHookscope({ u"import"_s, u"--data-dir"_s, laptop, exported }), 0);
        DeliveryStore imported;
        QVERIFY(imported.open(StoreOptions::file(laptop + u"/deliveries.sqlite"_s)));
        QHash<QString, int> importedPerNode;
        QVERIFY(imported.forEach({}, [&](const Delivery &delivery) {
            importedPerNode[delivery.node] += 1;
            return true;
        }));
        QCOMPARE(importedPerNode.value(u"alpha"_s) + importedPerNode.value(u"beta"_s), int(stored.size()));
        QVERIFY(importedPerNode.value(u"alpha"_s) > 0 && importedPerNode.value(u"beta"_s) > 0);

        // The console learnt of them from the store's notifications (it polls nothing).
        QTRY_COMPARE_WITH_TIMEOUT(list->totalStored(), qint64(stored.size()), 20000);
        QTRY_VERIFY(list->rowCount() > 0);
        const auto *listView = window.findChild<QTableView *>(u"deliveryList"_s);
        QVERIFY(listView);
        QVERIFY(!listView->isColumnHidden(DeliveryListModel::Node));
        const QString newestNode = list->index(0, DeliveryListModel::Node).data().toString();
        QVERIFY2(newestNode == u"alpha"_s || newestNode == u"beta"_s, qPrintable(newestNode));
    }

    void aWatcherHearsOfDeliveriesAndRemovals()
    {
        StoreOptions shared;
        shared.serverUrl = m_url;
        StoreWatcher watcher;
        QString error;
        QVERIFY2(watcher.start(shared, &error), qPrintable(error));
        QVERIFY(watcher.isWatching());
        QList<qint64> stored;
        QList<qint64> removed;
        connect(&watcher, &StoreWatcher::deliveriesStored, this, [&](qint64 id) { stored.append(id); });
        connect(&watcher, &StoreWatcher::deliveriesRemoved, this, [&](qint64 count) { removed.append(count); });

        DeliveryStore writer;
        QVERIFY2(writer.open(shared), qPrintable(writer.lastError()));
        Delivery delivery;
        delivery.receivedAtNs = 1'763'900'000'000'000'000LL;
        delivery.method = "POST";
        delivery.target = "/team/watch";
        QList<Delivery> batch = { delivery, delivery };
        QVERIFY2(writer.append(batch), qPrintable(writer.lastError()));
        QTRY_COMPARE(stored, QList<qint64> { batch.last().id });
        RemovalScope these;
        these.throughId = batch.last().id;
        these.receivedBeforeNs = delivery.receivedAtNs + 1;
        QCOMPARE(writer.remove(these, 100), 2);
        QTRY_COMPARE(removed, QList<qint64> { 2 });
    }
};

QTEST_MAIN(TestTeamMode)
#include "tst_teammode.moc"
