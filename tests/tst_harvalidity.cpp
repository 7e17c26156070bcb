// Hookscope's HAR exports checked by real HAR consumers run by node: har-validator (the HAR 1.2
// JSON Schema that HAR tools share, tests/node-har/validate-har.mjs) and httpsnippet (Kong's HAR
// to code converter, tests/node-har/consume-har.mjs), whose curl commands must send each request
// again. Without node or the packages the test skips, saying how to install them; under CI=true
// it fails.
#include "exchange/deliveryurl.h"
#include "exchange/harexporter.h"
#include "nodehar.h"
#include "tst_exportfixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace exportfixtures;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool isUtf8(QByteArrayView bytes)
{
    // Stateless: an incomplete sequence at the end is an error, not kept for more bytes.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes); // decoding happens here, not in decode()
    return !decoder.hasError();
}

// What consume-har.mjs must find in each entry: method, URL, the headers HAR carries as text,
// the body, and whether the body travels as text (httpsnippet sends base64 bodies undecoded).
// The URL is left out when its query is not UTF-8 once decoded: httpsnippet re-encodes queries
// and turns such bytes into U+FFFD.
QJsonArray expectedRequests(const QList<Delivery> &deliveries)
{
    QJsonArray all;
    for (const Delivery &delivery : deliveries) {
        QJsonArray headers;
        for (const auto &[name, value] : delivery.headers) {
            if (isUtf8(name) && isUtf8(value))
                headers.append(QJsonArray { QString::fromUtf8(name), QString::fromUtf8(value) });
        }
        all.append(QJsonObject { { u"method"_s, QString::fromLatin1(delivery.method) },
                                 { u"url"_s, isUtf8(QByteArray::fromPercentEncoding(delivery.target))
                                                     ? QJsonValue(QString::fromUtf8(deliveryUrl(delivery)))
                                                     : QJsonValue() },
                                 { u"headers"_s, headers },
                                 { u"body_base64"_s, QString::fromLatin1(delivery.body.toBase64()) },
                                 { u"text"_s, isUtf8(delivery.body) && !delivery.body.contains('\0') } });
    }
    return all;
}

} // namespace

class TestHarValidity : public QObject
{
    Q_OBJECT

private:
    static int validate(const QStringList &files, QByteArray *output)
    {
        return nodehar::run(u"validate-har.mjs"_s, files, output);
    }

private slots:
    void initTestCase()
    {
        NODEHAR_REQUIRE("har-validator");
    }

    void exportsAreValidHar()
    {
        QTemporaryDir dir;
        const QList<Delivery> deliveries { smarterPayDelivery(), awkwardDelivery(),
                                           latin1Delivery() };
        const QString plain = dir.filePath(u"deliveries.har"_s);
        const QString masked = dir.filePath(u"masked.har"_s);
        const QString empty = dir.filePath(u"empty.har"_s);
        QVERIFY(writeFile(
            plain,
            exported([](QIODevice *device) { return std::make_unique<HarExporter>(device); },
                     deliveries)));
        QVERIFY(writeFile(
            masked,
            exported([](QIODevice *device) { return std::make_unique<HarExporter>(device, true); },
                     deliveries)));
        QVERIFY(writeFile(
            empty,
            exported([](QIODevice *device) { return std::make_unique<HarExporter>(device); }, {})));
        QByteArray output;
        const int exitCode = validate({ plain, masked, empty }, &output);
        qInfo().noquote() << QString::fromUtf8(output).trimmed().replace(dir.path() + u'/',
                                                                         QString());
        QCOMPARE(exitCode, 0);
        QCOMPARE(output.count("valid HAR 1.2"), 3);
    }

    // A HAR consumer reads every entry as exported, and the curl commands it writes send the text
    // requests again (method, target, end-to-end headers, body byte for byte) to a local server.
    void aHarConsumerReproducesEachRequest()
    {
        NODEHAR_REQUIRE("httpsnippet");
        QTemporaryDir dir;
        Delivery put = smarterPayDelivery();
        put.method = "PUT";
        put.target = "/github/hooks?delivery=72d3162e";
        put.headers = { { "Host", "127.0.0.1:8787" }, { "Content-Type", "application/json" },
                        { "X-GitHub-Event", "push" }, { "X-Hub-Signature-256", "sha256=ab12" },
                        { "User-Agent", "GitHub-Hookshot/044aadd" } };
        put.body = "{\"ref\":\"refs/heads/main\",\"commits\":[{\"message\":\"it's \\\"quoted\\\" $(not run)\"}]}";
        const QList<Delivery> deliveries { smarterPayDelivery(), put, awkwardDelivery(), latin1Delivery() };
        const QString har = dir.filePath(u"deliveries.har"_s);
        const QString expected = dir.filePath(u"expected.json"_s);
        QVERIFY(writeFile(
            har, exported([](QIODevice *device) { return std::make_unique<HarExporter>(device); },
                          deliveries)));
        QVERIFY(writeFile(expected, QJsonDocument(expectedRequests(deliveries)).toJson()));
        QByteArray output;
        const int exitCode = nodehar::run(u"consume-har.mjs"_s, { har, expected }, &output);
        qInfo().noquote() << QString::fromUtf8(output).trimmed();
        QCOMPARE(exitCode, 0);
        QCOMPARE(output.count("reproduced"), 2); // the two with text bodies went out again
        QVERIFY(output.contains("4 entries parsed"));
    }

    void theValidatorRejectsWhatIsNotHar()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(u"broken.har"_s);
        QVERIFY(writeFile(broken,
                          R"({"log":{"version":"1.2","creator":{"name":"x","version":"1"},)"
                          R"("entries":[{"startedDateTime":"then","time":0,"cache":{},)"
                          R"("timings":{"send":0,"wait":0,"receive":0}}]}})"));
        QByteArray output;
        QCOMPARE(validate({ broken }, &output), 1);
        QVERIFY2(output.contains("INVALID"), output.constData());
        QVERIFY2(output.contains("request"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestHarValidity)
#include "tst_harvalidity.moc"
