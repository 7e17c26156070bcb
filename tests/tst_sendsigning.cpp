#include "providers/deliveryanalyzer.h"
#include "providers/providercatalog.h"
#include "providers/samplelibrary.h"
#include "send/httpclient.h"
#include "send/requestsigner.h"
#include "send/sendrequestbuilder.h"
#include "sendcapture.h"
#include "signing/phasiocipher.h"

#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1795435200; // 2026-11-23T12:00:00Z
const QByteArray kPhasioKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const QByteArray kStandardSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

std::shared_ptr<const ProviderCatalog> catalog()
{
    static const std::shared_ptr<const ProviderCatalog> loaded = ProviderCatalog::loadDefault();
    return loaded;
}

SendSpec specFor(const QString &sample, const QByteArray &secret, const QString &scheme = {})
{
    SendSpec spec;
    spec.url = QUrl(u"http://127.0.0.1:9/hook"_s);
    spec.sample = sample;
    spec.signing.scheme = scheme;
    spec.signing.secret = secret;
    spec.now = kNow;
    return spec;
}

std::optional<OutgoingRequest> build(const SendSpec &spec, QString *error = nullptr,
                                     QStringList *warnings = nullptr)
{
    QString problem;
    QStringList notes;
    std::optional<OutgoingRequest> request = SendRequestBuilder(catalog()).build(spec, &problem, &notes);
    if (error)
        *error = problem;
    if (warnings)
        *warnings = notes;
    if (!request && !error)
        qWarning() << problem;
    return request;
}

SignatureVerdict verify(const QString &scheme, const OutgoingRequest &request, const QByteArray &secret,
                        const SignatureSchemeOptions &options = {})
{
    return createSignatureScheme(scheme, options)->verify({ request.body, request.headers, secret, kNow });
}

BodyEdit edit(const QString &argument)
{
    QString error;
    const std::optional<BodyEdit> parsed = BodyEdit::parse(argument, &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return *parsed;
}

QByteArrayList headerNames(const OutgoingRequest &request)
{
    QByteArrayList names;
    for (const HttpHeader &header : request.headers)
        names.append(header.name);
    return names;
}

} // namespace

class TestSendSigning : public QObject
{
    Q_OBJECT

private slots:
    // The sample's provider decides the scheme when only a secret is given.
    void signsWithTheProvidersScheme_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QByteArrayList>("headers");
        QTest::newRow("standard-webhooks") << u"standard-webhooks/contact.created"_s << kStandardSecret
                                           << u"standard-webhooks"_s
                                           << QByteArrayList { "Content-Type", "webhook-id", "webhook-timestamp", "webhook-signature" };
        QTest::newRow("stripe") << u"stripe/invoice.paid"_s << QByteArray("whsec_stripe_test") << u"stripe"_s
                                << QByteArrayList { "Content-Type", "User-Agent", "Stripe-Signature" };
        QTest::newRow("github") << u"github/push"_s << QByteArray("It's a secret") << u"github"_s
                                << QByteArrayList { "Content-Type", "User-Agent", "X-GitHub-Event", "X-Hub-Signature-256", "X-Hub-Signature" };
        QTest::newRow("enad token") << u"enad/organisations.created"_s << QByteArray("tok-123") << u"header-token"_s
                                    << QByteArrayList { "Content-Type", "Authorization" };
    }

    void signsWithTheProvidersScheme()
    {
        QFETCH(QString, sample);
        QFETCH(QByteArray, secret);
        QFETCH(QString, scheme);
        QFETCH(QByteArrayList, headers);
        const std::optional<OutgoingRequest> request = build(specFor(sample, secret));
        QVERIFY(request);
        QCOMPARE(headerNames(*request), headers);
        const SignatureVerdict verdict = verify(scheme, *request, secret);
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
        QCOMPARE(request->body, SampleLibrary::body(sample.section(u'/', 0, 0), sample.section(u'/', 1)));
        QCOMPARE(request->method, QByteArray("POST"));
    }

    void enadTokenComesFromTheProviderFile()
    {
        const std::optional<OutgoingRequest> request = build(specFor(u"enad/organisations.created"_s, "tok-123"));
        QVERIFY(request);
        QCOMPARE(headerValue(request->headers, "Authorization"), QByteArray("Bearer tok-123"));
        QCOMPARE(headerValue(request->headers, "Content-Type"), QByteArray("application/json"));
    }

    void stripeSignsTheTimestampGiven()
    {
        const std::optional<OutgoingRequest> request = build(specFor(u"stripe/invoice.paid"_s, "whsec_x"));
        QVERIFY(request);
        QVERIFY(headerValue(request->headers, "Stripe-Signature").startsWith("t=" + QByteArray::number(kNow) + ",v1="));
    }

    void hmacTakesItsOptions()
    {
        SendSpec spec = specFor({}, "generic-secret", u"hmac"_s);
        spec.body = "{\"a\":1}";
        spec.signing.hmacHeader = u"X-Sig"_s;
        spec.signing.hmacAlgorithm = u"sha512"_s;
        spec.signing.hmacEncoding = u"base64"_s;
        spec.signing.hmacPrefix = u"sha512="_s;
        const std::optional<OutgoingRequest> request = build(spec);
        QVERIFY(request);
        const QByteArray expected = "sha512=" + hmac(HashAlgorithm::Sha512, "generic-secret", "{\"a\":1}").toBase64();
        QCOMPARE(headerValue(request->headers, "X-Sig"), expected);
        QCOMPARE(headerValue(request->headers, "Content-Type"), QByteArray("application/json"));
    }

    void phasioEncryptsThenSignsTheEncryptedText()
    {
        SendSpec spec = specFor(u"phasio/CUSTOMER_ORGANISATION_CREATED"_s, kPhasioKey);
        spec.edits.append(edit(u"name=Hookscope Ltd"_s));
        const std::optional<OutgoingRequest> request = build(spec);
        QVERIFY(request);
        QCOMPARE(headerValue(request->headers, "Content-Type"), QByteArray("text/plain"));
        const PhasioCipher::Result plain = PhasioCipher::decrypt(request->body, kPhasioKey);
        QVERIFY2(plain.ok(), qPrintable(plain.error));
        QVERIFY(plain.data.contains("\"name\": \"Hookscope Ltd\""));
        const SignatureVerdict verdict = verify(u"phasio"_s, *request, kPhasioKey);
        QVERIFY2(verdict.isValid(), qPrintable(verdict.reason));
    }

    void phasioWithoutSecretIsSentPlainWithAWarning()
    {
        QStringList warnings;
        const std::optional<OutgoingRequest> request =
                build(specFor(u"phasio/ORDER"_s, {}), nullptr, &warnings);
        QVERIFY(request);
        QCOMPARE(request->body, SampleLibrary::body(u"phasio"_s, u"ORDER"_s));
        QCOMPARE(warnings, QStringList { u"Phasio encrypts its bodies with the webhook secret; without --secret the sample goes out as plain JSON, unsigned"_s });
    }

    void headersKeepTheirOrderAndUserHeadersReplaceDefaults()
    {
        SendSpec spec = specFor(u"github/ping"_s, "s3cret");
        spec.headers = { { "content-type", "application/x-www-form-urlencoded" },
                         { "X-Custom", "1" },
                         { "X-Hub-Signature-256", "sha256=forged" } };
        const std::optional<OutgoingRequest> request = build(spec);
        QVERIFY(request);
        // The user's spelling replaces the default in place; the signature wins over a forged one.
        QCOMPARE(headerNames(*request), (QByteArrayList { "content-type", "User-Agent", "X-GitHub-Event",
                                                          "X-Custom", "X-Hub-Signature-256", "X-Hub-Signature" }));
        QCOMPARE(headerValue(request->headers, "X-GitHub-Event"), QByteArray("ping"));
        QCOMPARE(headerValue(request->headers, "Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(verify(u"github"_s, *request, "s3cret").isValid());
    }

    void standardWebhooksKeepsAGivenMessageId()
    {
        SendSpec spec = specFor(u"standard-webhooks/contact.created"_s, kStandardSecret);
        spec.headers = { { "webhook-id", "msg_fixed_1" } };
        const std::optional<OutgoingRequest> request = build(spec);
        QVERIFY(request);
        QCOMPARE(headerValue(request->headers, "webhook-id"), QByteArray("msg_fixed_1"));
        QCOMPARE(headerValue(request->headers, "webhook-timestamp"), QByteArray::number(kNow));
        QVERIFY(verify(u"standard-webhooks"_s, *request, kStandardSecret).isValid());
    }

    void unsignedWhenAskedOrWithoutSecret()
    {
        const std::optional<OutgoingRequest> none = build(specFor(u"stripe/invoice.paid"_s, "whsec_x", u"none"_s));
        QVERIFY(none);
        QVERIFY(!hasHeader(none->headers, "Stripe-Signature"));
        const std::optional<OutgoingRequest> noSecret = build(specFor(u"stripe/invoice.paid"_s, {}));
        QVERIFY(noSecret);
        QVERIFY(!hasHeader(noSecret->headers, "Stripe-Signature"));
    }

    void bodyWithoutProviderGetsAContentTypeByItsBytes()
    {
        SendSpec spec = specFor({}, {});
        spec.body = QByteArray("\x00\x01\xff", 3);
        QCOMPARE(headerValue(build(spec)->headers, "Content-Type"), QByteArray("application/octet-stream"));
        spec.body = "[1]";
        QCOMPARE(headerValue(build(spec)->headers, "Content-Type"), QByteArray("application/json"));
        spec.body = "[1]";
        spec.method = "PUT";
        QCOMPARE(build(spec)->method, QByteArray("PUT"));
    }

    void explainsWhatCannotBeSigned_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("hmacHeader");
        QTest::addColumn<QString>("hmacAlgorithm");
        QTest::addColumn<QString>("error");
        QTest::newRow("provider without scheme") << u"willsuite/customer.created"_s << QString() << QByteArray("s") << QString() << QString()
                                                 << u"WillSuite does not sign its deliveries; choose a scheme with --sign"_s;
        QTest::newRow("secret without provider") << QString() << QString() << QByteArray("s") << QString() << QString()
                                                 << u"--secret needs --sign SCHEME when no --sample names the provider"_s;
        QTest::newRow("scheme without secret") << QString() << u"stripe"_s << QByteArray() << QString() << QString()
                                               << u"--sign stripe needs --secret"_s;
        QTest::newRow("unknown scheme") << QString() << u"paypal"_s << QByteArray("s") << QString() << QString()
                                        << u"--sign paypal: unknown scheme; use one of standard-webhooks, stripe, github, phasio, hmac, header-token"_s;
        QTest::newRow("hmac options elsewhere") << QString() << u"github"_s << QByteArray("s") << u"X-Sig"_s << QString()
                                                << u"--hmac-header, --hmac-algorithm, --hmac-encoding and --hmac-prefix go with --sign hmac"_s;
        QTest::newRow("hmac options without scheme") << QString() << QString() << QByteArray() << u"X-Sig"_s << QString()
                                                     << u"--hmac-header, --hmac-algorithm, --hmac-encoding and --hmac-prefix go with --sign hmac"_s;
        QTest::newRow("bad algorithm") << QString() << u"hmac"_s << QByteArray("s") << QString() << u"md5"_s
                                       << u"--hmac-algorithm md5: use sha1, sha256 or sha512"_s;
        QTest::newRow("phasio key") << u"phasio/ORDER"_s << QString() << QByteArray("not-a-key") << QString() << QString()
                                    << u"cannot encrypt the body: "_s;
    }

    void explainsWhatCannotBeSigned()
    {
        QFETCH(QString, sample);
        QFETCH(QString, scheme);
        QFETCH(QByteArray, secret);
        QFETCH(QString, hmacHeader);
        QFETCH(QString, hmacAlgorithm);
        QFETCH(QString, error);
        SendSpec spec = specFor(sample, secret, scheme);
        spec.body = "{}";
        spec.signing.hmacHeader = hmacHeader;
        spec.signing.hmacAlgorithm = hmacAlgorithm;
        QString actual;
        QVERIFY(!build(spec, &actual));
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
        QVERIFY(!actual.contains(QString::fromUtf8(secret)) || secret.size() < 3);
    }

    void schemaWarningsNameTheBrokenField()
    {
        SendSpec spec = specFor(u"phasio/CUSTOMER_ORGANISATION_CREATED"_s, {});
        spec.edits.append(edit(u"customers[1].email=x@y.z"_s));
        QStringList warnings;
        QVERIFY(build(spec, nullptr, &warnings));
        QVERIFY(!warnings.isEmpty());
        QVERIFY2(warnings.contains(u"the body does not match its schema at /customers/1: Missing required property 'id'."_s),
                 qPrintable(warnings.join(u'\n')));
    }

    // Phasio end to end: composed, encrypted and signed by the sender, captured by an endpoint
    // bound to phasio with the key, decrypted and validated by the analyzer.
    void phasioRoundTripsThroughCapture()
    {
        const Endpoint phasio = endpointFrom(u"/phasio=phasio/CUSTOMER_ORGANISATION_CREATED,secret="_s
                                         + QString::fromLatin1(kPhasioKey));
        SendCapture capture({ phasio });
        QVERIFY2(capture.error().isEmpty(), qPrintable(capture.error()));
        SendSpec spec = specFor(u"phasio/CUSTOMER_ORGANISATION_CREATED"_s, kPhasioKey);
        spec.url = capture.url(u"/phasio/orgs"_s);
        spec.now.reset();
        spec.edits = { edit(u"customers[0].email=ops@hookscope.test"_s),
                       edit(u"id=9001"_s) };
        const std::optional<OutgoingRequest> request = build(spec);
        QVERIFY(request);
        HttpClient client;
        const HttpExchange exchange = client.sendAndWait(*request);
        QVERIFY2(exchange.answered(), qPrintable(exchange.error));
        QCOMPARE(exchange.status, 200);

        const QList<Delivery> stored = capture.deliveries(1);
        QCOMPARE(stored.size(), 1);
        const Delivery &delivery = stored.first();
        QCOMPARE(delivery.body, request->body);
        QCOMPARE(delivery.classification.signature, u"valid"_s);
        const DeliveryAnalyzer analyzer(catalog(), { phasio });
        DeliveryAnalysis analysis = analyzer.analyze(delivery);
        analyzer.validate(analysis);
        QVERIFY2(analysis.decrypted, qPrintable(analysis.decryptionError));
        QVERIFY(analysis.signature.isValid());
        QCOMPARE(analysis.providerId, u"phasio"_s);
        QCOMPARE(analysis.eventTypes(), QStringList { u"CUSTOMER_ORGANISATION_CREATED"_s });
        QVERIFY(analysis.events.first().violations.isEmpty());
        QVERIFY(analysis.body.contains("\"email\": \"ops@hookscope.test\""));
        QVERIFY(analysis.body.contains("\"id\": 9001,"));
    }

    // What the sender signs, the capture's analyzer accepts for every provider that signs.
    void captureVerifiesWhatTheSenderSigned()
    {
        const QList<std::pair<QString, QByteArray>> senders = {
            { u"standard-webhooks/contact.created"_s, kStandardSecret },
            { u"stripe/charge.refunded"_s, "whsec_stripe" },
            { u"github/issues"_s, "gh-secret" },
            { u"enad/organisation_users.added"_s, "enad-token" },
            { u"phasio/ORDER"_s, kPhasioKey },
        };
        QList<Endpoint> endpoints;
        for (const auto &[sample, secret] : senders) {
            const QString provider = sample.section(u'/', 0, 0);
            endpoints.append(endpointFrom(u"/%1=%2/%3,secret=%4"_s.arg(provider, provider, sample.section(u'/', 1),
                                                                  QString::fromLatin1(secret))));
        }
        SendCapture capture(endpoints);
        QVERIFY2(capture.error().isEmpty(), qPrintable(capture.error()));
        HttpClient client;
        for (const auto &[sample, secret] : senders) {
            SendSpec spec = specFor(sample, secret);
            spec.now.reset();
            spec.url = capture.url(u'/' + sample.section(u'/', 0, 0));
            const std::optional<OutgoingRequest> request = build(spec);
            QVERIFY(request);
            QVERIFY(client.sendAndWait(*request).isSuccess());
        }
        const QList<Delivery> stored = capture.deliveries(senders.size());
        QCOMPARE(stored.size(), senders.size());
        for (const Delivery &delivery : stored)
            QVERIFY2(delivery.classification.signature == u"valid"_s,
                     qPrintable(delivery.classification.provider + u": "_s + delivery.classification.signature));
    }

    void signerReplacesHeadersInPlace()
    {
        OutgoingRequest request;
        request.body = "{}";
        request.headers = { { "x-hub-signature-256", "old" }, { "A", "1" }, { "X-Hub-Signature-256", "older" } };
        SigningArguments arguments;
        arguments.scheme = u"github"_s;
        arguments.secret = "k";
        QString error;
        const std::optional<SigningSetup> setup = SigningSetup::fromArguments(arguments, nullptr, true, &error);
        QVERIFY(setup);
        QVERIFY(RequestSigner(*setup).sign(request, &error));
        QCOMPARE(headerNames(request), (QByteArrayList { "X-Hub-Signature-256", "A", "X-Hub-Signature" }));
        QVERIFY(verify(u"github"_s, request, "k").isValid());
    }
};

QTEST_GUILESS_MAIN(TestSendSigning)
#include "tst_sendsigning.moc"
