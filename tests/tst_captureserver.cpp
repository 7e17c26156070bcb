#include "capture/captureservice.h"
#include "providers/providerdeliverypreparer.h"
#include "common/httpresponse.h"
#include "rawhttpclient.h"
#include "store/deliverystore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
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
using namespace std::chrono_literals;

class TestCaptureServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    // Each service gets a data directory (store and journal) of its own.
    QString databasePath(int serial) const
    {
        const QString directory = m_dir.filePath(u"data-%1"_s.arg(serial));
        QDir().mkpath(directory);
        return directory + u"/deliveries.sqlite"_s;
    }

    // A service on a free loopback port with its own store; limits as given.
    std::unique_ptr<CaptureService> startService(CaptureLimits limits = {},
                                                 qint64 maxStoreBytes = 0,
                                                 QList<Endpoint> endpoints = {})
    {
        CaptureOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        options.limits = limits;
        options.store.databasePath = databasePath(++m_serial);
        options.store.maxSizeBytes = maxStoreBytes;
        auto service = std::make_unique<CaptureService>(
                options, preparerFor(endpoints));
        const QString error = service->start();
        if (!error.isEmpty())
            qWarning() << error;
        return error.isEmpty() ? std::move(service) : nullptr;
    }

    std::unique_ptr<DeliveryStore> reader()
    {
        auto store = std::make_unique<DeliveryStore>();
        StoreOptions options;
        options.databasePath = databasePath(m_serial);
        if (!store->open(options))
            qWarning() << store->lastError();
        return store;
    }

    // Answered means journaled; the store shows a delivery once it is indexed, moments later.
    static bool waitForStored(DeliveryStore &store, qint64 count)
    {
        return QTest::qWaitFor([&] { return store.count({}) >= count; }, 5000);
    }

    static QList<QByteArray> exchange(quint16 port, const QByteArray &request, int expected)
    {
        RawHttpClient client(port);
        if (!client.waitConnected())
            return {};
        client.send(request);
        if (!QTest::qWaitFor([&] { return client.responses().size() >= expected; }, 5000))
            qWarning() << "no complete response to" << request.left(40);
        return client.responses();
    }

private slots:
    void capturesExactlyWhatWasSentAndAnswersAfterStoring()
    {
        auto service = startService();
        QVERIFY(service);
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/enad/hooks?x=1&y=%C3%A9"_s
                                             .arg(service->listenPort())));
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("X-Enad-Token", "Bearer abc");
        request.setRawHeader("x-lower-case", "kept");
        const QByteArray body = R"({"event_type":"organisations.created","payload":{"id":1}})";
        std::unique_ptr<QNetworkReply> reply(network.post(request, body));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray answered = reply->readAll();

        auto store = reader();
        QVERIFY(waitForStored(*store, 1));
        QCOMPARE(store->count({}), 1);
        const std::optional<Delivery> stored = store->load(store->lastId());
        QVERIFY(stored);
        QCOMPARE(stored->method, QByteArray("POST"));
        QCOMPARE(stored->target, QByteArray("/enad/hooks?x=1&y=%C3%A9"));
        QCOMPARE(stored->httpVersion, QByteArray("HTTP/1.1"));
        QCOMPARE(stored->body, body);
        QCOMPARE(stored->peerAddress, u"127.0.0.1"_s);
        QVERIFY(stored->peerPort > 0);
        QCOMPARE(headerValue(stored->headers, "X-Enad-Token"), QByteArray("Bearer abc"));
        QVERIFY(std::any_of(stored->headers.cbegin(), stored->headers.cend(),
                            [](const HttpHeader &h) { return h.name == "x-lower-case"; }));
        QCOMPARE(stored->response.status, 200);
        QCOMPARE(stored->response.body, answered);
        QVERIFY(stored->receivedAtNs > 1'700'000'000'000'000'000LL);
    }

    void keepsHeaderOrderCaseAndUnknownMethods()
    {
        auto service = startService();
        QVERIFY(service);
        const QByteArray request = "BREW /pot?sugar=no HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Zeta: 1\r\nalpha: 2\r\nZETA: 3\r\nContent-Length: 5\r\n\r\nhello";
        const QList<QByteArray> responses = exchange(service->listenPort(), request, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(RawHttpClient::statusOf(responses.first()), 200);
        auto store = reader();
        QVERIFY(waitForStored(*store, 1));
        const std::optional<Delivery> stored = store->load(store->lastId());
        QVERIFY(stored);
        QCOMPARE(stored->method, QByteArray("BREW"));
        QCOMPARE(stored->target, QByteArray("/pot?sugar=no"));
        const HttpHeaderList expected = { { "Host", "127.0.0.1" }, { "Zeta", "1" }, { "alpha", "2" },
                                          { "ZETA", "3" }, { "Content-Length", "5" } };
        QCOMPARE(stored->headers, expected);
        QCOMPARE(stored->body, QByteArray("hello"));
        QCOMPARE(toWire(stored->response), responses.first());
    }

    void answersPipelinedRequestsInOrder()
    {
        auto service = startService({}, 0, { Endpoint { u"/b"_s, {}, {}, {}, 202 } });
        QVERIFY(service);
        const QByteArray requests = "POST /a HTTP/1.1\r\nContent-Length: 1\r\n\r\n1"
                                    "POST /b HTTP/1.1\r\nContent-Length: 1\r\n\r\n2"
                                    "GET /c HTTP/1.1\r\n\r\n";
        const QList<QByteArray> responses = exchange(service->listenPort(), requests, 3);
        QCOMPARE(responses.size(), 3);
        QCOMPARE(RawHttpClient::statusOf(responses.at(0)), 200);
        QCOMPARE(RawHttpClient::statusOf(responses.at(1)), 202);
        QCOMPARE(RawHttpClient::statusOf(responses.at(2)), 200);
        auto store = reader();
        QVERIFY(waitForStored(*store, 3));
        const QList<DeliverySummary> rows = store->summariesAfter({}, 0, 10);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).target, QByteArray("/a"));
        QCOMPARE(rows.at(1).target, QByteArray("/b"));
        QCOMPARE(rows.at(1).endpoint, u"/b"_s);
        QCOMPARE(rows.at(2).method, QByteArray("GET"));
    }

    void reassemblesChunkedBodiesSentInPieces()
    {
        auto service = startService();
        QVERIFY(service);
        RawHttpClient client(service->listenPort());
        QVERIFY(client.waitConnected());
        const QList<QByteArray> pieces = { "POST /chunked HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r",
                                           "\nhel", "lo\r", "\n6\r\n world\r\n0\r\n", "\r\n" };
        for (const QByteArray &piece : pieces) {
            client.send(piece);
            QTest::qWait(30);
        }
        QTRY_COMPARE(client.responses().size(), 1);
        QCOMPARE(RawHttpClient::statusOf(client.responses().first()), 200);
        auto store = reader();
        QVERIFY(waitForStored(*store, 1));
        QCOMPARE(store->load(store->lastId())->body, QByteArray("hello world"));
    }

    void answersAfterAnEndpointsDelay()
    {
        Endpoint slow { u"/slow"_s, {}, {}, {}, 0 };
        slow.delayMs = 300;
        auto service = startService({}, 0, { slow });
        QVERIFY(service);
        RawHttpClient client(service->listenPort());
        QVERIFY(client.waitConnected());
        QElapsedTimer clock;
        clock.start();
        client.send("POST /slow HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}GET /fast HTTP/1.1\r\n\r\n");
        QTRY_COMPARE(client.responses().size(), 2);
        QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(RawHttpClient::statusOf(client.responses().at(0)), 200);
    }

    void closesAfterHttp10AndConnectionClose()
    {
        auto service = startService();
        QVERIFY(service);
        for (const QByteArray &request : { QByteArray("GET /old HTTP/1.0\r\n\r\n"),
                                           QByteArray("GET /bye HTTP/1.1\r\nConnection: close\r\n\r\n") }) {
            RawHttpClient client(service->listenPort());
            QVERIFY(client.waitConnected());
            client.send(request);
            QTRY_COMPARE(client.responses().size(), 1);
            QTRY_VERIFY(client.isClosed());
        }
    }

    void answers100ContinueBeforeTheBody()
    {
        auto service = startService();
        QVERIFY(service);
        RawHttpClient client(service->listenPort());
        QVERIFY(client.waitConnected());
        client.send("POST /big HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        QTRY_VERIFY(client.received().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        client.send("body");
        QTRY_VERIFY(client.received().contains("HTTP/1.1 200 OK"));
    }

    void refusesAnOversizedBodyWithoutReadingIt()
    {
        CaptureLimits limits;
        limits.maxBodyBytes = 1024;
        auto service = startService(limits);
        QVERIFY(service);
        RawHttpClient client(service->listenPort());
        QVERIFY(client.waitConnected());
        client.send("PUT /upload HTTP/1.1\r\nContent-Length: 524288000\r\n\r\n" + QByteArray(4096, 'x'));
        QTRY_COMPARE(client.responses().size(), 1);
        const QByteArray response = client.responses().first();
        QCOMPARE(RawHttpClient::statusOf(response), 413);
        QVERIFY(RawHttpClient::bodyOf(response).contains("the limit is 1024 bytes"));
        QVERIFY(response.contains("Connection: close"));
        QTRY_VERIFY(client.isClosed());

        // The refusal is on record, and the server goes on serving.
        const QList<QByteArray> next = exchange(service->listenPort(), "GET /next HTTP/1.1\r\n\r\n", 1);
        QCOMPARE(RawHttpClient::statusOf(next.value(0)), 200);
        auto store = reader();
        QVERIFY(waitForStored(*store, 2));
        const QList<DeliverySummary> rows = store->summariesAfter({}, 0, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).responseStatus, 413);
        QVERIFY(rows.at(0).rejection.contains(u"too large"_s));
        QCOMPARE(store->load(rows.at(0).id)->declaredBodyBytes, 524288000);
    }

    void refusesAChunkedBodyThatGrowsTooLarge()
    {
        CaptureLimits limits;
        limits.maxBodyBytes = 100;
        auto service = startService(limits);
        QVERIFY(service);
        QByteArray request = "POST /chunks HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 5; ++i)
            request += "20\r\n" + QByteArray(32, 'a') + "\r\n";
        const QList<QByteArray> responses = exchange(service->listenPort(), request, 1);
        QCOMPARE(RawHttpClient::statusOf(responses.value(0)), 413);
    }

    void refusesOversizedHeaders()
    {
        CaptureLimits limits;
        limits.maxHeadBytes = 2048;
        auto service = startService(limits);
        QVERIFY(service);
        const QByteArray request = "GET / HTTP/1.1\r\nX-Flood: " + QByteArray(4096, 'h') + "\r\n\r\n";
        QCOMPARE(RawHttpClient::statusOf(exchange(service->listenPort(), request, 1).value(0)), 431);
        const QByteArray longUrl = "GET /" + QByteArray(20000, 'u') + " HTTP/1.1\r\n\r\n";
        limits.maxHeadBytes = 64 * 1024;
        auto other = startService(limits);
        QCOMPARE(RawHttpClient::statusOf(exchange(other->listenPort(), longUrl, 1).value(0)), 414);
        QCOMPARE(RawHttpClient::statusOf(exchange(other->listenPort(), "GET / HTTP/1.1\r\n\r\n", 1).value(0)), 200);
    }

    void cutsOffSlowHeadersAndSlowBodies()
    {
        CaptureLimits limits;
        limits.headTimeout = 300ms;
        limits.requestTimeout = 600ms;
        auto service = startService(limits);
        QVERIFY(service);

        RawHttpClient slowHead(service->listenPort());
        QVERIFY(slowHead.waitConnected());
        slowHead.send("POST /slow HTTP/1.1\r\nHost: a\r\n");
        RawHttpClient slowBody(service->listenPort());
        QVERIFY(slowBody.waitConnected());
        slowBody.send("POST /slow HTTP/1.1\r\nContent-Length: 100\r\n\r\n0123");

        QTRY_COMPARE_WITH_TIMEOUT(slowHead.responses().size(), 1, 3000);
        QCOMPARE(RawHttpClient::statusOf(slowHead.responses().first()), 408);
        QTRY_COMPARE_WITH_TIMEOUT(slowBody.responses().size(), 1, 3000);
        QCOMPARE(RawHttpClient::statusOf(slowBody.responses().first()), 408);
        QVERIFY(RawHttpClient::bodyOf(slowBody.responses().first()).contains("4 body bytes"));
        QTRY_VERIFY(slowHead.isClosed());
        QTRY_VERIFY(slowBody.isClosed());
        QCOMPARE(RawHttpClient::statusOf(exchange(service->listenPort(), "GET / HTTP/1.1\r\n\r\n", 1).value(0)), 200);
    }

    void closesIdleConnections()
    {
        CaptureLimits limits;
        limits.idleTimeout = 300ms;
        auto service = startService(limits);
        QVERIFY(service);
        RawHttpClient silent(service->listenPort());
        QVERIFY(silent.waitConnected());
        RawHttpClient kept(service->listenPort());
        QVERIFY(kept.waitConnected());
        kept.send("GET /one HTTP/1.1\r\n\r\n");
        QTRY_COMPARE(kept.responses().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(silent.isClosed(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(kept.isClosed(), 3000);
    }

    void answers503WhenTheDiskIsFull()
    {
#if defined(Q_OS_LINUX)
        // The journal's current file is /dev/full: every write fails with ENOSPC.
        const QString dataDir = m_dir.filePath(u"full"_s);
        QVERIFY(QDir().mkpath(dataDir + u"/journal"_s));
        QVERIFY(QFile::link(u"/dev/full"_s, dataDir + u"/journal/00000000000000000001.journal"_s));
        CaptureOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        options.store.databasePath = dataDir + u"/deliveries.sqlite"_s;
        CaptureService service(options, preparerFor({}));
        QSignalSpy failures(&service, &CaptureService::storeFailed);
        QCOMPARE(service.start(), QString());
        for (int attempt = 0; attempt < 2; ++attempt) {
            const QList<QByteArray> refused = exchange(service.listenPort(), "POST /x HTTP/1.1\r\nContent-Length: 2\r\n\r\nok", 1);
            QCOMPARE(RawHttpClient::statusOf(refused.value(0)), 503);
            QVERIFY(RawHttpClient::bodyOf(refused.value(0)).contains("No space left on device"));
        }
        QCOMPARE(failures.size(), 1); // reported once, not once per delivery
        service.stop();
        DeliveryStore store;
        StoreOptions storeOptions;
        storeOptions.databasePath = options.store.databasePath;
        QVERIFY(store.open(storeOptions));
        QCOMPARE(store.count({}), 0);
#else
        QSKIP("needs /dev/full");
#endif
    }

    // The store itself refuses (its size limit stands in for a full disk or a read-only
    // database; the journal beside it still writes): every delivery answered 2xx is kept in the
    // journal and indexed once the store takes deliveries again; later ones are answered 503
    // with the store's error until then.
    void answers503WhileTheStoreRefusesAndLosesNothingAcknowledged()
    {
        auto service = startService({}, 256 * 1024);
        QVERIFY(service);
        QSignalSpy failures(service.get(), &CaptureService::storeFailed);
        const QByteArray body(3000, 'x');
        const QByteArray request = "POST /fill HTTP/1.1\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const FillOutcome filled = postUntilRefused(service->listenPort(), body);
        const int acknowledged = filled.acknowledged;
        const QByteArray &refusal = filled.lastAnswer;
        QCOMPARE(RawHttpClient::statusOf(refusal), 503);
        QVERIFY(acknowledged > 0);
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().first().toString().contains(u"full"_s), qPrintable(failures.first().first().toString()));
        QVERIFY2(RawHttpClient::bodyOf(refusal).contains("delivery not stored"), refusal.constData());
        QVERIFY2(RawHttpClient::bodyOf(refusal).contains("full"), refusal.constData());
        // Still refusing, still said only once.
        QCOMPARE(RawHttpClient::statusOf(exchange(service->listenPort(), request, 1).value(0)), 503);
        QCOMPARE(failures.size(), 1);
        service->stop();

        // Room again: everything acknowledged is there, nothing refused is.
        CaptureOptions roomy;
        roomy.port = 0;
        roomy.store.databasePath = databasePath(m_serial);
        CaptureService again(roomy, preparerFor({}));
        QCOMPARE(again.start(), QString());
        auto store = reader();
        QVERIFY(waitForStored(*store, acknowledged));
        QCOMPARE(store->count({}), acknowledged);
        QCOMPARE(RawHttpClient::statusOf(exchange(again.listenPort(), request, 1).value(0)), 200);
        QVERIFY(waitForStored(*store, acknowledged + 1));
    }

    void refusesASecondServiceOnTheSameStore()
    {
        auto first = startService();
        QVERIFY(first);
        CaptureOptions options;
        options.port = 0;
        options.store.databasePath = databasePath(m_serial);
        CaptureService second(options, preparerFor({}));
        const QString error = second.start();
        QVERIFY2(error.contains(u"in use by another Hookscope"_s), qPrintable(error));
    }

    void refusesConnectionsBeyondTheLimit()
    {
        CaptureLimits limits;
        limits.maxConnections = 2;
        auto service = startService(limits);
        QVERIFY(service);
        RawHttpClient first(service->listenPort());
        RawHttpClient second(service->listenPort());
        QVERIFY(first.waitConnected() && second.waitConnected());
        QTest::qWait(50);
        RawHttpClient third(service->listenPort());
        QVERIFY(third.waitConnected());
        QTRY_COMPARE(third.responses().size(), 1);
        QCOMPARE(RawHttpClient::statusOf(third.responses().first()), 503);
        first.send("GET / HTTP/1.1\r\n\r\n");
        QTRY_COMPARE(first.responses().size(), 1);
        QCOMPARE(RawHttpClient::statusOf(first.responses().first()), 200);
    }

    void survivesGarbageAndResets()
    {
        auto service = startService();
        QVERIFY(service);
        {
            RawHttpClient garbage(service->listenPort());
            QVERIFY(garbage.waitConnected());
            garbage.send(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) + QByteArray(64, '\0') + "\r\n\r\n");
            QTRY_VERIFY(garbage.isClosed());
        }
        {
            RawHttpClient reset(service->listenPort());
            QVERIFY(reset.waitConnected());
            reset.send("POST /x HTTP/1.1\r\nContent-Length: 100\r\n\r\nabc");
            QTest::qWait(20);
            reset.socket().abort();
        }
        QCOMPARE(RawHttpClient::statusOf(exchange(service->listenPort(), "GET / HTTP/1.1\r\n\r\n", 1).value(0)), 200);
    }
};

QTEST_GUILESS_MAIN(TestCaptureServer)
#include "tst_captureserver.moc"
