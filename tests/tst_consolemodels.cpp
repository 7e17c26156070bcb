// The console's models over a real store: sidebar counts and the per-event-type table,
// each under QAbstractItemModelTester.
#include "gui/timelinecounts.h"
#include "models/deliverylistmodel.h"
#include "models/eventtablemodel.h"
#include "models/headerlistmodel.h"
#include "models/sidebarmodel.h"
#include "providers/providercatalog.h"
#include "providers/samplelibrary.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

Delivery delivery(const QString &provider, const QString &eventType, const QStringList &eventTypes,
                  const QString &endpoint = {})
{
    Delivery d;
    d.receivedAtNs = 1'763'900'000'000'000'000LL;
    d.method = "POST";
    d.target = "/" + provider.toUtf8();
    d.httpVersion = "HTTP/1.1";
    d.headers = { { "Content-Type", "application/json" } };
    d.body = SampleLibrary::body(provider, eventType);
    d.response.status = 200;
    d.classification = { endpoint, provider, eventTypes, u"unchecked"_s };
    return d;
}

// Buckets as comparable text: start, counts, and events per type in name order.
QStringList bucketTexts(const QList<TimeBucket> &buckets)
{
    QStringList texts;
    for (const TimeBucket &bucket : buckets) {
        QStringList types;
        for (const auto &[eventType, count] : bucket.eventTypes)
            types.append(eventType + u"="_s + QString::number(count));
        types.sort();
        texts.append(u"%1: %2 (%3 not 2xx, %4 invalid) %5"_s.arg(bucket.startNs).arg(bucket.deliveries)
                             .arg(bucket.notSuccessful).arg(bucket.invalidSignature).arg(types.join(u" "_s)));
    }
    return texts;
}

} // namespace

class TestConsoleModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DeliveryStore m_store;
    std::shared_ptr<const ProviderCatalog> m_catalog;

private slots:
    void initTestCase()
    {
        StoreOptions options;
        options.databasePath = m_dir.filePath(u"console.sqlite"_s);
        QVERIFY(m_store.open(options));
        m_catalog = ProviderCatalog::load({ ProviderCatalog::bundledDirectory() });
        // SmarterPay's sample is one delivery of three events.
        QList<Delivery> batch = {
            delivery(u"smarterpay"_s, u"customer_account.create"_s,
                     { u"customer_account.create"_s, u"customer_account.update"_s, u"customer_account.create"_s },
                     u"/smarterpay"_s),
            delivery(u"enad"_s, u"organisations.created"_s, { u"organisations.created"_s }, u"/enad"_s),
            delivery(u"willsuite"_s, u"customer.created"_s, { u"customer.created"_s }),
        };
        QVERIFY(m_store.append(batch));
    }

    void sidebarCountsEndpointsProvidersAndEventTypes()
    {
        SidebarModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetCounts(m_store.facetCounts());
        QCOMPARE(model.total(), 3);
        QCOMPARE(model.index(0, SidebarModel::Name).data().toString(), u"All deliveries"_s);
        QCOMPARE(model.rowCount(), 4); // all, (no endpoint), /enad, /smarterpay
        const QModelIndex smarterpay = model.index(3, 0);
        QCOMPARE(smarterpay.data().toString(), u"/smarterpay"_s);
        const QModelIndex provider = model.index(0, 0, smarterpay);
        QCOMPARE(provider.data(SidebarModel::ProviderRole).toString(), u"smarterpay"_s);
        QCOMPARE(model.rowCount(provider), 2);
        QCOMPARE(model.index(0, SidebarModel::Count, provider).data().toLongLong(), 2); // create: 2 events

        // Running totals: a new delivery adds to the counts and, where new, a row.
        QList<Delivery> more = { delivery(u"enad"_s, u"organisations.updated"_s, { u"organisations.updated"_s }, u"/enad"_s) };
        const qint64 last = m_store.lastId();
        QVERIFY(m_store.append(more));
        QVERIFY(m_store.facetCounts(last - 1, last).size() < m_store.facetCounts(last - 1).size());
        QVERIFY(m_store.facetCounts(last, last).isEmpty()); // stored after the id read: next time
        model.addCounts(m_store.facetCounts(last));
        QCOMPARE(model.total(), 4);
        const QModelIndex enadProvider = model.index(0, 0, model.index(2, 0));
        QCOMPARE(model.rowCount(enadProvider), 2);
        QCOMPARE(model.index(0, SidebarModel::Count, model.index(2, 0)).data().toLongLong(), 2);
    }

    void eventTableHasARowPerEventAndAColumnPerField()
    {
        EventTableModel model(&m_store, m_catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeliveryFilter filter;
        filter.eventType = u"customer_account.create"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2); // two create events in the one batch
        QCOMPARE(model.totalEvents(), 2);
        QCOMPARE(model.index(0, EventTableModel::EventIndex).data().toInt(), 0);
        QCOMPARE(model.index(1, EventTableModel::EventIndex).data().toInt(), 2);
        const int email = model.fields().indexOf(u"email"_s);
        const int clientId = model.fields().indexOf(u"client.id"_s);
        QVERIFY(email >= 0);
        QVERIFY(clientId >= 0);
        QCOMPARE(model.headerData(EventTableModel::FixedColumnCount + email, Qt::Horizontal).toString(), u"email"_s);
        QVERIFY(model.index(0, EventTableModel::FixedColumnCount + email).data().toString().contains(u'@'));
        QCOMPARE(model.index(1, 0).data(EventTableModel::EventPointerRole).toString(), u"/events/2"_s);
    }

    void eventTableMarksValuesThatFailTheSchema()
    {
        QByteArray body = SampleLibrary::body(u"willsuite"_s, u"customer.created"_s);
        body.replace("\"title\": \"Mr\"", "\"title\": 7");
        Delivery wrong = delivery(u"willsuite"_s, u"customer.created"_s, { u"customer.created"_s });
        wrong.body = body;
        QList<Delivery> batch = { wrong };
        QVERIFY(m_store.append(batch));
        EventTableModel model(&m_store, m_catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeliveryFilter filter;
        filter.eventType = u"customer.created"_s;
        filter.provider = u"willsuite"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        const int title = EventTableModel::FixedColumnCount + model.fields().indexOf(u"customer_data.title"_s);
        QVERIFY(title >= EventTableModel::FixedColumnCount);
        QCOMPARE(model.index(0, title).data().toString(), u"7"_s);
        QVERIFY(!model.index(0, title).data(EventTableModel::ViolationRole).toString().isEmpty());
        QVERIFY(model.index(1, title).data(EventTableModel::ViolationRole).toString().isEmpty());
        QCOMPARE(model.index(0, title).data(EventTableModel::FieldPointerRole).toString(), u"/customer_data/title"_s);
    }

    void headersKeepWireOrder()
    {
        HeaderListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHeaders({ { "Zeta", "1" }, { "alpha", "caf\xe9" } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"Zeta"_s);
        QCOMPARE(model.index(1, 1).data().toString(), u"café"_s);
    }

    // Live arrivals go to the top without copying the list; what is beyond the rows in use can
    // be let go and comes back as pages when scrolled to.
    void deliveryListPrependsLiveArrivalsAndLetsOldRowsGo()
    {
        DeliveryStore store;
        StoreOptions options;
        options.databasePath = m_dir.filePath(u"live.sqlite"_s);
        QVERIFY(store.open(options));
        const auto appendDeliveries = [&](int count) {
            QList<Delivery> batch;
            for (int n = 0; n < count; ++n)
                batch.append(delivery(u"enad"_s, u"organisations.created"_s, { u"organisations.created"_s }));
            return store.append(batch);
        };
        QVERIFY(appendDeliveries(300));
        DeliveryListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto idAt = [&](int row) { return model.index(row, 0).data(DeliveryListModel::DeliveryIdRole).toLongLong(); };
        while (model.canFetchMore({})) // the tester pages some in itself
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(idAt(0), 300);

        QVERIFY(appendDeliveries(250));
        model.refreshNow();
        QCOMPARE(model.rowCount(), 550);
        for (int row : { 0, 1, 249, 250, 549 })
            QCOMPARE(idAt(row), 550 - row);

        model.keepNewest(120);
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(idAt(119), 431);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 320);
        QCOMPARE(idAt(120), 430);
        QCOMPARE(idAt(319), 231);
        QCOMPARE(model.totalStored(), 550);
    }

    // The timeline counts only what arrived since it last looked, and still shows what the
    // store's histogram would: with late and out-of-window arrivals, coarser buckets as the
    // store ages, a window that moves on, another filter, finer buckets, and removals.
    void timelineCountsAddArrivalsAsTheHistogramCountsThem()
    {
        DeliveryStore store;
        StoreOptions options;
        options.databasePath = m_dir.filePath(u"timeline.sqlite"_s);
        QVERIFY(store.open(options));
        constexpr qint64 second = 1'000'000'000;
        const qint64 t0 = 1'763'900'010LL * second; // a multiple of 30 s
        const auto append = [&](std::initializer_list<std::pair<double, QString>> arrivals) {
            QList<Delivery> batch;
            for (const auto &[seconds, provider] : arrivals) {
                Delivery d = provider == u"smarterpay"_s
                        ? delivery(provider, u"customer_account.create"_s,
                                   { u"customer_account.create"_s, u"customer_account.update"_s })
                        : delivery(u"enad"_s, u"organisations.created"_s, { u"organisations.created"_s });
                d.receivedAtNs = t0 + qint64(seconds * double(second));
                d.response.status = seconds > 20 ? 500 : 200;
                d.classification.signature = seconds > 40 ? u"invalid"_s : u"valid"_s;
                batch.append(d);
            }
            return store.append(batch);
        };
        const qint64 to = t0 + 3600 * second;
        TimelineCounts counts(&store);
        const auto same = [&](const DeliveryFilter &filter, qint64 origin, qint64 width) {
            const QStringList kept = bucketTexts(counts.buckets(filter, origin, to, width));
            const QStringList counted = bucketTexts(store.histogram(filter, origin, to, width));
            if (kept != counted)
                qWarning() << "kept" << kept << "counted" << counted;
            return !kept.isEmpty() && kept == counted;
        };

        QVERIFY(append({ { 0.5, u"enad"_s }, { 1.2, u"smarterpay"_s }, { 7, u"enad"_s }, { 12, u"smarterpay"_s } }));
        QVERIFY(same({}, t0, second));
        QVERIFY(append({ { 1.7, u"smarterpay"_s }, { 31, u"enad"_s }, { 44, u"smarterpay"_s } }));
        QVERIFY(same({}, t0, second));
        for (qint64 width : { 5, 10, 30 })
            QVERIFY(same({}, t0, width * second));
        // An import of something older than the window, and the window moving on past a bucket.
        QVERIFY(append({ { -100, u"enad"_s }, { 59, u"enad"_s }, { 61, u"smarterpay"_s } }));
        QVERIFY(same({}, t0, 30 * second));
        QVERIFY(same({}, t0 + 30 * second, 30 * second));
        QVERIFY(append({ { 62, u"enad"_s } }));
        QVERIFY(same({}, t0 + 30 * second, 30 * second));
        // Before what is kept, finer, or filtered: counted again, and then added to.
        QVERIFY(same({}, t0, 30 * second));
        QVERIFY(same({}, t0, 5 * second));
        DeliveryFilter events;
        events.eventType = u"customer_account.update"_s;
        QVERIFY(same(events, t0, 5 * second));
        QVERIFY(append({ { 63, u"smarterpay"_s }, { 64, u"enad"_s } }));
        QVERIFY(same(events, t0, 5 * second));
        DeliveryFilter enad;
        enad.provider = u"enad"_s;
        QVERIFY(same(enad, t0, 5 * second));
        DeliveryFilter arrivedLater;
        arrivedLater.afterId = 4;
        arrivedLater.throughId = 9;
        QCOMPARE(store.count(arrivedLater), 5);
        arrivedLater.eventType = u"customer_account.update"_s;
        QCOMPARE(store.count(arrivedLater), 2);

        // Removed behind its back, still counted, even summed into coarser buckets (a store
        // younger than the window is not counted again as it ages); counted again once told.
        QVERIFY(same(enad, t0 - 120 * second, 5 * second));
        const QStringList coarser = bucketTexts(store.histogram(enad, t0 - 150 * second, to, 30 * second));
        RemovalScope scope;
        scope.throughId = 3;
        QCOMPARE(store.remove(scope, 100), 3);
        QCOMPARE(bucketTexts(counts.buckets(enad, t0 - 150 * second, to, 30 * second)), coarser);
        counts.forget();
        QVERIFY(same(enad, t0 - 150 * second, 30 * second));
        QVERIFY(bucketTexts(store.histogram(enad, t0 - 150 * second, to, 30 * second)) != coarser);
    }
};

QTEST_GUILESS_MAIN(TestConsoleModels)
#include "tst_consolemodels.moc"
