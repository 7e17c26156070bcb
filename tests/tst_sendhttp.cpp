#include "rawhttpclient.h"
#include "send/httpclient.h"
#include "send/repeatsender.h"
#include "send/replayrequest.h"
#include "sendcapture.h"
#include "sendscriptedserver.h"
#include "signing/signatureschemefactory.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QByteArray kOk = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";

QByteArray binaryBody()
{
    QByteArray bytes;
    for (int repeat = 0; repeat < 4; ++repeat) {
        for (int byte = 0; byte < 256; ++byte)
            bytes.append(char(byte));
    }
    return bytes;
}

QByteArrayList namesOf(const HttpHeaderList &headers)
{
    QByteArrayList names;
    for (const HttpHeader &header : headers)
        names.append(header.name);
    return names;
}

// The given headers appear in this order, with this spelling, among the stored ones.
bool containsInOrder(const HttpHeaderList &stored, const HttpHeaderList &sent)
{
    qsizetype at = 0;
    for (const HttpHeader &header : stored) {
        if (at < sent.size() && header == sent.at(at))
            ++at;
    }
    return at == sent.size();
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

OutgoingRequest requestTo(const QUrl &url, const QByteArray &body = "{}")
{
    OutgoingRequest request;
    request.url = url;
    request.headers = { { "Content-Type", "application/json" } };
    request.body = body;
    return request;
}

Delivery capturedDelivery()
{
    Delivery delivery;
    delivery.id = 7;
    delivery.method = "PATCH";
    delivery.target = "/hooks";
    delivery.body = binaryBody();
    delivery.headers = { { "Host", "tunnel.example.com" },
                         { "Connection", "keep-alive, X-Hop" },
                         { "X-Hop", "1" },
                         { "Keep-Alive", "timeout=5" },
                         { "Content-Type", "application/octet-stream" },
                         { "TE", "trailers" },
                         { "Transfer-Encoding", "chunked" },
                         { "Content-Length", "9" },
                         { "Proxy-Authorization", "Basic eDp5" },
                         { "Upgrade", "h2c" },
                         { "Trailer", "X-Checksum" },
                         { "x-custom", "kept" },
                         { "User-Agent", "Vendor/2.0" } };
    return delivery;
}

} // namespace

class TestSendHttp : public QObject
{
    Q_OBJECT

private slots:
    void sendsExactMethodTargetHeadersAndBody()
    {
        SendCapture capture;
        QVERIFY2(capture.error().isEmpty(), qPrintable(capture.error()));
        OutgoingRequest request;
        request.method = "PUT";
        QUrl url = capture.url(u"/exact/path"_s);
        url.setQuery(u"x=1&y=%C3%A9"_s, QUrl::StrictMode);
        request.url = url;
        request.headers = { { "Content-Type", "application/octet-stream" },
                            { "x-lower", "a" },
                            { "X-UPPER", "B  c" },
                            { "User-Agent", "Vendor/1.0" } };
        request.body = binaryBody();
        HttpClient client;
        const HttpExchange exchange = client.sendAndWait(request);
        QVERIFY2(exchange.answered(), qPrintable(exchange.error));
        QCOMPARE(exchange.statusLine(), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(exchange.body, QByteArray("{\"received\":true}\n"));
        QCOMPARE(headerValue(exchange.headers, "Content-Type"), QByteArray("application/json"));
        QVERIFY(exchange.elapsedNs > 0);
        QVERIFY(exchange.formattedResponse().startsWith("HTTP/1.1 200 OK\n"));

        const QList<Delivery> stored = capture.deliveries(1);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().method, QByteArray("PUT"));
        QCOMPARE(stored.first().target, QByteArray("/exact/path?x=1&y=%C3%A9"));
        QCOMPARE(stored.first().body, request.body);
        QVERIFY2(containsInOrder(stored.first().headers, request.headers),
                 serializeHeaders(stored.first().headers).constData());
        QCOMPARE(headerValue(stored.first().headers, "Content-Length"), QByteArray("1024"));
    }

    void joinsRepeatedNamesAndNamesItselfAsUserAgent()
    {
        SendCapture capture;
        OutgoingRequest request = requestTo(capture.url(u"/dup"_s));
        request.headers += { { "X-Dup", "a" }, { "x-dup", "b" } };
        HttpClient client;
        QVERIFY(client.sendAndWait(request).isSuccess());
        OutgoingRequest empty = requestTo(capture.url(u"/empty"_s), QByteArray());
        QVERIFY(client.sendAndWait(empty).isSuccess());
        const QList<Delivery> stored = capture.deliveries(2);
        QCOMPARE(headerValue(stored.at(0).headers, "X-Dup"), QByteArray("a, b"));
        QCOMPARE(headerValue(stored.at(0).headers, "User-Agent"), QByteArray("Hookscope/" HOOKSCOPE_VERSION));
        QCOMPARE(stored.at(1).body, QByteArray());
        QCOMPARE(headerValue(stored.at(1).headers, "Content-Length"), QByteArray("0"));
    }

    void followsNoRedirect()
    {
        SendScriptedServer server("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:9/elsewhere\r\n"
                                  "Content-Length: 0\r\n\r\n",
                                  0);
        HttpClient client;
        const HttpExchange exchange =
                client.sendAndWait(requestTo(QUrl(u"http://127.0.0.1:%1/"_s.arg(server.serverPort()))));
        QVERIFY2(exchange.answered(), qPrintable(exchange.error));
        QCOMPARE(exchange.status, 302);
        QCOMPARE(headerValue(exchange.headers, "Location"), QByteArray("http://127.0.0.1:9/elsewhere"));
        QVERIFY(!exchange.isSuccess());
        QCOMPARE(server.requests().size(), 1);
    }

    void reportsARefusedConnection()
    {
        const quint16 port = closedPort();
        HttpClient client;
        const HttpExchange exchange = client.sendAndWait(requestTo(QUrl(u"http://127.0.0.1:%1/x"_s.arg(port))));
        QCOMPARE(exchange.failure, HttpExchange::Failure::ConnectionRefused);
        QCOMPARE(exchange.error, u"connection refused by 127.0.0.1:%1"_s.arg(port));
        QVERIFY(!exchange.isSuccess());
    }

    void givesUpAfterTheTimeout()
    {
        SendScriptedServer silent(kOk, -1);
        HttpClient client;
        client.setTimeout(250ms);
        QElapsedTimer clock;
        clock.start();
        const HttpExchange exchange =
                client.sendAndWait(requestTo(QUrl(u"http://127.0.0.1:%1/"_s.arg(silent.serverPort()))));
        QCOMPARE(exchange.failure, HttpExchange::Failure::Timeout);
        QCOMPARE(exchange.error, u"no complete answer from 127.0.0.1:%1 within 0.25 s"_s.arg(silent.serverPort()));
        QVERIFY(clock.elapsed() >= 250);
        QVERIFY(clock.elapsed() < 10'000);
    }

    void repeatCountsAnswersPerStatus()
    {
        QString error;
        SendCapture capture({ *parseEndpointSpec(u"/busy=auto,status=503"_s, &error) });
        RepeatSender sender(4, 10s);
        const RepeatSummary ok = sender.run(requestTo(capture.url(u"/ok"_s)), 20);
        QCOMPARE(ok.total(), 20);
        QCOMPARE(ok.statusCounts(), (QMap<int, int> { { 200, 20 } }));
        QVERIFY(ok.allSucceeded());
        QVERIFY(ok.latencyPercentileNs(50) > 0);
        QVERIFY(ok.latencyPercentileNs(99) >= ok.latencyPercentileNs(50));
        const QByteArray text = ok.formatted(sender.wallClockNs(), sender.concurrency());
        QVERIFY2(text.startsWith("20 requests, at most 4 in flight, in "), text.constData());
        QVERIFY2(text.contains("\n  200 OK: 20\nlatency p50 "), text.constData());

        const RepeatSummary busy = sender.run(requestTo(capture.url(u"/busy"_s)), 6);
        QCOMPARE(busy.statusCounts(), (QMap<int, int> { { 503, 6 } }));
        QVERIFY(!busy.allSucceeded());
        QVERIFY(busy.formatted(0, 4).contains("  503 Service Unavailable: 6\n"));
        QCOMPARE(capture.deliveries(26).size(), 26);
    }

    void repeatKeepsAtMostTheLimitInFlight()
    {
        SendScriptedServer server(kOk, 40);
        RepeatSender sender(3, 10s);
        const RepeatSummary summary =
                sender.run(requestTo(QUrl(u"http://127.0.0.1:%1/"_s.arg(server.serverPort()))), 12);
        QCOMPARE(summary.statusCounts(), (QMap<int, int> { { 200, 12 } }));
        QCOMPARE(server.requests().size(), 12);
        QCOMPARE(server.maxInFlight(), 3);
        QVERIFY(summary.latencyPercentileNs(50) >= 40'000'000);
    }

    // The composer's Cancel: no more copies start, those in flight are aborted and not counted.
    void repeatStopsWhenCancelled()
    {
        SendScriptedServer server(kOk, 60'000);
        RepeatSender sender(2, 120s);
        QSignalSpy finished(&sender, &RepeatSender::finished);
        QSignalSpy exchanged(&sender, &RepeatSender::exchanged);
        sender.start(requestTo(QUrl(u"http://127.0.0.1:%1/"_s.arg(server.serverPort()))), 10);
        QVERIFY(sender.isRunning());
        QTRY_COMPARE(server.requests().size(), 2);
        sender.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!sender.isRunning());
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(sender.summary().total(), 0);
        QCOMPARE(exchanged.size(), 0);
        QCOMPARE(server.requests().size(), 2);

        // The same sender runs again afterwards.
        SendScriptedServer quick(kOk, 0);
        sender.start(requestTo(QUrl(u"http://127.0.0.1:%1/"_s.arg(quick.serverPort()))), 3);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.last().at(1).toBool(), false);
        QCOMPARE(sender.summary().statusCounts(), (QMap<int, int> { { 200, 3 } }));
        QCOMPARE(exchanged.size(), 3);
    }

    void repeatCountsFailures()
    {
        const quint16 port = closedPort();
        RepeatSender sender(2, 5s);
        const RepeatSummary summary = sender.run(requestTo(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))), 5);
        QCOMPARE(summary.total(), 5);
        QCOMPARE(summary.answered(), 0);
        QCOMPARE(summary.failureCounts(), (QMap<QString, int> { { u"connection refused by 127.0.0.1:%1"_s.arg(port), 5 } }));
        QVERIFY(!summary.allSucceeded());
        QVERIFY(summary.formatted(0, 2).endsWith("latency: no answers\n"));
        QCOMPARE(summary.latencyPercentileNs(50), -1);
    }

    void summaryUsesNearestRankPercentiles()
    {
        RepeatSummary summary;
        for (int ms = 100; ms >= 1; --ms) {
            HttpExchange exchange;
            exchange.status = 204;
            exchange.elapsedNs = qint64(ms) * 1'000'000;
            summary.add(exchange);
        }
        QCOMPARE(summary.latencyPercentileNs(50), 50'000'000);
        QCOMPARE(summary.latencyPercentileNs(99), 99'000'000);
        QCOMPARE(summary.latencyPercentileNs(100), 100'000'000);
        QVERIFY(summary.allSucceeded());
        QVERIFY(summary.formatted(2'000'000'000, 8).endsWith("latency p50 50.0 ms, p99 99.0 ms, max 100.0 ms\n"));
    }

    void replayDropsHopByHopHeaders()
    {
        ReplayRequest::Options options;
        options.url = QUrl(u"http://127.0.0.1:9/again"_s);
        QString error;
        const std::optional<OutgoingRequest> request = ReplayRequest::build(capturedDelivery(), options, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->method, QByteArray("PATCH"));
        QCOMPARE(request->body, binaryBody());
        QCOMPARE(namesOf(request->headers), (QByteArrayList { "Content-Type", "x-custom", "User-Agent" }));

        options.keepHeaders = true;
        const std::optional<OutgoingRequest> kept = ReplayRequest::build(capturedDelivery(), options, &error);
        QVERIFY(kept);
        QCOMPARE(namesOf(kept->headers),
                 (QByteArrayList { "Host", "Connection", "X-Hop", "Keep-Alive", "Content-Type", "TE",
                                   "Proxy-Authorization", "Upgrade", "Trailer", "x-custom", "User-Agent" }));
    }

    void replayRefusesWhatWasNotKept()
    {
        Delivery refused = capturedDelivery();
        refused.rejection = u"body too large"_s;
        QString error;
        QVERIFY(!ReplayRequest::build(refused, {}, &error));
        QCOMPARE(error, u"delivery 7 was refused when it arrived (body too large); its body was not kept"_s);
    }

    // Captured once (chunked, binary), replayed to another capture: the body arrives byte for
    // byte, hop-by-hop headers do not; with --keep-headers the original Host does.
    void replaySendsTheCapturedBodyByteForByte()
    {
        SendCapture first;
        SendCapture second;
        QVERIFY(first.error().isEmpty() && second.error().isEmpty());
        const QByteArray body = binaryBody();
        QByteArray chunked;
        for (qsizetype at = 0; at < body.size(); at += 300) {
            const QByteArray chunk = body.mid(at, 300);
            chunked += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        }
        chunked += "0\r\n\r\n";
        RawHttpClient client(quint16(first.url({}).port()));
        QVERIFY(client.waitConnected());
        client.send("POST /in?q=1 HTTP/1.1\r\nHost: vendor.example:443\r\nConnection: keep-alive, X-Hop\r\n"
                    "X-Hop: 1\r\nTransfer-Encoding: chunked\r\nContent-Type: application/octet-stream\r\n"
                    "X-Vendor-Signature: abc\r\n\r\n"
                    + chunked);
        QTRY_COMPARE(client.responses().size(), 1);
        const Delivery captured = first.deliveries(1).first();
        QCOMPARE(captured.body, body);

        HttpClient sender;
        for (const bool keep : { false, true }) {
            ReplayRequest::Options options;
            options.url = second.url(u"/replayed"_s);
            options.keepHeaders = keep;
            QString error;
            const std::optional<OutgoingRequest> request = ReplayRequest::build(captured, options, &error);
            QVERIFY2(request, qPrintable(error));
            const HttpExchange exchange = sender.sendAndWait(*request);
            QVERIFY2(exchange.isSuccess(), qPrintable(exchange.error));
        }
        const QList<Delivery> replayed = second.deliveries(2);
        QCOMPARE(replayed.size(), 2);
        for (const Delivery &delivery : replayed) {
            QCOMPARE(delivery.body, body);
            QCOMPARE(delivery.method, QByteArray("POST"));
            QCOMPARE(delivery.target, QByteArray("/replayed"));
            QCOMPARE(headerValue(delivery.headers, "X-Vendor-Signature"), QByteArray("abc"));
            QCOMPARE(headerValue(delivery.headers, "Content-Length"), QByteArray::number(body.size()));
            QVERIFY(!hasHeader(delivery.headers, "Transfer-Encoding"));
        }
        QVERIFY(!hasHeader(replayed.at(0).headers, "X-Hop"));
        QCOMPARE(headerValue(replayed.at(0).headers, "Host"), QByteArray("127.0.0.1:") + QByteArray::number(second.url({}).port()));
        QCOMPARE(headerValue(replayed.at(1).headers, "X-Hop"), QByteArray("1"));
        QCOMPARE(headerValue(replayed.at(1).headers, "Host"), QByteArray("vendor.example:443"));
    }

    void replayResignsWithANewTimestamp()
    {
        Delivery delivery;
        delivery.method = "POST";
        delivery.body = "{\"type\":\"contact.created\"}";
        delivery.headers = { { "webhook-id", "msg_original" },
                             { "webhook-timestamp", "1600000000" },
                             { "webhook-signature", "v1,b2xk" },
                             { "Content-Type", "application/json" } };
        SigningArguments arguments;
        arguments.schemeOption = u"--resign"_s;
        arguments.scheme = u"standard-webhooks"_s;
        arguments.secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        QString error;
        ReplayRequest::Options options;
        options.url = QUrl(u"http://127.0.0.1:9/"_s);
        options.resign = SigningSetup::fromArguments(arguments, nullptr, false, &error);
        QVERIFY2(options.resign, qPrintable(error));
        const std::optional<OutgoingRequest> request = ReplayRequest::build(delivery, options, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->body, delivery.body);
        QCOMPARE(namesOf(request->headers), namesOf(delivery.headers));
        QCOMPARE(headerValue(request->headers, "webhook-id"), QByteArray("msg_original"));
        QVERIFY(headerValue(request->headers, "webhook-timestamp").toLongLong() > 1'700'000'000);
        const SignatureVerdict verdict = createSignatureScheme(u"standard-webhooks"_s)
                                                 ->verify({ request->body, request->headers, arguments.secret, {} });
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
    }

    void replayResignsPhasioWithoutReencrypting()
    {
        Delivery delivery;
        delivery.method = "POST";
        delivery.body = "already-encrypted-text";
        SigningArguments arguments;
        arguments.scheme = u"phasio"_s;
        arguments.secret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        QString error;
        ReplayRequest::Options options;
        options.resign = SigningSetup::fromArguments(arguments, nullptr, true, &error);
        QVERIFY(options.resign && options.resign->encryption);
        const std::optional<OutgoingRequest> request = ReplayRequest::build(delivery, options, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->body, delivery.body);
        QVERIFY(createSignatureScheme(u"phasio"_s)->verify({ request->body, request->headers, arguments.secret, {} }).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSendHttp)
#include "tst_sendhttp.moc"
