#include "common/endpointsfile.h"
#include "send/deliveryforwarder.h"
#include "send/httpclient.h"
#include "send/sendrequestbuilder.h"
#include "store/deliveryjournal.h"

#include "sendcapture.h"
#include "sendscriptedserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSecret = "whsec_forward_test";

Endpoint endpoint(const QString &spec)
{
    QString error;
    const std::optional<Endpoint> parsed = parseEndpointSpec(spec, &error);
    if (!parsed)
        qWarning() << error;
    return parsed.value_or(Endpoint());
}

// A Stripe event as Stripe would send it: the sample, signed now with kSecret.
OutgoingRequest stripeDelivery(const QUrl &url)
{
    SendSpec spec;
    spec.url = url;
    spec.sample = u"stripe/invoice.paid"_s;
    spec.signing.secret = kSecret;
    QString error;
    QStringList warnings;
    const std::optional<OutgoingRequest> request =
            SendRequestBuilder(ProviderCatalog::loadDefault()).build(spec, &error, &warnings);
    if (!request)
        qWarning() << error;
    return request.value_or(OutgoingRequest());
}

// The app under development: a capture server of its own that checks Stripe signatures and
// answers 201 at /app.
std::unique_ptr<SendCapture> startApp()
{
    return std::make_unique<SendCapture>(
            QList<Endpoint> { endpoint(u"/app=stripe,secret=%1,status=201"_s.arg(QLatin1String(kSecret))) });
}

std::optional<ForwardOutcome> waitForForward(SendCapture &capture, qint64 deliveryId)
{
    std::optional<ForwardOutcome> outcome;
    if (!QTest::qWaitFor([&] { return (outcome = capture.reader().forwardOf(deliveryId)).has_value(); },
                         10000))
        qWarning() << "no forward outcome for delivery" << deliveryId;
    return outcome;
}

} // namespace

class TestForward : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardUrlKeepsWhatIsBelowTheEndpointAndTheQuery_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("forwardTo");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the endpoint itself") << u"/shop"_s << u"http://localhost:3000/hooks"_s
                                             << QByteArray("/shop") << u"http://localhost:3000/hooks"_s;
        QTest::newRow("below it") << u"/shop"_s << u"http://localhost:3000/hooks"_s
                                  << QByteArray("/shop/orders/7") << u"http://localhost:3000/hooks/orders/7"_s;
        QTest::newRow("query") << u"/shop"_s << u"http://localhost:3000/hooks"_s
                               << QByteArray("/shop?a=1&b=%20") << u"http://localhost:3000/hooks?a=1&b=%20"_s;
        QTest::newRow("both queries") << u"/shop"_s << u"http://localhost:3000/hooks?token=t"_s
                                      << QByteArray("/shop/x?a=1") << u"http://localhost:3000/hooks/x?token=t&a=1"_s;
        QTest::newRow("trailing slash") << u"/shop"_s << u"http://localhost:3000/hooks/"_s
                                        << QByteArray("/shop/x") << u"http://localhost:3000/hooks/x"_s;
        QTest::newRow("catch-all") << u"/"_s << u"http://localhost:3000"_s
                                   << QByteArray("/anything/here") << u"http://localhost:3000/anything/here"_s;
        QTest::newRow("percent-encoded path") << u"/shop"_s << u"https://example.test/h"_s
                                              << QByteArray("/shop/a%2Fb") << u"https://example.test/h/a%2Fb"_s;
    }

    void forwardUrlKeepsWhatIsBelowTheEndpointAndTheQuery()
    {
        QFETCH(QString, path);
        QFETCH(QString, forwardTo);
        QFETCH(QByteArray, target);
        QFETCH(QString, expected);
        Endpoint shop;
        shop.path = path;
        shop.forwardTo = QUrl(forwardTo);
        QVERIFY(shop.matchesTarget(target));
        QCOMPARE(shop.forwardUrlFor(target).toString(QUrl::FullyEncoded), expected);
    }

    void endpointSpecTakesAForwardTargetAndWhoAnswers()
    {
        QString error;
        std::optional<Endpoint> parsed =
                parseEndpointSpec(u"/stripe=stripe,forward=http://localhost:3000/hooks,answer=target"_s, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->forwardTo, QUrl(u"http://localhost:3000/hooks"_s));
        QVERIFY(parsed->answerWithForward);

        parsed = parseEndpointSpec(u"/stripe=stripe,forward=http://localhost:3000/hooks"_s, &error);
        QVERIFY(parsed);
        QVERIFY(!parsed->answerWithForward);

        QVERIFY(!parseEndpointSpec(u"/stripe=stripe,forward=localhost:3000"_s, &error));
        QVERIFY2(error.contains(u"http://"_s), qPrintable(error));
        QVERIFY(!parseEndpointSpec(u"/stripe=stripe,forward=ftp://host/x"_s, &error));
        QVERIFY(!parseEndpointSpec(u"/stripe=stripe,answer=target"_s, &error));
        QVERIFY2(error.contains(u"forward=URL"_s), qPrintable(error));
        QVERIFY(!parseEndpointSpec(u"/stripe=stripe,forward=http://h/x,answer=app"_s, &error));
    }

    void endpointsFileKeepsTheForwardTarget()
    {
        QTemporaryDir dir;
        const QList<Endpoint> saved = {
            endpoint(u"/a=stripe,forward=http://localhost:3000/a?k=v,answer=target"_s),
            endpoint(u"/b=github"_s),
        };
        QString error;
        QVERIFY2(EndpointsFile::save(dir.path(), saved, &error), qPrintable(error));
        const QList<Endpoint> loaded = EndpointsFile::load(dir.path(), &error);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).forwardTo, saved.at(0).forwardTo);
        QVERIFY(loaded.at(0).answerWithForward);
        QVERIFY(loaded.at(1).forwardTo.isEmpty());
        QVERIFY(!loaded.at(1).answerWithForward);
    }

    void journalKeepsTheForwardOutcome()
    {
        Delivery delivery;
        delivery.method = "POST";
        delivery.target = "/x";
        delivery.body = "{}";
        ForwardOutcome outcome;
        outcome.url = u"http://localhost:3000/x"_s;
        outcome.status = 418;
        outcome.headers = { { "Content-Type", "text/plain" }, { "X-Twice", "1" }, { "X-Twice", "2" } };
        outcome.body = "short and stout";
        outcome.bodyTruncated = true;
        outcome.elapsedNs = 1234567;
        delivery.forwardOutcome = outcome;

        Delivery decoded;
        QVERIFY(DeliveryJournal::decode(DeliveryJournal::encode(delivery), &decoded));
        QVERIFY(decoded.forwardOutcome);
        QCOMPARE(decoded.forwardOutcome->url, outcome.url);
        QCOMPARE(decoded.forwardOutcome->status, 418);
        QCOMPARE(decoded.forwardOutcome->headers, outcome.headers);
        QCOMPARE(decoded.forwardOutcome->body, outcome.body);
        QVERIFY(decoded.forwardOutcome->bodyTruncated);
        QCOMPARE(decoded.forwardOutcome->elapsedNs, outcome.elapsedNs);

        delivery.forwardOutcome.reset();
        QVERIFY(DeliveryJournal::decode(DeliveryJournal::encode(delivery), &decoded));
        QVERIFY(!decoded.forwardOutcome);
    }

    void forwardedRequestIsTheDeliveryWithForwardedHeaders()
    {
        Delivery delivery;
        delivery.method = "PUT";
        delivery.forwardTo = QUrl(u"http://localhost:3000/x"_s);
        delivery.peerAddress = u"127.0.0.1"_s;
        delivery.headers = { { "Host", "hooks.example" }, { "Connection", "keep-alive, X-Hop" },
                             { "X-Hop", "1" }, { "Content-Length", "3" },
                             { "X-Forwarded-For", "203.0.113.9" }, { "Stripe-Signature", "t=1,v1=ab" } };
        delivery.body = QByteArray("a\0b", 3);
        const OutgoingRequest request = DeliveryForwarder::requestFor(delivery);
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.url, delivery.forwardTo);
        QCOMPARE(request.body, delivery.body);
        const HttpHeaderList expected = { { "X-Forwarded-For", "203.0.113.9, 127.0.0.1" },
                                          { "Stripe-Signature", "t=1,v1=ab" },
                                          { "X-Forwarded-Host", "hooks.example" },
                                          { "X-Forwarded-Proto", "http" } };
        QCOMPARE(request.headers, expected);
    }

    void theVendorGetsTheTargetsAnswerReframed()
    {
        ForwardOutcome outcome;
        outcome.status = 201;
        outcome.headers = { { "Content-Type", "application/json" }, { "Content-Length", "999" },
                            { "Transfer-Encoding", "chunked" }, { "X-App", "yes" } };
        outcome.body = "{\"ok\":true}";
        DeliveryResponse response = DeliveryForwarder::responseFrom(outcome, "POST");
        QCOMPARE(response.status, 201);
        QCOMPARE(response.body, outcome.body);
        const HttpHeaderList expected = { { "Content-Type", "application/json" }, { "X-App", "yes" },
                                          { "Content-Length", "11" } };
        QCOMPARE(response.headers, expected);

        outcome.status = 204;
        response = DeliveryForwarder::responseFrom(outcome, "POST");
        QVERIFY(response.body.isEmpty());
        QVERIFY(!hasHeader(response.headers, "Content-Length"));

        ForwardOutcome refused;
        refused.error = u"connection refused by 127.0.0.1:9"_s;
        response = DeliveryForwarder::responseFrom(refused, "POST");
        QCOMPARE(response.status, 502);
        QVERIFY(response.body.contains("connection refused"));
    }

    void eachDeliveryReachesTheAppByteForByteAndTheVendorGetsTheRule()
    {
        const std::unique_ptr<SendCapture> app = startApp();
        QVERIFY2(app->error().isEmpty(), qPrintable(app->error()));
        SendCapture hookscope({ endpoint(u"/stripe=stripe,secret=%1,forward=%2"_s.arg(
                QLatin1String(kSecret), app->url(u"/app"_s).toString())) });
        QVERIFY2(hookscope.error().isEmpty(), qPrintable(hookscope.error()));

        const OutgoingRequest sent = stripeDelivery(hookscope.url(u"/stripe/events?attempt=1"_s));
        HttpClient vendor;
        const HttpExchange answer = vendor.sendAndWait(sent);
        QVERIFY2(answer.answered(), qPrintable(answer.error));
        QCOMPARE(answer.status, 200); // Stripe's rule, not the app's 201

        const QList<Delivery> captured = hookscope.deliveries(1);
        QCOMPARE(captured.size(), 1);
        const QList<Delivery> arrived = app->deliveries(1);
        QCOMPARE(arrived.size(), 1);
        const Delivery &atApp = arrived.first();
        QCOMPARE(atApp.body, sent.body);
        QCOMPARE(atApp.target, QByteArray("/app/events?attempt=1"));
        QCOMPARE(headerValue(atApp.headers, "Stripe-Signature"), headerValue(sent.headers, "Stripe-Signature"));
        QCOMPARE(atApp.classification.signature, u"valid"_s);
        QCOMPARE(headerValue(atApp.headers, "X-Forwarded-For"), QByteArray("127.0.0.1"));
        QCOMPARE(atApp.response.status, 201);

        const std::optional<ForwardOutcome> outcome = waitForForward(hookscope, captured.first().id);
        QVERIFY(outcome);
        QVERIFY2(outcome->answered(), qPrintable(outcome->error));
        QCOMPARE(outcome->status, 201);
        QCOMPARE(outcome->url, app->url(u"/app/events?attempt=1"_s).toString());
        QCOMPARE(outcome->body, atApp.response.body);
        QVERIFY(outcome->elapsedNs > 0);
        QCOMPARE(hookscope.reader().load(captured.first().id)->forwardOutcome->status, 201);
    }

    void theVendorCanGetTheTargetsAnswer()
    {
        const std::unique_ptr<SendCapture> app = startApp();
        SendCapture hookscope({ endpoint(u"/stripe=stripe,secret=%1,forward=%2,answer=target"_s.arg(
                QLatin1String(kSecret), app->url(u"/app"_s).toString())) });
        QVERIFY2(hookscope.error().isEmpty(), qPrintable(hookscope.error()));

        HttpClient vendor;
        const HttpExchange answer = vendor.sendAndWait(stripeDelivery(hookscope.url(u"/stripe"_s)));
        QVERIFY2(answer.answered(), qPrintable(answer.error));
        QCOMPARE(answer.status, 201);
        const Delivery atApp = app->deliveries(1).first();
        QCOMPARE(answer.body, atApp.response.body);

        const Delivery captured = hookscope.deliveries(1).first();
        QCOMPARE(captured.response.status, 201); // what was really sent is what is stored
        const std::optional<Delivery> loaded = hookscope.reader().load(captured.id);
        QVERIFY(loaded && loaded->forwardOutcome);
        QCOMPARE(loaded->forwardOutcome->status, 201);
    }

    void aDeadTargetIsReportedAndCaptureGoesOn()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl dead(u"http://127.0.0.1:%1/app"_s.arg(closed.serverPort()));
        closed.close();
        SendCapture hookscope({ endpoint(u"/rule=stripe,forward=%1"_s.arg(dead.toString())),
                                endpoint(u"/target=stripe,forward=%1,answer=target"_s.arg(dead.toString())) });
        QVERIFY2(hookscope.error().isEmpty(), qPrintable(hookscope.error()));

        HttpClient vendor;
        HttpExchange answer = vendor.sendAndWait(stripeDelivery(hookscope.url(u"/rule"_s)));
        QCOMPARE(answer.status, 200);
        answer = vendor.sendAndWait(stripeDelivery(hookscope.url(u"/target"_s)));
        QCOMPARE(answer.status, 502);
        QVERIFY2(answer.body.contains("refused"), answer.body.constData());

        const QList<Delivery> captured = hookscope.deliveries(2);
        QCOMPARE(captured.size(), 2);
        QCOMPARE(captured.at(1).response.status, 502);
        for (const Delivery &delivery : captured) {
            const std::optional<ForwardOutcome> outcome = waitForForward(hookscope, delivery.id);
            QVERIFY(outcome);
            QVERIFY(!outcome->answered());
            QVERIFY2(outcome->error.contains(u"refused"_s), qPrintable(outcome->error));
        }
    }

    void forwardsBeyondTheQueueAreReportedNotHeld()
    {
        SendScriptedServer silent("", -1); // takes requests, never answers
        DeliveryForwarder::Limits limits;
        limits.maxInFlight = 1;
        limits.maxQueued = 1;
        DeliveryForwarder forwarder(limits);
        Delivery delivery;
        delivery.method = "POST";
        delivery.body = "{}";
        delivery.forwardTo = QUrl(u"http://127.0.0.1:%1/x"_s.arg(silent.serverPort()));

        QList<ForwardOutcome> outcomes;
        for (int i = 0; i < 3; ++i)
            forwarder.forward(delivery, [&](const ForwardOutcome &outcome) { outcomes.append(outcome); });
        QVERIFY(outcomes.isEmpty()); // never from within forward()
        QTRY_COMPARE(silent.requests().size(), 1);
        QTRY_COMPARE(outcomes.size(), 1); // the third did not fit
        QVERIFY2(outcomes.first().error.startsWith(u"not forwarded"_s), qPrintable(outcomes.first().error));

        forwarder.abortAll(u"capture stopped"_s);
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.at(1).error, u"not forwarded: capture stopped"_s);
        QCOMPARE(outcomes.at(1).url, delivery.forwardTo.toString());
    }
};

QTEST_GUILESS_MAIN(TestForward)
#include "tst_forward.moc"
