// The console's questions against a store of a million deliveries: how long the first screen
// takes (newest page, total, sidebar counts, timeline) and how long each filter answers.
// Fills the store first when it holds fewer deliveries than asked for (realistic bodies from the
// bundled samples, seven days of timestamps, a mix of statuses and signature verdicts).
//   bench_store [--deliveries N] [--data-dir DIR] [--store postgres://...] [--repeat R]
#include "common/timestamp.h"
#include "providers/samplelibrary.h"
#include "store/datadirectory.h"
#include "store/deliverystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

struct Template
{
    QString provider;
    QString endpoint;
    QStringList eventTypes;
    QByteArray body;
};

QList<Template> templates()
{
    QList<Template> all;
    for (const SampleReference &sample : SampleLibrary::bundled()) {
        const QStringList types = sample.provider == u"smarterpay"_s
                ? QStringList { sample.eventType, sample.eventType, u"customer_account.update"_s }
                : QStringList { sample.eventType };
        all.append({ sample.provider, u"/"_s + sample.provider, types, SampleLibrary::body(sample.provider, sample.eventType) });
    }
    return all;
}

void fill(DeliveryStore &store, qint64 wanted, QTextStream &out)
{
    const QList<Template> kinds = templates();
    QRandomGenerator random(42);
    const qint64 start = currentUtcNanoseconds() - 7LL * 24 * 3600 * 1'000'000'000;
    const qint64 step = 7LL * 24 * 3600 * 1'000'000'000 / qMax<qint64>(wanted, 1);
    qint64 have = store.count({});
    QElapsedTimer clock;
    clock.start();
    while (have < wanted) {
        QList<Delivery> batch;
        for (int i = 0; i < 5000 && have + batch.size() < wanted; ++i) {
            const qint64 n = have + batch.size();
            const Template &kind = kinds.at(int(random.bounded(kinds.size())));
            Delivery delivery;
            delivery.receivedAtNs = start + n * step;
            delivery.method = "POST";
            delivery.target = kind.endpoint.toUtf8() + "/hook";
            delivery.httpVersion = "HTTP/1.1";
            delivery.headers = { { "Host", "hooks.example.test" },
                                 { "Content-Type", "application/json" },
                                 { "X-Request-Id", "req_" + QByteArray::number(n) } };
            // Unique words per delivery so a text search can be rare or common.
            delivery.body = kind.body;
            delivery.body.replace("example", "example" + QByteArray::number(n % 997));
            delivery.body.append("\n// seq" + QByteArray::number(n) + "\n");
            delivery.peerAddress = u"203.0.113.%1"_s.arg(n % 250);
            delivery.peerPort = quint16(40000 + n % 20000);
            const bool failed = random.bounded(100) < 5;
            delivery.response = { failed ? 500 : 200, { { "Content-Length", "2" } }, "{}", 0 };
            delivery.declaredBodyBytes = delivery.body.size();
            delivery.classification = { kind.endpoint, kind.provider, kind.eventTypes,
                                        random.bounded(100) < 3 ? u"invalid"_s : u"valid"_s };
            batch.append(delivery);
        }
        if (!store.append(batch)) {
            out << "bench_store: " << store.lastError() << '\n';
            return;
        }
        have += batch.size();
        if (have % 100000 < 5000)
            out << "  filled " << have << " deliveries (" << qint64(have * 1000.0 / qMax<qint64>(clock.elapsed(), 1))
                << "/s)\n" << Qt::flush;
    }
}

// Median of the runs, in milliseconds.
double timed(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        work();
        times.append(clock.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption deliveries(u"deliveries"_s, u"How many deliveries the store holds."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Store to use (kept between runs)."_s, u"DIR"_s, u"bench-store-data"_s);
    const QCommandLineOption repeat(u"repeat"_s, u"Runs per question (median)."_s, u"R"_s, u"5"_s);
    const QCommandLineOption shared(u"store"_s, u"A PostgreSQL store instead of the data directory's SQLite file."_s,
                                    u"URL"_s);
    parser.addOptions({ deliveries, dataDir, repeat, shared });
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    QString error;
    if (!DataDirectory::prepare(parser.value(dataDir), &error)) {
        out << error << '\n';
        return 1;
    }
    const StoreOptions options = DataDirectory::storeOptions(parser.value(dataDir), parser.value(shared));
    const int runs = qMax(1, parser.value(repeat).toInt());
    {
        DeliveryStore writer;
        if (!writer.open(options)) {
            out << writer.lastError() << '\n';
            return 1;
        }
        fill(writer, parser.value(deliveries).toLongLong(), out);
    }

    // A fresh connection, as the console opens it.
    DeliveryStore store;
    QElapsedTimer opening;
    opening.start();
    store.open(options);
    const QList<DeliverySummary> firstPage = store.page({}, 0, 200);
    const qint64 total = store.count({});
    const QList<FacetCount> sidebar = store.facetCounts();
    const QPair<qint64, qint64> range = store.timeRange();
    const QList<TimeBucket> lastHour = store.histogram({}, range.second - 3600LL * 1'000'000'000,
                                                       range.second + 1, 60LL * 1'000'000'000);
    const double firstScreen = opening.nsecsElapsed() / 1e6;
    out << "store: " << total << " deliveries, " << (store.sizeOnDisk() >> 20) << " MiB\n";
    out << QStringLiteral("%1 %2 ms (target 1000; page %3 rows, %4 sidebar rows, %5 timeline buckets)\n")
                    .arg(u"first screen (cold)"_s, -34).arg(firstScreen, 8, 'f', 1)
                    .arg(firstPage.size()).arg(sidebar.size()).arg(lastHour.size());

    struct Question
    {
        QString name;
        DeliveryFilter filter;
    };
    DeliveryFilter byProvider; byProvider.provider = u"smarterpay"_s;
    DeliveryFilter byEndpoint; byEndpoint.endpoint = u"/enad"_s;
    DeliveryFilter byType; byType.eventType = u"customer_account.update"_s;
    DeliveryFilter byStatus; byStatus.responseStatus = 500;
    DeliveryFilter bySignature; bySignature.signature = u"invalid"_s;
    DeliveryFilter byMethod; byMethod.method = u"POST"_s;
    DeliveryFilter lastHourFilter; lastHourFilter.fromNs = range.second - 3600LL * 1'000'000'000;
    DeliveryFilter rareText; rareText.text = u"seq%1"_s.arg(total / 2);
    DeliveryFilter commonText; commonText.text = u"example13"_s;
    DeliveryFilter combined = byProvider; combined.responseStatus = 500; combined.text = u"hull"_s;
    const QList<Question> questions = {
        { u"provider"_s, byProvider },   { u"endpoint"_s, byEndpoint },
        { u"event type"_s, byType },     { u"status 500"_s, byStatus },
        { u"signature invalid"_s, bySignature }, { u"method"_s, byMethod },
        { u"last hour"_s, lastHourFilter }, { u"text, one match"_s, rareText },
        { u"text, common word"_s, commonText }, { u"provider+status+text"_s, combined },
    };
    out << QStringLiteral("%1 %2 %3 %4\n").arg(u"filter (page of 200 + count)"_s, -34)
                    .arg(u"median ms"_s, 10).arg(u"matches"_s, 10).arg(u"target"_s, 8);
    bool allFast = true;
    for (const Question &question : questions) {
        qint64 matches = 0;
        const double ms = timed(runs, [&] {
            store.page(question.filter, 0, 200);
            matches = store.count(question.filter);
        });
        allFast = allFast && ms < 100;
        out << QStringLiteral("%1 %2 %3 %4\n").arg(question.name, -34).arg(ms, 10, 'f', 1)
                        .arg(matches, 10).arg(ms < 100 ? u"ok"_s : u"SLOW"_s, 8);
    }
    // Whole minutes, as the timeline asks for them once the range is longer than ~5 hours.
    const qint64 minute = 60LL * 1'000'000'000;
    const qint64 bucket = ((range.second - range.first) / 300 / minute + 1) * minute;
    const double histogramMs = timed(runs, [&] {
        store.histogram({}, range.first - range.first % minute, range.second + 1, bucket);
    });
    out << QStringLiteral("%1 %2\n").arg(u"timeline, whole store, 300 buckets"_s, -34).arg(histogramMs, 10, 'f', 1);
    return allFast && firstScreen < 1000 ? 0 : 1;
}
