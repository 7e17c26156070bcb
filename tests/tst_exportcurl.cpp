// The curl export run for real: bash runs the exported script against a capture server on
// 127.0.0.1 (port 0), and what arrives is what was exported, byte for byte.
#include "capture/captureservice.h"
#include "exchange/curlexporter.h"
#include "exchange/deliveryurl.h"
#include "providers/providerdeliverypreparer.h"
#include "store/deliverystore.h"
#include "tst_exportfixtures.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace exportfixtures;
using namespace Qt::StringLiterals;

namespace {

// What the capture cannot compare: the Host and Content-Length curl makes for its own request.
HttpHeaderList comparable(const HttpHeaderList &headers)
{
    HttpHeaderList kept;
    for (const HttpHeader &header : headers) {
        const QByteArray name = header.name.toLower();
        if (name != "host" && name != "content-length")
            kept.append(header);
    }
    return kept;
}

QList<Delivery> deliveriesToReplay()
{
    Delivery json = smarterPayDelivery();
    json.headers.append(HttpHeader { "X-Shell", "it's \"$HOME\" `id` $(id) \\ !! ~ *" });
    json.headers.append(HttpHeader { "x-shell", "second with the same name" });
    json.body.replace("\"title\": \"Mr\"", "\"title\": \"it's $HOME `id` \\\\ !!\"");

    Delivery empty;
    empty.id = 20;
    empty.method = "DELETE";
    empty.target = "/items/[1]/{2}?q=a+b&r=%2F";
    empty.httpVersion = "HTTP/1.1";
    empty.headers
        = { { "Host", "ignored.test" }, { "X-Empty", "" }, { "Accept", "application/json" } };

    Delivery get;
    get.id = 21;
    get.method = "GET";
    get.target = "/a/../b/./c";
    get.httpVersion = "HTTP/1.1";
    get.headers = { { "User-Agent", "Vendor-Hooks/2.1" } };

    Delivery large = latin1Delivery();
    large.id = 22;
    large.headers.append(HttpHeader { "Content-Type", "application/json" });
    large.body = QByteArray(100'000, 'x');

    Delivery postEmpty;
    postEmpty.id = 23;
    postEmpty.method = "POST";
    postEmpty.target = "/empty";
    postEmpty.httpVersion = "HTTP/1.1";
    postEmpty.headers = { { "Content-Length", "0" } };

    return { json, awkwardDelivery(), latin1Delivery(), empty, get, large, postEmpty };
}

} // namespace

class TestExportCurl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"curl"_s).isEmpty()
            || QStandardPaths::findExecutable(u"bash"_s).isEmpty())
            QSKIP("needs curl and bash");
    }

    void exportedCommandsSendTheSameBytes()
    {
        QTemporaryDir dir;
        CaptureOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        options.store.databasePath = dir.filePath(u"deliveries.sqlite"_s);
        CaptureService service(options, std::make_shared<ProviderDeliveryPreparer>(analyzer()));
        const QString started = service.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));

        const QList<Delivery> originals = deliveriesToReplay();
        CurlExporter::Options curl;
        curl.baseUrl = "http://127.0.0.1:" + QByteArray::number(service.listenPort());
        curl.bodyDirectory = dir.path();
        curl.bodyFilePrefix = u"replay.sh."_s;
        QString error;
        const QByteArray script = exported(
            [&](QIODevice *device) { return std::make_unique<CurlExporter>(device, curl); },
            originals, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile file(dir.filePath(u"replay.sh"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script);
        file.close();

        // Run from elsewhere: body files are found beside the script.
        QProcess bash;
        bash.setWorkingDirectory(QDir::tempPath());
        bash.start(u"bash"_s, { u"-e"_s, file.fileName() });
        QVERIFY(QTest::qWaitFor([&] { return bash.state() == QProcess::NotRunning; }, 60000));
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());

        DeliveryStore store;
        StoreOptions reading;
        reading.databasePath = options.store.databasePath;
        QVERIFY(store.open(reading));
        QVERIFY(QTest::qWaitFor([&] { return store.count({}) >= originals.size(); }, 10000));
        QList<Delivery> captured;
        store.forEach({}, [&](const Delivery &delivery) {
            captured.append(delivery);
            return true;
        });
        QCOMPARE(captured.size(), originals.size());
        for (qsizetype i = 0; i < originals.size(); ++i) {
            const Delivery &sent = originals.at(i);
            const Delivery &got = captured.at(i);
            QCOMPARE(got.method, sent.method);
            QCOMPARE(got.target, urlSafeTarget(sent.target));
            QCOMPARE(got.httpVersion, sent.httpVersion);
            QCOMPARE(got.body, sent.body);
            QCOMPARE(comparable(got.headers), comparable(sent.headers));
        }
        service.stop();
    }
};

QTEST_GUILESS_MAIN(TestExportCurl)
#include "tst_exportcurl.moc"
