// Removing deliveries from the store: by scope (clearing an endpoint or provider), by retention
// (the newest N, the last N days), each in bounded batches, with payloads, events, the text index
// and the running totals agreeing with a recount afterwards; ids never given twice; and a restart
// does not bring pruned deliveries back from the journal.
#include "storebackends.h"

#include "store/deliveryindexer.h"
#include "store/deliveryjournal.h"
#include "store/deliverystore.h"
#include "store/storeconsistency.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <numeric>
#include <random>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60LL * 1'000'000'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kBase = 1'763'900'000'000'000'000LL;

// A word that only delivery n has, for the text index.
QByteArray wordOf(int n)
{
    return "unique" + QByteArray::number(n) + "word";
}

// Deliveries that touch every derived table differently: endpoints and providers (some empty),
// none to several events (a type repeated in a batch), answers and signatures that the minute
// totals count, decrypted and binary bodies, and a body beyond what the text index reads.
Delivery varied(int n)
{
    static const QString endpoints[] = { u"/a"_s, u"/b"_s, QString() };
    static const QString providers[] = { u"enad"_s, u"smarterpay"_s, QString() };
    static const QStringList types[] = { {}, { u"x.created"_s }, { u"x.created"_s, u"x.updated"_s, u"x.created"_s },
                                         { u"y.deleted"_s } };
    Delivery delivery;
    delivery.receivedAtNs = kBase + (n % 5) * kMinute + n;
    delivery.method = n % 4 == 0 ? "PUT" : "POST";
    delivery.target = "/" + QByteArray::number(n) + "?q=caf%C3%A9";
    delivery.httpVersion = "HTTP/1.1";
    delivery.headers = { { "Host", "h" }, { "X-Word", wordOf(n) }, { "X-Accent", "Ümlaut café" } };
    delivery.body = R"({"n":)" + QByteArray::number(n) + R"(,"text":"Zürich)" + QByteArray::number(n) + "\"}";
    if (n % 9 == 0)
        delivery.body = QByteArray("\x00\x01 binary ", 10) + wordOf(n);
    if (n % 11 == 0)
        delivery.decryptedBody = "decrypted " + wordOf(n);
    if (n == 13)
        delivery.body = QByteArray(70 * 1024, 'a') + " beyond the indexed head";
    delivery.peerAddress = u"127.0.0.1"_s;
    delivery.response.status = n % 3 == 0 ? 500 : n % 3 == 1 ? 200 : 204;
    delivery.classification.endpoint = endpoints[n % 3];
    delivery.classification.provider = providers[(n / 3) % 3];
    delivery.classification.eventTypes = types[n % 4];
    delivery.classification.signature = n % 5 == 0 ? u"invalid"_s : u"valid"_s;
    return delivery;
}

QList<Delivery> deliveries(int from, int count, const std::function<Delivery(int)> &make = varied)
{
    QList<Delivery> list;
    for (int n = from; n < from + count; ++n)
        list.append(make(n));
    return list;
}

qint64 matching(DeliveryStore &store, const QString &text)
{
    DeliveryFilter filter;
    filter.text = text;
    return store.count(filter);
}

// Runs removal batches (each returning how many it removed) until none is left; every batch
// within the limit. The total, or -1.
qint64 untilNoneLeft(const std::function<qint64()> &batch, int limit)
{
    qint64 total = 0;
    for (int guard = 0; guard < 10'000; ++guard) {
        const qint64 removed = batch();
        if (removed < 0 || removed > limit)
            return -1;
        if (removed == 0)
            return total;
        total += removed;
    }
    return -1;
}

qint64 removeAll(DeliveryStore &store, const RemovalScope &scope, int limit)
{
    return untilNoneLeft([&] { return store.remove(scope, limit); }, limit);
}

qint64 pruneAll(DeliveryStore &store, const RetentionPolicy &policy, qint64 now, int limit)
{
    return untilNoneLeft([&] { return store.prune(policy, now, limit); }, limit);
}

QList<qint64> storedIds(DeliveryStore &store)
{
    QList<qint64> ids;
    store.forEach({}, [&](const Delivery &delivery) {
        ids.append(delivery.id);
        return true;
    });
    return ids;
}

} // namespace

class TestStoreRemoval : public QObject
{
    Q_OBJECT
public:
    explicit TestStoreRemoval(StoreBackendUnderTest &backend) : m_backend(backend) { }

private:
    StoreBackendUnderTest &m_backend;
    QTemporaryDir m_dir;

    StoreOptions options(const QString &name) const { return m_backend.options(name); }

private slots:
    void clearingAnEndpointTakesEverythingDerived()
    {
        const StoreOptions where = options(u"clear.sqlite"_s);
        DeliveryStore store;
        QVERIFY2(store.open(where), qPrintable(store.lastError()));
        QList<Delivery> batch = deliveries(0, 90);
        QVERIFY2(store.append(batch), qPrintable(store.lastError()));
        QVERIFY2(StoreConsistency::problems(where).isEmpty(), qPrintable(StoreConsistency::problems(where).join(u'\n')));

        RemovalScope endpointA;
        endpointA.endpoint = u"/a"_s;
        endpointA.throughId = store.lastId();
        QCOMPARE(removeAll(store, endpointA, 7), 30);
        QVERIFY2(StoreConsistency::problems(where).isEmpty(), qPrintable(StoreConsistency::problems(where).join(u'\n')));
        DeliveryFilter a;
        a.endpoint = u"/a"_s;
        QCOMPARE(store.count(a), 0);
        QCOMPARE(store.count({}), 60);
        QCOMPARE(matching(store, QString::fromUtf8(wordOf(0))), 0);  // was /a
        QCOMPARE(matching(store, QString::fromUtf8(wordOf(1))), 1);  // /b stays
        QCOMPARE(matching(store, QString::fromUtf8(wordOf(33))), 0); // /a, decrypted body
        QCOMPARE(matching(store, QString::fromUtf8(wordOf(22))), 1); // /b, decrypted body
        for (const FacetCount &facet : store.facetCounts())
            QVERIFY(facet.endpoint != u"/a"_s);

        // "" is "no endpoint" and "unrecognised", not "any".
        RemovalScope unnamed;
        unnamed.endpoint = QString();
        unnamed.provider = QString();
        const qint64 before = store.count({});
        qint64 expected = 0;
        for (int n = 0; n < 90; ++n) {
            const Delivery d = varied(n);
            expected += d.classification.endpoint.isEmpty() && d.classification.provider.isEmpty() ? 1 : 0;
        }
        QVERIFY(expected > 0);
        QCOMPARE(removeAll(store, unnamed, 500), expected);
        QCOMPARE(store.count({}), before - expected);
        QVERIFY2(StoreConsistency::problems(where).isEmpty(), qPrintable(StoreConsistency::problems(where).join(u'\n')));

        // What arrives after a clear was asked for is not part of it.
        RemovalScope everything;
        everything.throughId = store.lastId();
        QList<Delivery> later = deliveries(200, 3);
        QVERIFY(store.append(later));
        QCOMPARE(removeAll(store, everything, 10), before - expected);
        QCOMPARE(store.count({}), 3);
        QVERIFY2(StoreConsistency::problems(where).isEmpty(), qPrintable(StoreConsistency::problems(where).join(u'\n')));
    }

    void retentionKeepsTheNewestN()
    {
        const StoreOptions where = options(u"last.sqlite"_s);
        DeliveryStore store;
        QVERIFY(store.open(where));
        QList<Delivery> batch = deliveries(0, 1200);
        QVERIFY(store.append(batch));
        const qint64 firstKept = batch.at(200).id;
        RetentionPolicy policy;
        policy.keepLast = 1000;
        QCOMPARE(store.prune(policy, kBase, 150), 150); // bounded
        QCOMPARE(pruneAll(store, policy, kBase, 150), 50);
        const QList<qint64> ids = storedIds(store);
        QCOMPARE(ids.size(), 1000);
        QCOMPARE(ids.first(), firstKept);
        QCOMPARE(ids.last(), batch.last().id);
        QVERIFY2(StoreConsistency::problems(where).isEmpty(), qPrintable(StoreConsistency::problems(where).join(u'\n')));
        QCOMPARE(store.prune(policy, kBase, 150), 0);
    }

    void retentionKeepsTheLastDays()
    {
        const StoreOptions where = options(u"days.sqlite"_s);
        DeliveryStore store;
        QVERIFY(store.open(where));
        const qint64 now = kBase + 30 * 24 * kHour;
        // Twenty deliveries half a day apart, stored out of time order (as imports are).
        QList<int> order(20);
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), std::mt19937(7));
        QList<Delivery> batch;
        for (int k : std::as_const(order)) {
            Delivery delivery = varied(k);
            delivery.receivedAtNs = now - k * 12 * kHour - kMinute;
            batch.append(delivery);
        }
        QVERIFY(store.append(batch));
        RetentionPolicy policy;
        policy.keepDays = 3;
        QCOMPARE(pruneAll(store, policy, now, 4), 14); // received in the last 72 hours: k < 6
        QSet<qint64> expected;
        for (const Delivery &delivery : std::as_const(batch)) {
            if (delivery.receivedAtNs >= now - 72 * kHour)
                expected.insert(delivery.id);
        }
        const QList<qint64> kept = storedIds(store);
        QCOMPARE(QSet<qint64>(kept.begin(), kept.end()), expected);
        QVERIFY2(StoreConsistency::problems(where).isEmpty(), qPrintable(StoreConsistency::problems(where).join(u'\n')));

        // Both limits: the stricter one wins.
        policy.keepLast = 2;
        QCOMPARE(pruneAll(store, policy, now, 100), 4);
        QCOMPARE(store.count({}), 2);
        QVERIFY2(StoreConsistency::problems(where).isEmpty(), qPrintable(StoreConsistency::problems(where).join(u'\n')));
    }

    void idsAreNeverGivenTwice()
    {
        const StoreOptions where = options(u"ids.sqlite"_s);
        qint64 highest = 0;
        {
            DeliveryStore store;
            QVERIFY(store.open(where));
            QList<Delivery> batch = deliveries(0, 5);
            QVERIFY(store.append(batch));
            highest = batch.last().id;
            QCOMPARE(removeAll(store, RemovalScope(), 2), 5);
            QCOMPARE(store.lastId(), 0);
        }
        DeliveryStore reopened;
        QVERIFY(reopened.open(where));
        QList<Delivery> next = deliveries(10, 2);
        QVERIFY(reopened.append(next));
        QCOMPARE(next.first().id, highest + 1);
        QCOMPARE(next.last().id, highest + 2);
    }

    void theCheckFindsWhatDisagrees_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("problem");
        QTest::newRow("facet") << u"UPDATE facet_counts SET count = count + 1 WHERE event_type = ''"_s
                               << u"facet_counts"_s;
        QTest::newRow("minute") << u"DELETE FROM minute_counts WHERE event_type <> ''"_s << u"minute_counts"_s;
        QTest::newRow("payload") << u"DELETE FROM delivery_payloads WHERE delivery_id = 2"_s
                                 << u"deliveries without a payload"_s;
        // PostgreSQL would cascade the delivery's removal to its words, unless told not to.
        QTest::newRow("text left behind")
                << (m_backend.isPostgres() ? u"SET session_replication_role = replica; "_s : QString())
                        + u"DELETE FROM deliveries WHERE id = 3; DELETE FROM delivery_payloads WHERE delivery_id = 3"_s
                << u"delivery_text"_s;
    }

    void theCheckFindsWhatDisagrees()
    {
        QFETCH(QString, damage);
        QFETCH(QString, problem);
        const StoreOptions where = options(u"damaged-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
        {
            DeliveryStore store;
            QVERIFY(store.open(where));
            QList<Delivery> batch = deliveries(0, 6);
            QVERIFY(store.append(batch));
        }
        QString error;
        QVERIFY2(StoreBackendUnderTest::execute(where, damage.split(u"; "_s), &error), qPrintable(error));
        const QStringList problems = StoreConsistency::problems(where);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
    }

    void prunedDeliveriesStayGoneAfterARestart()
    {
        const StoreOptions where = options(u"restart.sqlite"_s);
        const QString journalDirectory = m_dir.filePath(u"journal"_s);
        {
            DeliveryJournal journal;
            QVERIFY(journal.open({ journalDirectory, false, 64 * 1024 * 1024 }, 0));
            QList<Delivery> batch = deliveries(0, 50);
            QVERIFY(journal.append(batch));
        }
        quint64 lastIndexed = 0;
        {
            DeliveryIndexer indexer;
            QCOMPARE(indexer.open(where, journalDirectory, &lastIndexed), QString());
            DeliveryStore reader;
            QVERIFY(reader.open(where));
            QTRY_COMPARE(reader.count({}), 50);
            // The indexer emits on its own thread; a receiver living here gets them queued (a
            // QSignalSpy would record them on that thread while this one reads it).
            QObject here;
            qint64 removed = 0;
            connect(&indexer, &DeliveryIndexer::deliveriesRemoved, &here,
                    [&removed](qint64 count) { removed += count; });
            indexer.setRetention({ 10, 0 });
            QTRY_COMPARE(reader.count({}), 10);
            QTRY_COMPARE(removed, 40);

            QList<std::pair<qint64, QString>> finished;
            connect(&indexer, &DeliveryIndexer::removalFinished, &here,
                    [&finished](qint64 count, const QString &error) { finished.append({ count, error }); });
            RemovalScope endpointB;
            endpointB.endpoint = u"/b"_s;
            indexer.remove(endpointB);
            QTRY_COMPARE(finished.size(), 1);
            QVERIFY(finished.first().first > 0);
            QCOMPARE(finished.first().second, QString());
            indexer.close();
        }
        // The journal still holds all fifty; the store says they are indexed, so none returns.
        QString error;
        int journaled = 0;
        QVERIFY(DeliveryJournal::replay(journalDirectory, 0, [&](Delivery &&) { ++journaled; }, &error));
        QCOMPARE(journaled, 50);
        DeliveryStore before;
        QVERIFY(before.open(where));
        const QList<qint64> kept = storedIds(before);
        before.close();
        {
            DeliveryIndexer indexer;
            QCOMPARE(indexer.open(where, journalDirectory, &lastIndexed), QString());
            indexer.close();
        }
        DeliveryStore after;
        QVERIFY(after.open(where));
        QCOMPARE(storedIds(after), kept);
        QVERIFY(kept.size() < 10);
        QVERIFY2(StoreConsistency::problems(where).isEmpty(), qPrintable(StoreConsistency::problems(where).join(u'\n')));
    }
};

HOOKSCOPE_STORE_TEST_MAIN(TestStoreRemoval)
#include "tst_storeremoval.moc"
