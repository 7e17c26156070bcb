#include "storebackends.h"

#include "store/deliverystore.h"
#include "store/storeschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

Delivery makeDelivery(int n, const QString &provider = {}, const QStringList &eventTypes = {})
{
    Delivery delivery;
    delivery.receivedAtNs = 1'700'000'000'000'000'000LL + n;
    delivery.method = "POST";
    delivery.target = "/hook/" + QByteArray::number(n) + "?q=" + QByteArray::number(n);
    delivery.httpVersion = "HTTP/1.1";
    delivery.headers = { { "Host", "127.0.0.1" },
                         { "Content-Type", "application/json" },
                         { "X-Seq", QByteArray::number(n) } };
    delivery.body = R"({"n":)" + QByteArray::number(n) + "}";
    delivery.peerAddress = u"127.0.0.1"_s;
    delivery.peerPort = quint16(40000 + n);
    delivery.response.status = 200;
    delivery.response.headers = { { "Content-Type", "application/json" } };
    delivery.response.body = "{}";
    delivery.declaredBodyBytes = delivery.body.size();
    delivery.classification.provider = provider;
    delivery.classification.eventTypes = eventTypes;
    return delivery;
}

} // namespace

class TestDeliveryStore : public QObject
{
    Q_OBJECT
public:
    explicit TestDeliveryStore(StoreBackendUnderTest &backend) : m_backend(backend) { }

private:
    StoreBackendUnderTest &m_backend;
    StoreOptions options(const QString &name) const { return m_backend.options(name); }


private slots:
    void roundTripsEveryByte()
    {
        DeliveryStore store;
        QVERIFY2(store.open(options(u"roundtrip.sqlite"_s)), qPrintable(store.lastError()));
        Delivery binary = makeDelivery(1);
        binary.body = QByteArray("\x00\x01\xff\xfe binary \x00", 13);
        binary.headers.append(HttpHeader{ "X-Latin-1", "caf\xe9" });
        binary.headers.append(HttpHeader{ "x-dup", "a" });
        binary.headers.append(HttpHeader{ "X-DUP", "b" });
        binary.target = "/caf\xe9?x=%00";
        binary.method = "BREW";
        QList<Delivery> batch = { binary, makeDelivery(2) };
        QVERIFY2(store.append(batch), qPrintable(store.lastError()));
        QVERIFY(batch.at(0).id > 0);
        QCOMPARE(batch.at(1).id, batch.at(0).id + 1);

        const std::optional<Delivery> loaded = store.load(batch.at(0).id);
        QVERIFY(loaded);
        QCOMPARE(loaded->body, binary.body);
        QCOMPARE(loaded->headers, binary.headers);
        QCOMPARE(loaded->target, binary.target);
        QCOMPARE(loaded->method, binary.method);
        QCOMPARE(loaded->receivedAtNs, binary.receivedAtNs);
        QCOMPARE(loaded->peerPort, binary.peerPort);
        QCOMPARE(loaded->response.status, 200);
        QCOMPARE(loaded->response.body, QByteArray("{}"));
        QVERIFY(!store.load(9999));
    }

    void storesDeliveriesWithGapsInWhatWasDerived()
    {
        // An event whose type the delivery does not tell, and a record with nothing but a time.
        DeliveryStore store;
        QVERIFY(store.open(options(u"gaps.sqlite"_s)));
        Delivery untyped = makeDelivery(1, u"github"_s, { QString(), u"push"_s });
        Delivery bare;
        bare.receivedAtNs = 1;
        QList<Delivery> batch = { untyped, bare };
        QVERIFY2(store.append(batch), qPrintable(store.lastError()));
        QCOMPARE(store.count({}), 2);
        QCOMPARE(store.load(batch.first().id)->classification.eventTypes.size(), 2);
    }

    void emptyBodiesStayEmpty()
    {
        DeliveryStore store;
        QVERIFY(store.open(options(u"empty.sqlite"_s)));
        Delivery empty = makeDelivery(1);
        empty.body.clear();
        empty.response.body.clear();
        empty.headers.clear();
        QList<Delivery> batch = { empty };
        QVERIFY2(store.append(batch), qPrintable(store.lastError()));
        const std::optional<Delivery> loaded = store.load(batch.first().id);
        QVERIFY(loaded);
        QVERIFY(loaded->body.isEmpty());
        QVERIFY(loaded->headers.isEmpty());
    }

    void pagesNewestFirstByKeyset()
    {
        DeliveryStore store;
        QVERIFY(store.open(options(u"paging.sqlite"_s)));
        QList<Delivery> batch;
        for (int n = 1; n <= 25; ++n)
            batch.append(makeDelivery(n));
        QVERIFY(store.append(batch));

        QList<qint64> seen;
        qint64 before = 0;
        for (;;) {
            const QList<DeliverySummary> page = store.page({}, before, 10);
            if (page.isEmpty())
                break;
            for (const DeliverySummary &row : page)
                seen.append(row.id);
            before = page.constLast().id;
        }
        QCOMPARE(seen.size(), 25);
        QVERIFY(std::is_sorted(seen.rbegin(), seen.rend()));
        QCOMPARE(store.lastId(), batch.constLast().id);

        const QList<DeliverySummary> after = store.summariesAfter({}, batch.at(19).id, 100);
        QCOMPARE(after.size(), 5);
        QCOMPARE(after.first().id, batch.at(20).id);
        QCOMPARE(after.first().target, batch.at(20).target);
        QCOMPARE(after.first().contentType, u"application/json"_s);
    }

    void filtersByFacetAndText()
    {
        DeliveryStore store;
        QVERIFY(store.open(options(u"filter.sqlite"_s)));
        QList<Delivery> batch = {
            makeDelivery(1, u"enad"_s, { u"organisations.created"_s }),
            makeDelivery(2, u"smarterpay"_s,
                         { u"customer_account.create"_s, u"customer_account.update"_s }),
            makeDelivery(3, u"smarterpay"_s, { u"customer_account.update"_s }),
            makeDelivery(4),
        };
        batch[3].body = "needle_in_body";
        QVERIFY(store.append(batch));

        DeliveryFilter filter;
        filter.provider = u"smarterpay"_s;
        QCOMPARE(store.count(filter), 2);
        filter = {};
        filter.eventType = u"customer_account.update"_s;
        QCOMPARE(store.count(filter), 2);
        filter.eventType = u"customer_account.create"_s;
        const QList<DeliverySummary> rows = store.page(filter, 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().eventTypes,
                 QStringList({ u"customer_account.create"_s, u"customer_account.update"_s }));
        filter = {};
        filter.text = u"needle_in"_s;
        QCOMPARE(store.count(filter), 1);
        filter.text = u"X-Seq: 3"_s;
        QCOMPARE(store.count(filter), 1);
        filter.text = u"100%_"_s; // LIKE wildcards are taken literally
        QCOMPARE(store.count(filter), 0);
        QCOMPARE(store.count({}), 4);
    }

    void searchesWordsAndFacets()
    {
        DeliveryStore store;
        QVERIFY(store.open(options(u"words.sqlite"_s)));
        QList<Delivery> batch = { makeDelivery(1), makeDelivery(2), makeDelivery(3) };
        batch[0].body = R"({"email":"james.hetfield@email.com","name":"Sjöberg"})";
        batch[1].body = QByteArray("\x00\x01binary hetfield", 17);
        batch[1].response.status = 500;
        batch[2].classification.signature = u"invalid"_s;
        batch[2].method = "PUT";
        QVERIFY(store.append(batch));
        DeliveryFilter filter;
        for (const QString &text : { u"hetfield@email"_s, u"HETFIELD"_s, u"hetf"_s, u"sjoberg"_s,
                                     u"email.com james"_s }) {
            filter.text = text;
            QCOMPARE(store.count(filter), 1);
        }
        filter.text = u"\"*) OR (\""_s; // FTS syntax is taken as words, not as a query
        QCOMPARE(store.count(filter), 0);
        filter = {};
        filter.responseStatus = 500;
        QCOMPARE(store.count(filter), 1);
        filter = {};
        filter.signature = u"invalid"_s;
        QCOMPARE(store.page(filter, 0, 10).first().id, batch[2].id);
        filter = {};
        filter.method = u"PUT"_s;
        QCOMPARE(store.count(filter), 1);
    }

    void countsFacetsAndTime()
    {
        DeliveryStore store;
        QVERIFY(store.open(options(u"facets.sqlite"_s)));
        QList<Delivery> batch = {
            makeDelivery(1, u"smarterpay"_s, { u"customer_account.create"_s, u"customer_account.create"_s,
                                               u"customer_account.update"_s }),
            makeDelivery(2, u"smarterpay"_s, { u"customer_account.update"_s }),
            makeDelivery(3, u"enad"_s, { u"organisations.created"_s }),
        };
        batch[0].classification.endpoint = u"/sp"_s;
        batch[1].classification.endpoint = u"/sp"_s;
        batch[1].response.status = 498;
        batch[1].receivedAtNs += 2'000'000'000; // two seconds later
        QVERIFY(store.append(batch));
        QHash<QString, qint64> counts;
        for (const FacetCount &facet : store.facetCounts())
            counts.insert(facet.endpoint + u"|"_s + facet.provider + u"|"_s + facet.eventType, facet.count);
        QCOMPARE(counts.value(u"/sp|smarterpay|"_s), 2);
        QCOMPARE(counts.value(u"/sp|smarterpay|customer_account.create"_s), 2);
        QCOMPARE(counts.value(u"/sp|smarterpay|customer_account.update"_s), 2);
        QCOMPARE(counts.value(u"|enad|"_s), 1);
        QCOMPARE(store.facetCounts(batch[1].id).size(), 2); // only what came after

        const QPair<qint64, qint64> range = store.timeRange();
        QCOMPARE(range.first, batch[0].receivedAtNs);
        QCOMPARE(range.second, batch[1].receivedAtNs);
        const QList<TimeBucket> buckets = store.histogram({}, range.first, range.second + 1, 1'000'000'000);
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(buckets.at(0).deliveries, 2);
        QCOMPARE(buckets.at(1).deliveries, 1);
        QCOMPARE(buckets.at(1).notSuccessful, 1);
        QCOMPARE(buckets.at(1).startNs, range.first + 2'000'000'000);

        // Minute buckets come from the running totals and agree with counting the rows.
        const qint64 minute = 60'000'000'000LL;
        const qint64 origin = range.first - range.first % minute;
        const QList<TimeBucket> minutes = store.histogram({}, origin, range.second + 1, minute);
        QCOMPARE(minutes.size(), 1);
        QCOMPARE(minutes.first().deliveries, 3);
        QCOMPARE(minutes.first().notSuccessful, 1);
        qint64 events = 0;
        for (const auto &type : minutes.first().eventTypes)
            events += type.second;
        QCOMPARE(events, 5);
        DeliveryFilter onlyEnad;
        onlyEnad.provider = u"enad"_s;
        QCOMPARE(store.histogram(onlyEnad, origin, range.second + 1, minute).first().deliveries, 1);
    }

    void refusesANewerSchema()
    {
        {
            DeliveryStore store;
            QVERIFY(store.open(options(u"newer"_s)));
        }
        const int newer = StoreSchema::currentVersion() + 1;
        QString error;
        QVERIFY2(StoreBackendUnderTest::execute(
                         options(u"newer"_s),
                         { m_backend.isPostgres() ? u"UPDATE schema_version SET version = %1"_s.arg(newer)
                                                  : u"PRAGMA user_version = %1"_s.arg(newer) },
                         &error),
                 qPrintable(error));
        DeliveryStore store;
        QVERIFY(!store.open(options(u"newer"_s)));
        QVERIFY2(store.lastError().contains(u"newer Hookscope"_s), qPrintable(store.lastError()));
    }

    void aFullStoreStoresNothingOfTheBatch()
    {
        if (m_backend.isPostgres())
            QSKIP("a size limit is SQLite's max_page_count; a PostgreSQL server's disk is its own");
        StoreOptions limited = options(u"full.sqlite"_s);
        limited.maxSizeBytes = 256 * 1024;
        DeliveryStore store;
        QVERIFY(store.open(limited));
        QList<Delivery> small = { makeDelivery(1) };
        QVERIFY(store.append(small));
        QList<Delivery> big = { makeDelivery(2), makeDelivery(3) };
        big[1].body = QByteArray(1024 * 1024, 'x');
        QVERIFY(!store.append(big));
        QVERIFY2(store.lastError().contains(u"full"_s), qPrintable(store.lastError()));
        QCOMPARE(store.count({}), 1);
        QList<Delivery> again = { makeDelivery(4) };
        QVERIFY2(store.append(again), qPrintable(store.lastError()));
        QCOMPARE(store.count({}), 2);
    }

    void aReadOnlyStoreCannotAppend()
    {
        {
            DeliveryStore store;
            QVERIFY(store.open(options(u"readonly.sqlite"_s)));
            QList<Delivery> batch = { makeDelivery(1) };
            QVERIFY(store.append(batch));
        }
        StoreOptions readOnly = options(u"readonly.sqlite"_s);
        readOnly.readOnly = true;
        DeliveryStore store;
        QVERIFY2(store.open(readOnly), qPrintable(store.lastError()));
        QCOMPARE(store.count({}), 1);
        QList<Delivery> batch = { makeDelivery(2) };
        QVERIFY(!store.append(batch));
        QVERIFY(!store.lastError().isEmpty());
    }

    void survivesReopening()
    {
        qint64 id = 0;
        {
            DeliveryStore store;
            QVERIFY(store.open(options(u"reopen.sqlite"_s)));
            QList<Delivery> batch = { makeDelivery(7) };
            QVERIFY(store.append(batch));
            id = batch.first().id;
        }
        DeliveryStore store;
        QVERIFY(store.open(options(u"reopen.sqlite"_s)));
        QVERIFY(store.load(id));
        QCOMPARE(store.load(id)->body, makeDelivery(7).body);
    }

    void forEachVisitsInOrderAndStops()
    {
        DeliveryStore store;
        QVERIFY(store.open(options(u"foreach.sqlite"_s)));
        QList<Delivery> batch;
        for (int n = 1; n <= 600; ++n)
            batch.append(makeDelivery(n));
        QVERIFY(store.append(batch));
        QList<qint64> visited;
        QVERIFY(store.forEach({}, [&](const Delivery &delivery) {
            visited.append(delivery.id);
            return true;
        }));
        QCOMPARE(visited.size(), 600);
        QVERIFY(std::is_sorted(visited.begin(), visited.end()));
        int count = 0;
        QVERIFY(store.forEach({}, [&](const Delivery &) { return ++count < 10; }));
        QCOMPARE(count, 10);
    }
};

HOOKSCOPE_STORE_TEST_MAIN(TestDeliveryStore)
#include "tst_deliverystore.moc"
