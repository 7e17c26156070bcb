// Import: format detection, HAR entries to deliveries (Hookscope's own and a browser's), bad
// entries reported and skipped, and export -> import -> export round trips through stores
// that keep every raw byte.
#include "exchange/deliveryexporter.h"
#include "exchange/deliveryimporter.h"
#include "exchange/harexporter.h"
#include "exchange/harreader.h"
#include "exchange/ndjsonexporter.h"
#include "store/deliverystore.h"
#include "tst_exportfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace exportfixtures;
using namespace Qt::StringLiterals;

namespace {

Delivery refusedDelivery()
{
    Delivery delivery = latin1Delivery();
    delivery.id = 10;
    delivery.body.clear();
    delivery.rejection = u"request body too large: the limit is 10 bytes"_s;
    delivery.declaredBodyBytes = 524'288'000;
    delivery.response.status = 413;
    return delivery;
}

QList<Delivery> awkwardSet()
{
    return { smarterPayDelivery(), awkwardDelivery(), latin1Delivery(), refusedDelivery() };
}

QByteArray harOf(const QList<Delivery> &deliveries)
{
    return exported([](QIODevice *device) { return std::make_unique<HarExporter>(device); },
                    deliveries);
}

QList<Delivery> readAll(ImportReader &reader, QStringList *errors = nullptr)
{
    QList<Delivery> deliveries;
    for (int guard = 0; !reader.atEnd() && guard < 10'000; ++guard) {
        if (std::optional<Delivery> delivery = reader.next())
            deliveries.append(*delivery);
        else if (errors && !reader.errorString().isEmpty())
            errors->append(reader.errorString());
    }
    return deliveries;
}

// A store in a directory of its own.
struct TemporaryStore
{
    QTemporaryDir dir;
    DeliveryStore store;

    bool open()
    {
        StoreOptions options;
        options.databasePath = dir.filePath(u"deliveries.sqlite"_s);
        return store.open(options);
    }
};

QByteArray exportFrom(DeliveryStore &store,
                      const std::function<std::unique_ptr<ExportSink>(QIODevice *)> &makeSink)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    DeliveryExporter exporter(store, *analyzer());
    const std::unique_ptr<ExportSink> sink = makeSink(&buffer);
    if (!exporter.run(DeliveryFilter {}, *sink))
        qWarning() << exporter.errorString();
    return buffer.data();
}

qint64 importInto(DeliveryStore &store, QByteArray content, QStringList *errors)
{
    QBuffer buffer(&content);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const std::unique_ptr<ImportReader> reader = ImportReader::open(&buffer, &error);
    if (!reader) {
        errors->append(error);
        return -1;
    }
    DeliveryImporter importer(store, *analyzer());
    if (!importer.run(*reader, [&](const QString &problem) { errors->append(problem); }))
        errors->append(importer.errorString());
    return importer.imported();
}

void compareRaw(const Delivery &actual, const Delivery &expected)
{
    QCOMPARE(actual.method, expected.method);
    QCOMPARE(actual.target, expected.target);
    QCOMPARE(actual.httpVersion, expected.httpVersion);
    QCOMPARE(actual.headers, expected.headers);
    QCOMPARE(actual.body, expected.body);
    QCOMPARE(actual.receivedAtNs, expected.receivedAtNs);
    QCOMPARE(actual.peerAddress, expected.peerAddress);
    QCOMPARE(actual.peerPort, expected.peerPort);
    QCOMPARE(actual.response.status, expected.response.status);
    QCOMPARE(actual.response.headers, expected.response.headers);
    QCOMPARE(actual.response.body, expected.response.body);
    QCOMPARE(actual.rejection, expected.rejection);
    if (!expected.rejection.isEmpty())
        QCOMPARE(actual.declaredBodyBytes, expected.declaredBodyBytes);
    QCOMPARE(actual.origin, Delivery::Origin::Imported);
}

// What a browser's dev tools save: HTTP/2 with pseudo-headers, lower-case names, a local time
// with an offset, no _hookscope.
QByteArray browserHar()
{
    QJsonObject smarterPay {
        { u"startedDateTime"_s, u"2024-05-01T12:00:00.123+02:00"_s },
        { u"time"_s, 85.2 },
        { u"request"_s,
          QJsonObject {
              { u"method"_s, u"POST"_s },
              { u"url"_s, u"https://hooks.example.test/smarterpay/v2?x=1#frag"_s },
              { u"httpVersion"_s, u"http/2.0"_s },
              { u"headers"_s,
                QJsonArray {
                    QJsonObject { { u"name"_s, u":method"_s }, { u"value"_s, u"POST"_s } },
                    QJsonObject { { u"name"_s, u":authority"_s },
                                  { u"value"_s, u"hooks.example.test"_s } },
                    QJsonObject { { u"name"_s, u"content-type"_s },
                                  { u"value"_s, u"application/json"_s } },
                    QJsonObject { { u"name"_s, u"x-trace"_s }, { u"value"_s, u"a"_s } } } },
              { u"postData"_s,
                QJsonObject { { u"mimeType"_s, u"application/json"_s },
                              { u"text"_s, QString::fromUtf8(smarterPayBody()) } } } } },
        { u"response"_s,
          QJsonObject { { u"status"_s, 202 },
                        { u"headers"_s,
                          QJsonArray { QJsonObject { { u"name"_s, u"content-type"_s },
                                                     { u"value"_s, u"text/plain"_s } } } },
                        { u"content"_s,
                          QJsonObject { { u"size"_s, 2 },
                                        { u"mimeType"_s, u"text/plain"_s },
                                        { u"text"_s, u"b2s="_s },
                                        { u"encoding"_s, u"base64"_s } } } } },
    };
    QJsonObject failedGet {
        { u"startedDateTime"_s, u"2024-05-01T10:00:01Z"_s },
        { u"request"_s,
          QJsonObject { { u"method"_s, u"GET"_s },
                        { u"url"_s, u"http://h.test"_s },
                        { u"headers"_s, QJsonArray {} } } },
        { u"response"_s,
          QJsonObject { { u"status"_s, 0 },
                        { u"headers"_s, QJsonArray {} },
                        { u"content"_s, QJsonObject { { u"size"_s, 0 } } } } },
    };
    QJsonObject formParams {
        { u"startedDateTime"_s, u"2024-05-01T10:00:02.5Z"_s },
        { u"request"_s,
          QJsonObject {
              { u"method"_s, u"POST"_s },
              { u"url"_s, u"http://h.test/form?"_s },
              { u"postData"_s,
                QJsonObject {
                    { u"mimeType"_s, u"application/x-www-form-urlencoded"_s },
                    { u"params"_s,
                      QJsonArray { QJsonObject { { u"name"_s, u"a"_s }, { u"value"_s, u"1"_s } },
                                   QJsonObject { { u"name"_s, u"b"_s } } } } } } } },
    };
    const QJsonObject har {
        { u"log"_s,
          QJsonObject {
              { u"version"_s, u"1.2"_s },
              { u"creator"_s,
                QJsonObject { { u"name"_s, u"WebInspector"_s }, { u"version"_s, u"537.36"_s } } },
              { u"entries"_s, QJsonArray { smarterPay, failedGet, formParams } } } }
    };
    return QJsonDocument(har).toJson(QJsonDocument::Indented);
}

} // namespace

class TestHarImport : public QObject
{
    Q_OBJECT

private slots:
    void formatIsDetectedFromTheContent()
    {
        using Format = ImportReader::Format;
        QCOMPARE(ImportReader::detectFormat("{\"log\":{\"version\":\"1.2\"}}"), Format::Har);
        QCOMPARE(ImportReader::detectFormat("\xEF\xBB\xBF\n  {\n    \"log\": {"), Format::Har);
        QCOMPARE(ImportReader::detectFormat("{\"id\":1,\"received_at\":\"...\"}\n"),
                 Format::Ndjson);
        QCOMPARE(ImportReader::detectFormat("\n{\"method\":\"POST\"}"), Format::Ndjson);
        QCOMPARE(ImportReader::detectFormat(""), std::nullopt);
        QCOMPARE(ImportReader::detectFormat("[1,2]"), std::nullopt);
        QCOMPARE(ImportReader::detectFormat("GET / HTTP/1.1"), std::nullopt);

        QByteArray text = "plain text";
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY(!ImportReader::open(&buffer, &error));
        QVERIFY(error.contains(u"neither NDJSON nor HAR"_s));
    }

    void hookscopeHarReadsBackEveryByte()
    {
        const QList<Delivery> originals = awkwardSet();
        HarReader reader(harOf(originals));
        QVERIFY2(reader.documentError().isEmpty(), qPrintable(reader.documentError()));
        QCOMPARE(reader.entryCount(), originals.size());
        QStringList errors;
        const QList<Delivery> read = readAll(reader, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(read.size(), originals.size());
        for (qsizetype i = 0; i < read.size(); ++i)
            compareRaw(read.at(i), originals.at(i));
        // What the capture decided comes along in _hookscope.decoded.
        QCOMPARE(read.first().classification.provider, u"smarterpay"_s);
        QCOMPARE(read.first().classification.eventTypes.size(), 3);
    }

    void browserHarsBecomeDeliveries()
    {
        HarReader reader(browserHar());
        QStringList errors;
        const QList<Delivery> read = readAll(reader, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(read.size(), 3);

        const Delivery &post = read.at(0);
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.target, QByteArray("/smarterpay/v2?x=1"));
        QCOMPARE(post.httpVersion, QByteArray("http/2.0")); // as the browser wrote it
        QCOMPARE(post.headers,
                 (HttpHeaderList { { "content-type", "application/json" }, { "x-trace", "a" } }));
        QCOMPARE(post.body, smarterPayBody());
        QCOMPARE(post.receivedAtNs, 1'714'557'600'123'000'000LL); // 10:00:00.123 UTC
        QCOMPARE(post.response.status, 202);
        QCOMPARE(post.response.body, QByteArray("ok"));
        QVERIFY(post.peerAddress.isEmpty());
        QCOMPARE(post.origin, Delivery::Origin::Imported);

        // Decoded like a captured delivery: detected, split into its events.
        TemporaryStore target;
        QVERIFY(target.open());
        DeliveryImporter importer(target.store, *analyzer());
        Delivery classified = post;
        importer.classify(classified);
        QCOMPARE(classified.classification.provider, u"smarterpay"_s);
        QCOMPARE(classified.classification.eventTypes,
                 (QStringList { u"customer_account.create"_s, u"customer_account.create"_s,
                                u"customer_account.update"_s }));

        QCOMPARE(read.at(1).target, QByteArray("/"));
        QCOMPARE(read.at(1).response.status, 0);
        QVERIFY(read.at(1).body.isEmpty());
        QCOMPARE(read.at(2).target, QByteArray("/form?"));
        QCOMPARE(read.at(2).body, QByteArray("a=1&b="));
        QCOMPARE(read.at(2).receivedAtNs, 1'714'557'602'500'000'000LL);
    }

    void badEntriesAreReportedWithTheirIndex()
    {
        QJsonObject har = QJsonDocument::fromJson(harOf({ smarterPayDelivery() })).object();
        QJsonObject log = har.value(u"log"_s).toObject();
        const QJsonObject good = log.value(u"entries"_s).toArray().at(0).toObject();
        auto withRequest = [&](const QString &key, const QJsonValue &value) {
            QJsonObject entry = good;
            QJsonObject request = entry.value(u"request"_s).toObject();
            request.insert(key, value);
            entry.insert(u"request"_s, request);
            return entry;
        };
        QJsonObject badDate = good;
        badDate.insert(u"startedDateTime"_s, u"yesterday"_s);
        badDate.remove(u"_hookscope"_s);
        QJsonObject badBase64 = good;
        badBase64.insert(u"request"_s,
                         withRequest(u"postData"_s,
                                     QJsonObject { { u"mimeType"_s, u"x"_s },
                                                   { u"text"_s, u"!!"_s },
                                                   { u"encoding"_s, u"base64"_s } })
                             .value(u"request"_s));
        QJsonObject noRequest = good;
        noRequest.remove(u"request"_s);
        log.insert(
            u"entries"_s,
            QJsonArray { good, u"a string"_s, noRequest, badBase64,
                         withRequest(u"url"_s, u"relative/path"_s),
                         withRequest(u"headers"_s, QJsonArray { QJsonObject { { u"name"_s, 1 } } }),
                         withRequest(u"method"_s, 5), badDate, good });
        har.insert(u"log"_s, log);

        HarReader reader(QJsonDocument(har).toJson());
        QStringList errors;
        const QList<Delivery> read = readAll(reader, &errors);
        QCOMPARE(read.size(), 2);
        QCOMPARE(errors.size(), 7);
        QCOMPARE(errors.at(0), u"entry 1: not an object"_s);
        QCOMPARE(errors.at(1), u"entry 2: \"request\" must be an object"_s);
        QCOMPARE(errors.at(2), u"entry 3: \"request.postData.text\" is not valid base64"_s);
        QCOMPARE(errors.at(3), u"entry 4: \"request.url\" is not an absolute URL"_s);
        QCOMPARE(errors.at(4), u"entry 5: \"request.headers[0].name\" must be a string"_s);
        QCOMPARE(errors.at(5), u"entry 6: \"request.method\" must be a string"_s);
        QCOMPARE(errors.at(6), u"entry 7: \"startedDateTime\" is not an ISO 8601 time"_s);
    }

    void documentsThatAreNoHarSaySo()
    {
        QVERIFY(HarReader("{\"log\": nope}")
                    .documentError()
                    .startsWith(u"not a HAR: not JSON at byte"_s));
        QCOMPARE(HarReader("{\"log\": {\"version\": \"1.2\"}}").documentError(),
                 u"not a HAR: no \"log.entries\" array"_s);
        QCOMPARE(HarReader("{\"log\": {\"entries\": []}}").entryCount(), 0);
        // Nesting far beyond any stack: an error, not a crash.
        const QByteArray deep = "{\"log\": {\"entries\": [" + QByteArray(500'000, '[')
            + QByteArray(500'000, ']') + "]}}";
        HarReader nested(deep);
        QVERIFY(nested.documentError().isEmpty());
        QStringList errors;
        QVERIFY(readAll(nested, &errors).isEmpty());
        QCOMPARE(errors, QStringList { u"entry 0: not an object"_s });
    }

    void harExportImportKeepsTheRawBytes()
    {
        TemporaryStore source;
        QVERIFY(source.open());
        QList<Delivery> originals = awkwardSet();
        QVERIFY(source.store.append(originals));
        const QByteArray ndjsonBefore = exportFrom(source.store, [](QIODevice *device) {
            return std::make_unique<NdjsonExporter>(device);
        });
        const QByteArray har = exportFrom(
            source.store, [](QIODevice *device) { return std::make_unique<HarExporter>(device); });

        TemporaryStore target;
        QVERIFY(target.open());
        QStringList errors;
        QCOMPARE(importInto(target.store, har, &errors), originals.size());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        const QByteArray ndjsonAfter = exportFrom(target.store, [](QIODevice *device) {
            return std::make_unique<NdjsonExporter>(device);
        });
        QCOMPARE(rawRecords(ndjsonAfter), rawRecords(ndjsonBefore));

        const std::optional<Delivery> imported = target.store.load(target.store.lastId() - 3);
        QVERIFY(imported);
        QCOMPARE(imported->origin, Delivery::Origin::Imported);
        QCOMPARE(imported->classification.provider, u"smarterpay"_s);
        DeliveryFilter smarterPay;
        smarterPay.provider = u"smarterpay"_s;
        QCOMPARE(target.store.count(smarterPay), 1);
    }

    void ndjsonExportImportKeepsTheRawBytes()
    {
        TemporaryStore source;
        QVERIFY(source.open());
        QList<Delivery> originals = awkwardSet();
        QVERIFY(source.store.append(originals));
        const QByteArray ndjson = exportFrom(source.store, [](QIODevice *device) {
            return std::make_unique<NdjsonExporter>(device);
        });

        TemporaryStore target;
        QVERIFY(target.open());
        QStringList errors;
        QCOMPARE(importInto(target.store, "\xEF\xBB\xBF" + ndjson + "not json\n", &errors),
                 originals.size());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(u"line 5: not JSON"_s), qPrintable(errors.first()));
        const QByteArray again = exportFrom(target.store, [](QIODevice *device) {
            return std::make_unique<NdjsonExporter>(device);
        });
        QCOMPARE(rawRecords(again), rawRecords(ndjson));
        QVERIFY(again.contains("\"imported\":true"));
    }
};

QTEST_GUILESS_MAIN(TestHarImport)
#include "tst_harimport.moc"
