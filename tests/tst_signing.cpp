#include "signing/encoding.h"
#include "signing/githubscheme.h"
#include "signing/hmac.h"
#include "signing/hmacscheme.h"
#include "signing/phasiocipher.h"
#include "signing/phasioscheme.h"
#include "signing/signatureschemefactory.h"
#include "signing/standardwebhooksscheme.h"
#include "signing/stripescheme.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(hookscope::HashAlgorithm)
Q_DECLARE_METATYPE(hookscope::DigestEncoding)
Q_DECLARE_METATYPE(hookscope::PhasioLayout)

using namespace Qt::StringLiterals;
using namespace hookscope;

namespace {

// 2026-11-23T12:00:00Z
constexpr qint64 fixedNow = 1795435200;

const QString mismatch = u"signature does not match: wrong secret or body modified"_s;

QString statusOf(const SignatureVerdict &verdict)
{
    return signatureStatusName(verdict.status);
}

HttpHeaderList replaced(HttpHeaderList headers, QByteArrayView name, const QByteArray &value)
{
    bool found = false;
    for (HttpHeader &header : headers) {
        if (QByteArrayView(header.name).compare(name, Qt::CaseInsensitive) == 0) {
            header.value = value;
            found = true;
        }
    }
    if (!found)
        headers.append({ name.toByteArray(), value });
    return headers;
}

HttpHeaderList without(HttpHeaderList headers, QByteArrayView name)
{
    headers.removeIf([name](const HttpHeader &header) {
        return QByteArrayView(header.name).compare(name, Qt::CaseInsensitive) == 0;
    });
    return headers;
}

VerificationRequest verification(const QByteArray &body, const HttpHeaderList &headers,
                                 const QByteArray &secret, qint64 now = fixedNow)
{
    return { body, headers, secret, now };
}

SignatureSchemeOptions timestampedHmacOptions()
{
    SignatureSchemeOptions options;
    options.hmac.header = "X-Signature";
    options.hmac.signedContent = "{timestamp}:{id}:{body}";
    options.hmac.timestampHeader = "X-Timestamp";
    options.hmac.idHeader = "X-Message-Id";
    return options;
}

// Every scheme, with a secret of the form it expects and the header that carries the signature.
struct SchemeCase
{
    const char *name;
    QString id;
    SignatureSchemeOptions options;
    QByteArray secret;
    QByteArray otherSecret;
    QByteArrayList signatureHeaders; // the first is the one a Missing verdict names
};

QList<SchemeCase> allSchemes()
{
    return {
        { "standard-webhooks",
          u"standard-webhooks"_s,
          {},
          "whsec_QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=",
          "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
          { "webhook-signature" } },
        { "stripe",
          u"stripe"_s,
          {},
          "whsec_hookscope_stripe_test",
          "whsec_other",
          { "Stripe-Signature" } },
        { "github",
          u"github"_s,
          {},
          "It's a Secret to Everybody",
          "It's no secret",
          { "X-Hub-Signature-256", "X-Hub-Signature" } },
        { "phasio",
          u"phasio"_s,
          {},
          "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
          "HwECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
          { "X-Phasio-Signature" } },
        { "hmac", u"hmac"_s, {}, "generic-secret", "generic-secreT", { "X-Signature" } },
        { "hmac with timestamp and id",
          u"hmac"_s,
          timestampedHmacOptions(),
          "generic-secret",
          "another-secret",
          { "X-Signature" } },
    };
}

// A delivery signed by one of allSchemes() at fixedNow.
struct SignedDelivery
{
    SchemeCase config;
    std::unique_ptr<SignatureScheme> scheme;
    QByteArray body = "{\"event\":\"test\",\"amount\":42}";
    HttpHeaderList headers;
    QString signError;

    explicit SignedDelivery(int schemeIndex)
        : config(allSchemes().at(schemeIndex)),
          scheme(createSignatureScheme(config.id, config.options))
    {
        headers = scheme->sign({ body, {}, config.secret, fixedNow, {} }, &signError);
    }
};

} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

private slots:
    // Building blocks
    void hmacKnownAnswers_data();
    void hmacKnownAnswers();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void hashAlgorithmNames();
    void decodeHex_data();
    void decodeHex();
    void decodeBase64_data();
    void decodeBase64();
    void statusNames();
    void factory();
    void headerToken();

    // Behaviour every scheme shares
    void signThenVerify_data();
    void signThenVerify();
    void tamperedBody_data() { signThenVerify_data(); }
    void tamperedBody();
    void wrongSecret_data() { signThenVerify_data(); }
    void wrongSecret();
    void missingSignature_data() { signThenVerify_data(); }
    void missingSignature();
    void noSecret_data() { signThenVerify_data(); }
    void noSecret();
    void signWithoutSecret_data() { signThenVerify_data(); }
    void signWithoutSecret();
    void secretNeverInReasons_data() { signThenVerify_data(); }
    void secretNeverInReasons();

    // Standard Webhooks
    void standardWebhooksKnownAnswers_data();
    void standardWebhooksKnownAnswers();
    void standardWebhooksMultipleSignatures_data();
    void standardWebhooksMultipleSignatures();
    void standardWebhooksMalformed_data();
    void standardWebhooksMalformed();
    void standardWebhooksSecret_data();
    void standardWebhooksSecret();
    void standardWebhooksMessageId();
    void timestampTolerance_data();
    void timestampTolerance();

    // Stripe
    void stripeKnownAnswer();
    void stripeMultipleSignatures();
    void stripeMalformed_data();
    void stripeMalformed();

    // GitHub
    void githubTestVector();
    void githubLegacySha1();
    void githubUpperCaseAndPrefix_data();
    void githubUpperCaseAndPrefix();

    // Phasio signature
    void phasioSignatureKnownAnswer();
    void phasioSignatureWithDecodedKey();

    // Generic HMAC
    void genericHmac_data();
    void genericHmac();
    void genericHmacTemplate();
    void genericHmacTemplateIsOnePass();
    void genericHmacConfiguration();
    void genericHmacWrongAlgorithm();

    // Phasio encryption
    void phasioKnownAnswer_data();
    void phasioKnownAnswer();
    void phasioRoundTrip_data();
    void phasioRoundTrip();
    void phasioDecryptErrors_data();
    void phasioDecryptErrors();
    void phasioTamperedBody();
    void phasioKey_data();
    void phasioKey();
    void phasioEncryptErrors();
    void phasioLayoutNames();
};

// RFC 4231 test case 2 and RFC 2202 test case 2: key "Jefe".
void TestSigning::hmacKnownAnswers_data()
{
    QTest::addColumn<HashAlgorithm>("algorithm");
    QTest::addColumn<QByteArray>("expectedHex");
    QTest::newRow("sha1") << HashAlgorithm::Sha1
                          << QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    QTest::newRow("sha256") << HashAlgorithm::Sha256
                            << QByteArray("5bdcc146bf60754e6a042426089575c7"
                                          "5a003f089d2739839dec58b964ec3843");
    QTest::newRow("sha512") << HashAlgorithm::Sha512
                            << QByteArray("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd6"
                                          "10270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fd"
                                          "caeab1a34d4a6b4b636e070a38bce737");
}

void TestSigning::hmacKnownAnswers()
{
    QFETCH(HashAlgorithm, algorithm);
    QFETCH(QByteArray, expectedHex);
    const QByteArray digest = hmac(algorithm, "Jefe", "what do ya want for nothing?");
    QCOMPARE(digest.toHex(), expectedHex);
    QCOMPARE(digest.size(), digestLength(algorithm));
    // An empty key is a valid HMAC key, distinct from a failure.
    QCOMPARE(hmac(algorithm, {}, {}).size(), digestLength(algorithm));
}

void TestSigning::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("abc") << QByteArray("abc") << true;
    QTest::newRow("last byte differs") << QByteArray("abc") << QByteArray("abd") << false;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("ab") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("one empty") << QByteArray() << QByteArray("a") << false;
}

void TestSigning::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(hookscope::constantTimeEquals(a, b), equal);
    QCOMPARE(hookscope::constantTimeEquals(b, a), equal);
}

void TestSigning::hashAlgorithmNames()
{
    QCOMPARE(hashAlgorithmFromName(u"sha256"), HashAlgorithm::Sha256);
    QCOMPARE(hashAlgorithmFromName(u"SHA-512"), HashAlgorithm::Sha512);
    QCOMPARE(hashAlgorithmFromName(u"sha1"), HashAlgorithm::Sha1);
    QVERIFY(!hashAlgorithmFromName(u"md5"));
    QCOMPARE(hashAlgorithmName(HashAlgorithm::Sha512), u"sha512"_s);
    QCOMPARE(hmacDisplayName(HashAlgorithm::Sha256), u"HMAC-SHA256"_s);
    QCOMPARE(digestEncodingFromName(u"base64"), DigestEncoding::Base64);
    QCOMPARE(digestEncodingFromName(u"HEX"), DigestEncoding::Hex);
    QVERIFY(!digestEncodingFromName(u"base32"));
}

void TestSigning::decodeHex_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lower") << QByteArray("00ff7a") << true << QByteArray("\x00\xff\x7a", 3);
    QTest::newRow("upper") << QByteArray("00FF7A") << true << QByteArray("\x00\xff\x7a", 3);
    QTest::newRow("empty") << QByteArray("") << true << QByteArray();
    QTest::newRow("odd length") << QByteArray("0ff") << false << QByteArray();
    QTest::newRow("not hex") << QByteArray("0g") << false << QByteArray();
    QTest::newRow("space") << QByteArray("0f 0f") << false << QByteArray();
}

void TestSigning::decodeHex()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    const std::optional<QByteArray> decoded = hookscope::decodeHex(text);
    QCOMPARE(decoded.has_value(), ok);
    if (ok)
        QCOMPARE(*decoded, bytes);
}

void TestSigning::decodeBase64_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("urlSafe");
    QTest::addColumn<qsizetype>("errorOffset");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("padded") << QByteArray("+/8=") << false << qsizetype(-1)
                            << QByteArray("\xfb\xff", 2);
    QTest::newRow("unpadded") << QByteArray("+/8") << false << qsizetype(-1)
                              << QByteArray("\xfb\xff", 2);
    QTest::newRow("url-safe") << QByteArray("-_8") << true << qsizetype(-1)
                              << QByteArray("\xfb\xff", 2);
    QTest::newRow("two pads") << QByteArray("QQ==") << false << qsizetype(-1) << QByteArray("A");
    QTest::newRow("empty") << QByteArray("") << false << qsizetype(-1) << QByteArray();
    QTest::newRow("standard char in url-safe")
        << QByteArray("ab+d") << true << qsizetype(2) << QByteArray();
    QTest::newRow("url char in standard")
        << QByteArray("ab_d") << false << qsizetype(2) << QByteArray();
    QTest::newRow("padding inside")
        << QByteArray("QQ==QQ==") << false << qsizetype(2) << QByteArray();
    QTest::newRow("three pads") << QByteArray("Q===") << false << qsizetype(1) << QByteArray();
    QTest::newRow("impossible length")
        << QByteArray("QUJDR") << false << qsizetype(5) << QByteArray();
    QTest::newRow("short padding") << QByteArray("QQ=") << false << qsizetype(2) << QByteArray();
    QTest::newRow("space") << QByteArray("QU JD") << false << qsizetype(2) << QByteArray();
}

void TestSigning::decodeBase64()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, urlSafe);
    QFETCH(qsizetype, errorOffset);
    QFETCH(QByteArray, bytes);
    const Base64Decoded decoded = hookscope::decodeBase64(
        text, urlSafe ? Base64Alphabet::UrlSafe : Base64Alphabet::Standard);
    QCOMPARE(decoded.errorOffset, errorOffset);
    QCOMPARE(decoded.data, bytes);
}

void TestSigning::statusNames()
{
    using Status = SignatureVerdict::Status;
    for (Status status : { Status::Valid, Status::Invalid, Status::Missing, Status::Unchecked })
        QCOMPARE(signatureStatusFromName(signatureStatusName(status)), status);
    QCOMPARE(signatureStatusName(Status::Valid), u"valid"_s);
    QCOMPARE(signatureStatusName(Status::Invalid), u"invalid"_s);
    QCOMPARE(signatureStatusName(Status::Missing), u"missing"_s);
    QCOMPARE(signatureStatusName(Status::Unchecked), u"unchecked"_s);
    QVERIFY(!signatureStatusFromName(u"VALID"));
}

void TestSigning::headerToken()
{
    // Enad-style: no signature, a configured token in a header; the body is not covered.
    SignatureSchemeOptions options;
    options.headerToken = { "Authorization", "Bearer " };
    const std::unique_ptr<SignatureScheme> scheme = createSignatureScheme(u"header-token", options);
    QVERIFY(scheme);
    const HttpHeaderList signedHeaders = scheme->sign({ "{}", {}, "s3cret", fixedNow, {} });
    QCOMPARE(signedHeaders.size(), 1);
    QCOMPARE(signedHeaders.first().value, QByteArray("Bearer s3cret"));
    QCOMPARE(statusOf(scheme->verify(verification("{}", signedHeaders, "s3cret"))), u"valid"_s);
    QCOMPARE(statusOf(scheme->verify(verification("{\"changed\":1}", signedHeaders, "s3cret"))), u"valid"_s);
    const SignatureVerdict wrong = scheme->verify(verification("{}", signedHeaders, "other"));
    QCOMPARE(statusOf(wrong), u"invalid"_s);
    QVERIFY(!wrong.reason.contains(u"s3cret"_s));
    QVERIFY(!wrong.reason.contains(u"other"_s));
    const SignatureVerdict basic = scheme->verify(
            verification("{}", { { "authorization", "Basic dXNlcjpwYXNz" } }, "s3cret"));
    QCOMPARE(statusOf(basic), u"invalid"_s);
    QVERIFY2(basic.reason.contains(u"does not start with \"Bearer\""_s), qPrintable(basic.reason));
    QCOMPARE(statusOf(scheme->verify(verification("{}", {}, "s3cret"))), u"missing"_s);
    QCOMPARE(statusOf(scheme->verify(verification("{}", signedHeaders, {}))), u"unchecked"_s);
    // A token pasted with a trailing space still verifies what its sender's header carries
    // (found by fuzz_signing).
    const HttpHeaderList padded = scheme->sign({ "{}", {}, "s3cret  ", fixedNow, {} });
    QCOMPARE(statusOf(scheme->verify(verification("{}", padded, "s3cret  "))), u"valid"_s);
    QCOMPARE(statusOf(scheme->verify(verification("{}", signedHeaders, "s3cret "))), u"valid"_s);
}

void TestSigning::factory()
{
    for (const QString &id : signatureSchemeIds()) {
        const std::unique_ptr<SignatureScheme> scheme = createSignatureScheme(id);
        QVERIFY2(scheme, qPrintable(id));
        QCOMPARE(scheme->id(), id);
    }
    QCOMPARE(signatureSchemeIds().size(), 6);
    QVERIFY(!createSignatureScheme(u"none"));
    QVERIFY(!createSignatureScheme(u"Stripe"));
}

void TestSigning::signThenVerify_data()
{
    QTest::addColumn<int>("schemeIndex");
    const QList<SchemeCase> schemes = allSchemes();
    for (int i = 0; i < schemes.size(); ++i)
        QTest::newRow(schemes[i].name) << i;
}

void TestSigning::signThenVerify()
{
    QFETCH(int, schemeIndex);
    const SignedDelivery delivery(schemeIndex);
    QCOMPARE(delivery.signError, QString());
    QVERIFY(hasHeader(delivery.headers, delivery.config.signatureHeaders.constFirst()));

    const SignatureVerdict verdict = delivery.scheme->verify(
        verification(delivery.body, delivery.headers, delivery.config.secret));
    QCOMPARE(statusOf(verdict), u"valid"_s);
    QCOMPARE(verdict.reason, u"signature matches"_s);
    QCOMPARE(verdict.scheme, delivery.config.id);
    QVERIFY(verdict.isValid());
    // Header names are matched case-insensitively, as HTTP wants.
    HttpHeaderList upperCased = delivery.headers;
    for (HttpHeader &header : upperCased)
        header.name = header.name.toUpper();
    QCOMPARE(statusOf(delivery.scheme->verify(
                 verification(delivery.body, upperCased, delivery.config.secret))),
             u"valid"_s);
}

void TestSigning::tamperedBody()
{
    QFETCH(int, schemeIndex);
    const SignedDelivery delivery(schemeIndex);
    QByteArray tampered = delivery.body;
    tampered.replace("42", "43");
    const SignatureVerdict verdict
        = delivery.scheme->verify(verification(tampered, delivery.headers, delivery.config.secret));
    QCOMPARE(statusOf(verdict), u"invalid"_s);
    QCOMPARE(verdict.reason, mismatch);
    QCOMPARE(verdict.scheme, delivery.config.id);
}

void TestSigning::wrongSecret()
{
    QFETCH(int, schemeIndex);
    const SignedDelivery delivery(schemeIndex);
    const SignatureVerdict verdict = delivery.scheme->verify(
        verification(delivery.body, delivery.headers, delivery.config.otherSecret));
    QCOMPARE(statusOf(verdict), u"invalid"_s);
    QCOMPARE(verdict.reason, mismatch);
}

void TestSigning::missingSignature()
{
    QFETCH(int, schemeIndex);
    const SignedDelivery delivery(schemeIndex);
    HttpHeaderList unsignedHeaders = delivery.headers;
    for (const QByteArray &header : delivery.config.signatureHeaders)
        unsignedHeaders = without(unsignedHeaders, header);
    const QString reason
        = u"no %1 header"_s.arg(QString::fromLatin1(delivery.config.signatureHeaders.constFirst()));
    for (const QByteArray &secret : { delivery.config.secret, QByteArray() }) {
        const SignatureVerdict verdict
            = delivery.scheme->verify(verification(delivery.body, unsignedHeaders, secret));
        QCOMPARE(statusOf(verdict), u"missing"_s);
        QCOMPARE(verdict.reason, reason);
        QCOMPARE(verdict.scheme, delivery.config.id);
    }
    QCOMPARE(
        statusOf(delivery.scheme->verify(verification(delivery.body, {}, delivery.config.secret))),
        u"missing"_s);
}

void TestSigning::noSecret()
{
    QFETCH(int, schemeIndex);
    const SignedDelivery delivery(schemeIndex);
    const SignatureVerdict verdict
        = delivery.scheme->verify(verification(delivery.body, delivery.headers, {}));
    QCOMPARE(statusOf(verdict), u"unchecked"_s);
    QCOMPARE(verdict.reason, u"no secret configured: signature not checked"_s);
    QCOMPARE(verdict.scheme, delivery.config.id);
}

void TestSigning::signWithoutSecret()
{
    QFETCH(int, schemeIndex);
    const SignedDelivery delivery(schemeIndex);
    QString error;
    QVERIFY(delivery.scheme->sign({ delivery.body, {}, {}, fixedNow, {} }, &error).isEmpty());
    QCOMPARE(error, u"no secret configured"_s);
}

// No verdict and no error text repeats the secret, whatever goes wrong.
void TestSigning::secretNeverInReasons()
{
    QFETCH(int, schemeIndex);
    const SignedDelivery delivery(schemeIndex);
    const QString secret = QString::fromLatin1(delivery.config.secret);
    const QString otherSecret = QString::fromLatin1(delivery.config.otherSecret);
    QList<HttpHeaderList> variants = { delivery.headers };
    for (const HttpHeader &header : delivery.headers) {
        variants.append(replaced(delivery.headers, header.name, "x"));
        variants.append(replaced(delivery.headers, header.name, delivery.config.secret));
        variants.append(without(delivery.headers, header.name));
    }
    for (const HttpHeaderList &headers : std::as_const(variants)) {
        for (const QByteArray &body : { delivery.body, QByteArray("[]") }) {
            for (const QByteArray &key : { delivery.config.secret, delivery.config.otherSecret,
                                           QByteArray("not*base64") }) {
                const QString reason
                    = delivery.scheme->verify(verification(body, headers, key)).reason;
                QVERIFY2(!reason.contains(secret) && !reason.contains(otherSecret),
                         qPrintable(reason));
            }
        }
    }
}

// Made with node 20: crypto.createHmac('sha256', key).update(`${id}.${ts}.${body}`)
// .digest('base64'), key = Buffer.from(secret without "whsec_", 'base64'). The first row is the
// vector of the Standard Webhooks reference library tests (libraries/python/tests).
void TestSigning::standardWebhooksKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("messageId");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("reference library")
        << QByteArray("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        << QByteArray("msg_p5jXN8AQM9LWM0D4loKWxJek") << qint64(1614265330)
        << QByteArray("{\"test\": 2432232314}")
        << QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    QTest::newRow("node") << QByteArray("whsec_QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=")
                          << QByteArray("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W") << fixedNow
                          << QByteArray(
                                 "{\"type\":\"invoice.paid\",\"timestamp\":\"2026-11-23T12:00:"
                                 "00Z\",\"data\":{\"id\":\"in_1\"}}")
                          << QByteArray("v1,P4Vr/6AD87jJT98hLmVLhLPr3mtaOpHpnjRSDwZxg6g=");
}

void TestSigning::standardWebhooksKnownAnswers()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, messageId);
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, signature);
    const StandardWebhooksScheme scheme;
    const HttpHeaderList headers = scheme.sign({ body, {}, secret, timestamp, messageId });
    const HttpHeaderList expected = { { "webhook-id", messageId },
                                      { "webhook-timestamp", QByteArray::number(timestamp) },
                                      { "webhook-signature", signature } };
    QCOMPARE(headers, expected);
    QCOMPARE(statusOf(scheme.verify(verification(body, expected, secret, timestamp))), u"valid"_s);
}

void TestSigning::standardWebhooksMultipleSignatures_data()
{
    QTest::addColumn<QByteArray>("signatures");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    const QByteArray good = "v1,P4Vr/6AD87jJT98hLmVLhLPr3mtaOpHpnjRSDwZxg6g=";
    const QByteArray bad = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";
    const QByteArray asymmetric = "v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJ"
                                  "aA7AZdpXwVLPo3mNl8EM+m7TBAg==";
    QTest::newRow("valid last") << bad + ' ' + bad + ' ' + good << u"valid"_s
                                << u"signature 3 of 3 matches"_s;
    QTest::newRow("v1a and v2 ignored")
        << asymmetric + ' ' + "v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= " + good
        << u"valid"_s << u"signature matches"_s;
    QTest::newRow("extra spaces") << "  " + good + "   " + bad + ' ' << u"valid"_s
                                  << u"signature 1 of 2 matches"_s;
    QTest::newRow("none matches") << bad + ' ' + bad << u"invalid"_s
                                  << u"none of the 2 signatures matches: wrong secret or body "
                                     u"modified"_s;
    QTest::newRow("only v1a") << asymmetric << u"invalid"_s
                              << u"webhook-signature has no v1 signature"_s;
}

void TestSigning::standardWebhooksMultipleSignatures()
{
    QFETCH(QByteArray, signatures);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    const HttpHeaderList headers = { { "webhook-id", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W" },
                                     { "webhook-timestamp", QByteArray::number(fixedNow) },
                                     { "webhook-signature", signatures } };
    const QByteArray body = "{\"type\":\"invoice.paid\",\"timestamp\":\"2026-11-23T12:00:00Z\","
                            "\"data\":{\"id\":\"in_1\"}}";
    const SignatureVerdict verdict = StandardWebhooksScheme().verify(
        verification(body, headers, "whsec_QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8="));
    QCOMPARE(statusOf(verdict), status);
    QCOMPARE(verdict.reason, reason);
}

void TestSigning::standardWebhooksMalformed_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("reason");
    const QString malformedSignature
        = u"malformed webhook-signature header: expected v1,<base64> entries separated by "
          u"spaces"_s;
    QTest::newRow("no comma") << QByteArray("webhook-signature") << QByteArray("v1=abc")
                              << malformedSignature;
    QTest::newRow("no version") << QByteArray("webhook-signature") << QByteArray(",abc")
                                << malformedSignature;
    QTest::newRow("not base64") << QByteArray("webhook-signature") << QByteArray("v1,a*c")
                                << malformedSignature;
    QTest::newRow("empty") << QByteArray("webhook-signature") << QByteArray("  ")
                           << malformedSignature;
    QTest::newRow("timestamp not a number")
        << QByteArray("webhook-timestamp") << QByteArray("hello")
        << u"malformed webhook-timestamp header: expected Unix seconds"_s;
    QTest::newRow("timestamp with fraction")
        << QByteArray("webhook-timestamp") << QByteArray("1795435200.5")
        << u"malformed webhook-timestamp header: expected Unix seconds"_s;
    QTest::newRow("negative timestamp")
        << QByteArray("webhook-timestamp") << QByteArray("-1")
        << u"malformed webhook-timestamp header: expected Unix seconds"_s;
    QTest::newRow("huge timestamp")
        << QByteArray("webhook-timestamp") << QByteArray("99999999999999999999999")
        << u"malformed webhook-timestamp header: expected Unix seconds"_s;
}

void TestSigning::standardWebhooksMalformed()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, reason);
    const QByteArray secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const StandardWebhooksScheme scheme;
    const HttpHeaderList headers = scheme.sign({ "{}", {}, secret, fixedNow, {} });
    const SignatureVerdict verdict
        = scheme.verify(verification("{}", replaced(headers, header, value), secret));
    QCOMPARE(statusOf(verdict), u"invalid"_s);
    QCOMPARE(verdict.reason, reason);

    for (const QByteArray &companion :
         { QByteArray("webhook-id"), QByteArray("webhook-timestamp") }) {
        const SignatureVerdict missing
            = scheme.verify(verification("{}", without(headers, companion), secret));
        QCOMPARE(statusOf(missing), u"invalid"_s);
        QCOMPARE(missing.reason,
                 u"signed delivery has no %1 header"_s.arg(QLatin1String(companion)));
    }
}

void TestSigning::standardWebhooksSecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("usable");
    QTest::newRow("whsec_") << QByteArray("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") << true;
    QTest::newRow("without prefix") << QByteArray("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") << true;
    QTest::newRow("trailing newline")
        << QByteArray("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n") << true;
    QTest::newRow("unpadded") << QByteArray("whsec_QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8")
                              << true;
    QTest::newRow("not base64") << QByteArray("whsec_not*base64") << false;
    QTest::newRow("prefix only") << QByteArray("whsec_") << false;
    QTest::newRow("plain words") << QByteArray("my secret") << false;
}

void TestSigning::standardWebhooksSecret()
{
    QFETCH(QByteArray, secret);
    QFETCH(bool, usable);
    const StandardWebhooksScheme scheme;
    QCOMPARE(StandardWebhooksScheme::decodeSecret(secret).has_value(), usable);
    QString error;
    const HttpHeaderList headers = scheme.sign({ "{}", {}, secret, fixedNow, {} }, &error);
    if (usable) {
        QCOMPARE(error, QString());
        QCOMPARE(statusOf(scheme.verify(verification("{}", headers, secret))), u"valid"_s);
        return;
    }
    QVERIFY(headers.isEmpty());
    QCOMPARE(error, u"secret is not valid whsec_ base64"_s);
    const HttpHeaderList others
        = scheme.sign({ "{}", {}, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", fixedNow, {} });
    const SignatureVerdict verdict = scheme.verify(verification("{}", others, secret));
    QCOMPARE(statusOf(verdict), u"invalid"_s);
    QCOMPARE(verdict.reason, u"secret is not valid whsec_ base64"_s);
}

void TestSigning::standardWebhooksMessageId()
{
    const StandardWebhooksScheme scheme;
    const QByteArray secret = StandardWebhooksScheme::generateSecret();
    QVERIFY(secret.startsWith("whsec_"));
    QCOMPARE(StandardWebhooksScheme::decodeSecret(secret)->size(), 32);

    QSet<QByteArray> ids;
    for (int i = 0; i < 20; ++i) {
        const QByteArray messageId
            = headerValue(scheme.sign({ "{}", {}, secret, fixedNow, {} }), "webhook-id");
        QVERIFY(messageId.startsWith("msg_"));
        QVERIFY(messageId.size() > 20);
        QVERIFY(!messageId.contains('.'));
        ids.insert(messageId);
    }
    QCOMPARE(ids.size(), 20);

    // A given id wins; else the id already on the request (a re-sent delivery keeps its id).
    QCOMPARE(headerValue(scheme.sign({ "{}", {}, secret, fixedNow, "msg_given" }), "webhook-id"),
             QByteArray("msg_given"));
    QCOMPARE(
        headerValue(scheme.sign({ "{}", { { "Webhook-Id", "msg_kept" } }, secret, fixedNow, {} }),
                    "webhook-id"),
        QByteArray("msg_kept"));
}

void TestSigning::timestampTolerance_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("tolerance");
    QTest::addColumn<qint64>("nowOffset");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    for (const QString &id : { u"standard-webhooks"_s, u"stripe"_s, u"hmac"_s }) {
        const QByteArray tag = id.toLatin1();
        QTest::addRow("%s: an hour old", tag.constData())
            << id << qint64(300) << qint64(3600) << u"invalid"_s
            << u"timestamp 2026-11-23T12:00:00Z is 3600 s old; tolerance is 300 s"_s;
        QTest::addRow("%s: an hour ahead", tag.constData())
            << id << qint64(300) << qint64(-3600) << u"invalid"_s
            << u"timestamp 2026-11-23T12:00:00Z is 3600 s in the future; tolerance is 300 s"_s;
        QTest::addRow("%s: at the limit", tag.constData())
            << id << qint64(300) << qint64(300) << u"valid"_s << u"signature matches"_s;
        QTest::addRow("%s: at the future limit", tag.constData())
            << id << qint64(300) << qint64(-300) << u"valid"_s << u"signature matches"_s;
        QTest::addRow("%s: one second late", tag.constData())
            << id << qint64(300) << qint64(301) << u"invalid"_s
            << u"timestamp 2026-11-23T12:00:00Z is 301 s old; tolerance is 300 s"_s;
        QTest::addRow("%s: custom tolerance", tag.constData())
            << id << qint64(7200) << qint64(3600) << u"valid"_s << u"signature matches"_s;
        QTest::addRow("%s: check disabled", tag.constData())
            << id << qint64(0) << qint64(10 * 365 * 86400) << u"valid"_s << u"signature matches"_s;
    }
}

void TestSigning::timestampTolerance()
{
    QFETCH(QString, id);
    QFETCH(qint64, tolerance);
    QFETCH(qint64, nowOffset);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    SignatureSchemeOptions options = timestampedHmacOptions();
    options.toleranceSeconds = tolerance;
    const std::unique_ptr<SignatureScheme> scheme = createSignatureScheme(id, options);
    const QByteArray secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const HttpHeaderList headers = scheme->sign({ "{}", {}, secret, fixedNow, {} });
    const SignatureVerdict verdict
        = scheme->verify(verification("{}", headers, secret, fixedNow + nowOffset));
    QCOMPARE(statusOf(verdict), status);
    QCOMPARE(verdict.reason, reason);
    // A wrong signature is reported as such, whatever the age.
    const SignatureVerdict tampered
        = scheme->verify(verification("[]", headers, secret, fixedNow + nowOffset));
    QCOMPARE(tampered.reason, mismatch);
}

// Made with node 20: crypto.createHmac('sha256', 'whsec_hookscope_stripe_test')
// .update(`1795435200.${body}`).digest('hex')
void TestSigning::stripeKnownAnswer()
{
    const QByteArray body = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"payment_intent."
                            "succeeded\"}";
    const QByteArray expected = "t=1795435200,v1=9f95b8aabda7c38451382ae9a8d6a5e7eb01316af357953f"
                                "5a910762a31bb857";
    const StripeScheme scheme;
    const HttpHeaderList headers
        = scheme.sign({ body, {}, "whsec_hookscope_stripe_test", fixedNow, {} });
    QCOMPARE(headers, HttpHeaderList({ { "Stripe-Signature", expected } }));
    QCOMPARE(statusOf(scheme.verify(verification(body, headers, "whsec_hookscope_stripe_test"))),
             u"valid"_s);
}

void TestSigning::stripeMultipleSignatures()
{
    const QByteArray body = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"payment_intent."
                            "succeeded\"}";
    const QByteArray good = "9f95b8aabda7c38451382ae9a8d6a5e7eb01316af357953f5a910762a31bb857";
    const QByteArray other = "1f95b8aabda7c38451382ae9a8d6a5e7eb01316af357953f5a910762a31bb857";
    const StripeScheme scheme;
    const QByteArray secret = "whsec_hookscope_stripe_test";

    HttpHeaderList headers
        = { { "Stripe-Signature", "t=1795435200, v1=" + other + ",v1=" + good + ",v0=" + other } };
    SignatureVerdict verdict = scheme.verify(verification(body, headers, secret));
    QCOMPARE(statusOf(verdict), u"valid"_s);
    QCOMPARE(verdict.reason, u"signature 2 of 2 matches"_s);

    // v0 is another scheme: a matching v0 alone does not make the delivery valid.
    headers = { { "Stripe-Signature", "t=1795435200,v0=" + good + ",v1=" + other } };
    verdict = scheme.verify(verification(body, headers, secret));
    QCOMPARE(statusOf(verdict), u"invalid"_s);
    QCOMPARE(verdict.reason, mismatch);

    headers = { { "Stripe-Signature", "t=1795435200,v0=" + good } };
    verdict = scheme.verify(verification(body, headers, secret));
    QCOMPARE(statusOf(verdict), u"invalid"_s);
    QCOMPARE(verdict.reason, u"Stripe-Signature has no v1 signature"_s);
}

void TestSigning::stripeMalformed_data()
{
    QTest::addColumn<QByteArray>("value");
    const QByteArray v1 = "v1=9f95b8aabda7c38451382ae9a8d6a5e7eb01316af357953f5a910762a31bb857";
    QTest::newRow("no t") << v1;
    QTest::newRow("t not a number") << "t=soon," + v1;
    QTest::newRow("empty t") << "t=," + v1;
    QTest::newRow("two t") << "t=1795435200,t=1795435201," + v1;
    QTest::newRow("item without =") << "t=1795435200,v1," + v1;
    QTest::newRow("empty item") << "t=1795435200,," + v1;
    QTest::newRow("v1 not hex") << QByteArray("t=1795435200,v1=xyz");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("garbage") << QByteArray("=====");
}

void TestSigning::stripeMalformed()
{
    QFETCH(QByteArray, value);
    const SignatureVerdict verdict = StripeScheme().verify(
        verification("{}", { { "Stripe-Signature", value } }, "whsec_hookscope_stripe_test"));
    QCOMPARE(statusOf(verdict), u"invalid"_s);
    QCOMPARE(verdict.reason,
             u"malformed Stripe-Signature header: expected t=<unix seconds>,v1=<hex>"_s);
}

// The test vector from GitHub's "Validating webhook deliveries"; the SHA-1 value was made with
// node 20: crypto.createHmac('sha1', "It's a Secret to Everybody").update('Hello, World!').
void TestSigning::githubTestVector()
{
    const GithubScheme scheme;
    const HttpHeaderList headers
        = scheme.sign({ "Hello, World!", {}, "It's a Secret to Everybody", fixedNow, {} });
    const HttpHeaderList expected = {
        { "X-Hub-Signature-256",
          "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17" },
        { "X-Hub-Signature", "sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59" },
    };
    QCOMPARE(headers, expected);
    QCOMPARE(hmac(HashAlgorithm::Sha256, "It's a Secret to Everybody", "Hello, World!").toHex(),
             QByteArray("757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
    const SignatureVerdict verdict
        = scheme.verify(verification("Hello, World!", expected, "It's a Secret to Everybody"));
    QCOMPARE(statusOf(verdict), u"valid"_s);
    QCOMPARE(verdict.scheme, u"github"_s);
}

void TestSigning::githubLegacySha1()
{
    const GithubScheme scheme;
    const QByteArray secret = "It's a Secret to Everybody";
    const HttpHeaderList legacy
        = { { "X-Hub-Signature", "sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59" } };
    SignatureVerdict verdict = scheme.verify(verification("Hello, World!", legacy, secret));
    QCOMPARE(statusOf(verdict), u"valid"_s);
    QCOMPARE(verdict.reason, u"signature matches (legacy X-Hub-Signature, HMAC-SHA1)"_s);
    QCOMPARE(verdict.scheme, u"github"_s);

    verdict = scheme.verify(verification("Hello, World?", legacy, secret));
    QCOMPARE(statusOf(verdict), u"invalid"_s);
    QCOMPARE(verdict.reason, mismatch + u" (legacy X-Hub-Signature, HMAC-SHA1)"_s);

    // When the SHA-256 header is there, it alone decides.
    const HttpHeaderList both = {
        { "X-Hub-Signature-256",
          "sha256=0000000000000000000000000000000000000000000000000000000000000000" },
        legacy.constFirst(),
    };
    verdict = scheme.verify(verification("Hello, World!", both, secret));
    QCOMPARE(statusOf(verdict), u"invalid"_s);
    QCOMPARE(verdict.reason, mismatch);
}

void TestSigning::githubUpperCaseAndPrefix_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    const QByteArray hex = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    const QString malformed
        = u"malformed X-Hub-Signature-256 header: expected sha256=<64 hex digits>"_s;
    QTest::newRow("upper-case hex")
        << "sha256=" + hex.toUpper() << u"valid"_s << u"signature matches"_s;
    QTest::newRow("upper-case prefix") << "SHA256=" + hex << u"valid"_s << u"signature matches"_s;
    QTest::newRow("no prefix") << hex << u"invalid"_s << malformed;
    QTest::newRow("sha1 prefix") << "sha1=" + hex << u"invalid"_s << malformed;
    QTest::newRow("not hex") << QByteArray("sha256=hello") << u"invalid"_s << malformed;
    QTest::newRow("truncated") << "sha256=" + hex.left(40) << u"invalid"_s
                               << u"signature is 20 bytes but HMAC-SHA256 gives 32: wrong "
                                  u"algorithm or encoding"_s;
}

void TestSigning::githubUpperCaseAndPrefix()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    const SignatureVerdict verdict = GithubScheme().verify(verification(
        "Hello, World!", { { "X-Hub-Signature-256", value } }, "It's a Secret to Everybody"));
    QCOMPARE(statusOf(verdict), status);
    QCOMPARE(verdict.reason, reason);
}

// Made with node 20: crypto.createHmac('sha256', key).update(body).digest('hex'), with key the
// secret text (the assumption) or Buffer.from(secret, 'base64url') (the alternative).
void TestSigning::phasioSignatureKnownAnswer()
{
    const QByteArray secret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
    const QByteArray body
        = "oKGio6SlpqeoqaqrnToVSWfxNIhaSaW9Zhel_EqOGHP_0mIh_WBT4B7IAXSgHymYjQ5xVCzd"
          "dLh7FfWcIzl8LgO8aRs8L3sWy2YcVtDYUCQznxyNvA==";
    const HttpHeaderList expected
        = { { "X-Phasio-Signature",
              "2dfde9de2a9d1d4d32b8a094748e02d025034052813b1eb6e580b0ce0167f0a5" } };
    const PhasioScheme scheme;
    QCOMPARE(scheme.sign({ body, {}, secret, fixedNow, {} }), expected);
    QCOMPARE(statusOf(scheme.verify(verification(body, expected, secret))), u"valid"_s);
    QCOMPARE(statusOf(scheme.verify(verification(body + "\n", expected, secret))), u"invalid"_s);
}

void TestSigning::phasioSignatureWithDecodedKey()
{
    const QByteArray secret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
    const QByteArray body
        = "oKGio6SlpqeoqaqrnToVSWfxNIhaSaW9Zhel_EqOGHP_0mIh_WBT4B7IAXSgHymYjQ5xVCzd"
          "dLh7FfWcIzl8LgO8aRs8L3sWy2YcVtDYUCQznxyNvA==";
    const HttpHeaderList expected
        = { { "X-Phasio-Signature",
              "88422bcc88d0612abfa92936ea1d980b5e915338ccc6c581f90e2520bac2f7a5" } };
    SignatureSchemeOptions options;
    options.phasioHmacKey = PhasioHmacKey::DecodedAesKey;
    const std::unique_ptr<SignatureScheme> scheme = createSignatureScheme(u"phasio", options);
    QCOMPARE(scheme->sign({ body, {}, secret, fixedNow, {} }), expected);
    QCOMPARE(statusOf(scheme->verify(verification(body, expected, secret))), u"valid"_s);
    // The two key assumptions disagree, so a capture tells which one Phasio uses.
    QCOMPARE(statusOf(PhasioScheme().verify(verification(body, expected, secret))), u"invalid"_s);

    const SignatureVerdict verdict = scheme->verify(verification(body, expected, "c2hvcnQ"));
    QCOMPARE(statusOf(verdict), u"invalid"_s);
    QCOMPARE(verdict.reason,
             u"secret is not a Phasio key: key must decode to 32 bytes (AES-256), not 5"_s);
}

// Made with node 20: crypto.createHmac(algorithm, 'generic-secret').update('{"hello":"world"}')
// .digest(encoding)
void TestSigning::genericHmac_data()
{
    QTest::addColumn<HashAlgorithm>("algorithm");
    QTest::addColumn<DigestEncoding>("encoding");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("digest");
    struct Vector
    {
        HashAlgorithm algorithm;
        DigestEncoding encoding;
        const char *digest;
    };
    const Vector vectors[] = {
        { HashAlgorithm::Sha1, DigestEncoding::Hex, "d13b163398f3ce4036675bf9e258b3fc86da67e4" },
        { HashAlgorithm::Sha1, DigestEncoding::Base64, "0TsWM5jzzkA2Z1v54liz/IbaZ+Q=" },
        { HashAlgorithm::Sha256, DigestEncoding::Hex,
          "9858e8fea916b4f991c984891b199af820f78dd387b5c596a48934a46b5d279a" },
        { HashAlgorithm::Sha256, DigestEncoding::Base64,
          "mFjo/qkWtPmRyYSJGxma+CD3jdOHtcWWpIk0pGtdJ5o=" },
        { HashAlgorithm::Sha512, DigestEncoding::Hex,
          "f44245550f122d366e7599dce23885ffe232c3302a486ba865c9ee322eb85534efc587933b009f3fc7c84ee3"
          "23ed893c346f1f1ba24d4e0287b6a1d5fdc4caf9" },
        { HashAlgorithm::Sha512, DigestEncoding::Base64,
          "9EJFVQ8SLTZudZnc4jiF/+IywzAqSGuoZcnuMi64VTTvxYeTOwCfP8fITuMj7Yk8NG8fG6JNTgKHtqHV/"
          "cTK+Q==" },
    };
    for (const Vector &vector : vectors) {
        for (const QByteArray &prefix : { QByteArray(), QByteArray("sha=") }) {
            QTest::addRow("%s %s%s", qPrintable(hashAlgorithmName(vector.algorithm)),
                          qPrintable(digestEncodingName(vector.encoding)),
                          prefix.isEmpty() ? "" : " prefixed")
                << vector.algorithm << vector.encoding << prefix << QByteArray(vector.digest);
        }
    }
}

void TestSigning::genericHmac()
{
    QFETCH(HashAlgorithm, algorithm);
    QFETCH(DigestEncoding, encoding);
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, digest);
    HmacSchemeOptions options;
    options.header = "X-Vendor-Signature";
    options.algorithm = algorithm;
    options.encoding = encoding;
    options.prefix = prefix;
    const HmacScheme scheme(options);
    const QByteArray body = "{\"hello\":\"world\"}";
    const QByteArray secret = "generic-secret";
    const HttpHeaderList expected = { { "X-Vendor-Signature", prefix + digest } };
    QCOMPARE(scheme.sign({ body, {}, secret, fixedNow, {} }), expected);
    QCOMPARE(statusOf(scheme.verify(verification(body, expected, secret))), u"valid"_s);

    if (encoding == DigestEncoding::Hex) {
        const HttpHeaderList upper = { { "X-Vendor-Signature", prefix + digest.toUpper() } };
        QCOMPARE(statusOf(scheme.verify(verification(body, upper, secret))), u"valid"_s);
    } else {
        QByteArray unpadded = digest;
        while (unpadded.endsWith('='))
            unpadded.chop(1);
        const HttpHeaderList noPadding = { { "X-Vendor-Signature", prefix + unpadded } };
        QCOMPARE(statusOf(scheme.verify(verification(body, noPadding, secret))), u"valid"_s);
    }
    const SignatureVerdict wrong = scheme.verify(verification(body + ' ', expected, secret));
    QCOMPARE(wrong.reason, mismatch);
}

// Made with node 20: crypto.createHmac('sha256', 'generic-secret')
// .update('1795435200:msg_42:{"hello":"world"}').digest('hex')
void TestSigning::genericHmacTemplate()
{
    const std::unique_ptr<SignatureScheme> scheme
        = createSignatureScheme(u"hmac", timestampedHmacOptions());
    const QByteArray body = "{\"hello\":\"world\"}";
    const HttpHeaderList expected = {
        { "X-Message-Id", "msg_42" },
        { "X-Timestamp", "1795435200" },
        { "X-Signature", "4c1f38876c71eaa8dcef082ff08d56a094b04fc148b12b2fe9465ea29323ef52" },
    };
    QCOMPARE(scheme->sign({ body, {}, "generic-secret", fixedNow, "msg_42" }), expected);
    QCOMPARE(statusOf(scheme->verify(verification(body, expected, "generic-secret"))), u"valid"_s);

    // The id and timestamp are signed: changing either breaks the signature.
    QCOMPARE(scheme
                 ->verify(verification(body, replaced(expected, "X-Message-Id", "msg_43"),
                                       "generic-secret"))
                 .reason,
             mismatch);
    QCOMPARE(scheme
                 ->verify(verification(body, replaced(expected, "X-Timestamp", "1795435201"),
                                       "generic-secret"))
                 .reason,
             mismatch);
    SignatureVerdict verdict
        = scheme->verify(verification(body, without(expected, "X-Timestamp"), "generic-secret"));
    QCOMPARE(statusOf(verdict), u"invalid"_s);
    QCOMPARE(verdict.reason, u"signed delivery has no X-Timestamp header"_s);
    verdict
        = scheme->verify(verification(body, without(expected, "X-Message-Id"), "generic-secret"));
    QCOMPARE(verdict.reason, u"signed delivery has no X-Message-Id header"_s);
    verdict = scheme->verify(
        verification(body, replaced(expected, "X-Timestamp", "noon"), "generic-secret"));
    QCOMPARE(verdict.reason, u"malformed X-Timestamp header: expected Unix seconds"_s);
}

void TestSigning::genericHmacTemplateIsOnePass()
{
    QCOMPARE(HmacScheme::expandSignedContent("{id}.{timestamp}.{body}", "body {id} {timestamp}",
                                             "17", "msg_1"),
             QByteArray("msg_1.17.body {id} {timestamp}"));
    QCOMPARE(HmacScheme::expandSignedContent("v0:{timestamp}:{body}{", "{}", "17", {}),
             QByteArray("v0:17:{}{"));
    QCOMPARE(HmacScheme::expandSignedContent("{unknown}{body}", "x", {}, {}),
             QByteArray("{unknown}x"));
}

void TestSigning::genericHmacConfiguration()
{
    HmacSchemeOptions options;
    options.signedContent = "{timestamp}.{body}";
    const HmacScheme scheme(options);
    QString error;
    QVERIFY(scheme.sign({ "{}", {}, "secret", fixedNow, {} }, &error).isEmpty());
    QCOMPARE(error, u"the signed content uses {timestamp} but no timestamp header is configured"_s);
    const SignatureVerdict verdict
        = scheme.verify(verification("{}", { { "X-Signature", "00" } }, "secret"));
    QCOMPARE(statusOf(verdict), u"invalid"_s);
    QCOMPARE(verdict.reason, error);

    options.signedContent = "{id}{body}";
    QVERIFY(HmacScheme(options).sign({ "{}", {}, "secret", fixedNow, {} }, &error).isEmpty());
    QCOMPARE(error, u"the signed content uses {id} but no id header is configured"_s);

    options = {};
    options.header.clear();
    QVERIFY(HmacScheme(options).sign({ "{}", {}, "secret", fixedNow, {} }, &error).isEmpty());
    QCOMPARE(error, u"no signature header name configured"_s);
}

void TestSigning::genericHmacWrongAlgorithm()
{
    // A SHA-1 signature checked as SHA-256 says so rather than blaming the secret.
    HmacSchemeOptions options;
    options.algorithm = HashAlgorithm::Sha256;
    const SignatureVerdict verdict = HmacScheme(options).verify(verification(
        "{\"hello\":\"world\"}", { { "X-Signature", "d13b163398f3ce4036675bf9e258b3fc86da67e4" } },
        "generic-secret"));
    QCOMPARE(statusOf(verdict), u"invalid"_s);
    QCOMPARE(verdict.reason,
             u"signature is 20 bytes but HMAC-SHA256 gives 32: wrong algorithm or encoding"_s);
    options.encoding = DigestEncoding::Base64;
    QCOMPARE(HmacScheme(options)
                 .verify(verification("{}", { { "X-Signature", "a*b" } }, "generic-secret"))
                 .reason,
             u"malformed X-Signature header: expected <Base64 HMAC-SHA256>"_s);
}

namespace {

const QByteArray phasioSecret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
const QByteArray phasioNonce = QByteArray::fromHex("a0a1a2a3a4a5a6a7a8a9aaab");
const QByteArray phasioPlaintext
    = "{\"id\":678,\"name\":\"Acme Manufacturing\",\"isApproved\":false}";

PhasioLayout layoutOf(PhasioLayout::Order order, bool padded)
{
    PhasioLayout layout;
    layout.order = order;
    layout.paddedBase64 = padded;
    return layout;
}

} // namespace

// Made with node 20 (an implementation independent of this one):
//   const c = crypto.createCipheriv('aes-256-gcm', key, nonce);  // key = bytes 0..31
//   const ct = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]), tag = c.getAuthTag();
//   Buffer.concat([nonce, ct, tag]) / Buffer.concat([nonce, tag, ct]) in Base64 URL-safe.
void TestSigning::phasioKnownAnswer_data()
{
    QTest::addColumn<PhasioLayout>("layout");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("nonce|ciphertext|tag, padded")
        << layoutOf(PhasioLayout::Order::NonceCiphertextTag, true)
        << QByteArray("oKGio6SlpqeoqaqrnToVSWfxNIhaSaW9Zhel_EqOGHP_0mIh_WBT4B7IAXSgHymYjQ5xVCzd"
                      "dLh7FfWcIzl8LgO8aRs8L3sWy2YcVtDYUCQznxyNvA==");
    QTest::newRow("nonce|ciphertext|tag, unpadded")
        << layoutOf(PhasioLayout::Order::NonceCiphertextTag, false)
        << QByteArray("oKGio6SlpqeoqaqrnToVSWfxNIhaSaW9Zhel_EqOGHP_0mIh_WBT4B7IAXSgHymYjQ5xVCzd"
                      "dLh7FfWcIzl8LgO8aRs8L3sWy2YcVtDYUCQznxyNvA");
    QTest::newRow("nonce|tag|ciphertext, unpadded")
        << layoutOf(PhasioLayout::Order::NonceTagCiphertext, false)
        << QByteArray("oKGio6SlpqeoqaqrL3sWy2YcVtDYUCQznxyNvJ06FUln8TSIWkmlvWYXpfxKjhhz_9JiIf1g"
                      "U-AeyAF0oB8pmI0OcVQs3XS4exX1nCM5fC4DvGkbPA");
    QTest::newRow("nonce|tag|ciphertext, padded")
        << layoutOf(PhasioLayout::Order::NonceTagCiphertext, true)
        << QByteArray("oKGio6SlpqeoqaqrL3sWy2YcVtDYUCQznxyNvJ06FUln8TSIWkmlvWYXpfxKjhhz_9JiIf1g"
                      "U-AeyAF0oB8pmI0OcVQs3XS4exX1nCM5fC4DvGkbPA==");
}

void TestSigning::phasioKnownAnswer()
{
    QFETCH(PhasioLayout, layout);
    QFETCH(QByteArray, body);
    const PhasioCipher::Result encrypted
        = PhasioCipher::encrypt(phasioPlaintext, phasioSecret, layout, phasioNonce);
    QCOMPARE(encrypted.error, QString());
    QCOMPARE(encrypted.data, body);

    const PhasioCipher::Result decrypted = PhasioCipher::decrypt(body, phasioSecret, layout);
    QCOMPARE(decrypted.error, QString());
    QVERIFY(decrypted.ok());
    QCOMPARE(decrypted.data, phasioPlaintext);
    // A tool that adds a newline to the body does not spoil it.
    QCOMPARE(PhasioCipher::decrypt(body + "\r\n", phasioSecret, layout).data, phasioPlaintext);

    // The other order reads the same bytes differently and must fail authentication.
    PhasioLayout swapped = layout;
    swapped.order = layout.order == PhasioLayout::Order::NonceCiphertextTag
        ? PhasioLayout::Order::NonceTagCiphertext
        : PhasioLayout::Order::NonceCiphertextTag;
    QCOMPARE(PhasioCipher::decrypt(body, phasioSecret, swapped).error,
             u"cannot decrypt: authentication failed"_s);
}

void TestSigning::phasioRoundTrip_data()
{
    QTest::addColumn<PhasioLayout>("layout");
    QTest::addColumn<QByteArray>("plaintext");
    const QByteArray plaintexts[]
        = { QByteArray(), QByteArray("x"), phasioPlaintext, QByteArray(100000, 'a') };
    for (auto order :
         { PhasioLayout::Order::NonceCiphertextTag, PhasioLayout::Order::NonceTagCiphertext }) {
        for (bool padded : { true, false }) {
            for (const QByteArray &plaintext : plaintexts) {
                QTest::addRow("%s %s, %lld bytes", qPrintable(phasioOrderName(order)),
                              padded ? "padded" : "unpadded", qlonglong(plaintext.size()))
                    << layoutOf(order, padded) << plaintext;
            }
        }
    }
    PhasioLayout unusual;
    unusual.nonceLength = 16;
    unusual.tagLength = 12;
    QTest::newRow("16-byte nonce, 12-byte tag") << unusual << phasioPlaintext;
}

void TestSigning::phasioRoundTrip()
{
    QFETCH(PhasioLayout, layout);
    QFETCH(QByteArray, plaintext);
    const QByteArray secret = PhasioCipher::generateKey();
    const PhasioCipher::Result encrypted = PhasioCipher::encrypt(plaintext, secret, layout);
    QVERIFY2(encrypted.ok(), qPrintable(encrypted.error));
    QCOMPARE(encrypted.data.contains('='),
             layout.paddedBase64 && encrypted.data.size() % 4 == 0
                 && (plaintext.size() + layout.nonceLength + layout.tagLength) % 3 != 0);
    QVERIFY(!encrypted.data.contains('+') && !encrypted.data.contains('/'));
    const PhasioCipher::Result decrypted = PhasioCipher::decrypt(encrypted.data, secret, layout);
    QVERIFY2(decrypted.ok(), qPrintable(decrypted.error));
    QCOMPARE(decrypted.data, plaintext);
    // A fresh nonce each time.
    QVERIFY(PhasioCipher::encrypt(plaintext, secret, layout).data != encrypted.data);
}

void TestSigning::phasioDecryptErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("error");
    const QByteArray body = "oKGio6SlpqeoqaqrnToVSWfxNIhaSaW9Zhel_EqOGHP_0mIh_WBT4B7IAXSgHymYjQ5xVC"
                            "zddLh7FfWcIzl8LgO8aRs8L3sWy2YcVtDYUCQznxyNvA==";
    QTest::newRow("wrong key") << body << QByteArray("HwECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8")
                               << u"cannot decrypt: authentication failed"_s;
    QTest::newRow("standard Base64 body")
        << QByteArray("oKGio6SlpqeoqaqrnToVSWfxNIhaSaW9Zhel/EqOGHP") << phasioSecret
        << u"cannot decrypt: body is not Base64 URL-safe (offending byte at offset 36)"_s;
    QTest::newRow("JSON body") << QByteArray("{\"id\":678}") << phasioSecret
                               << u"cannot decrypt: body is not Base64 URL-safe (offending byte "
                                  u"at offset 0)"_s;
    QTest::newRow("space inside") << QByteArray("oKGio6Sl pqeoqaqr") << phasioSecret
                                  << u"cannot decrypt: body is not Base64 URL-safe (offending byte "
                                     u"at offset 8)"_s;
    QTest::newRow("impossible length") << body.left(41) << phasioSecret
                                       << u"cannot decrypt: body is not Base64 URL-safe (41 "
                                          u"characters cannot be Base64)"_s;
    QTest::newRow("empty") << QByteArray(" \n") << phasioSecret
                           << u"cannot decrypt: body is empty"_s;
    QTest::newRow("short") << QByteArray("oKGio6SlpqeoqaqrnToVSWfxNIhaSaW9Zhel") << phasioSecret
                           << u"cannot decrypt: body is 27 bytes after Base64 decoding; a 12-byte "
                              u"nonce and a 16-byte tag alone need 28"_s;
    QTest::newRow("no key") << body << QByteArray() << u"cannot decrypt: no key configured"_s;
    QTest::newRow("short key") << body << QByteArray("AAECAwQFBgcICQoLDA0ODw")
                               << u"cannot decrypt: key must decode to 32 bytes (AES-256), not "
                                  u"16"_s;
    QTest::newRow("key not base64url")
        << body << QByteArray("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh+")
        << u"cannot decrypt: key is not Base64 URL-safe (offending byte at offset 42)"_s;
}

void TestSigning::phasioDecryptErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(QString, error);
    const PhasioCipher::Result result = PhasioCipher::decrypt(body, secret, {});
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QVERIFY(result.data.isEmpty());
    if (!secret.isEmpty())
        QVERIFY(!result.error.contains(QString::fromLatin1(secret)));
}

void TestSigning::phasioTamperedBody()
{
    const PhasioCipher::Result sealed = PhasioCipher::encrypt(phasioPlaintext, phasioSecret, {});
    QVERIFY(sealed.ok());
    const QByteArray body = sealed.data;
    // One character in the nonce, the ciphertext and the tag; each carries 6 meaningful bits.
    for (qsizetype offset : { qsizetype(3), body.size() / 2, body.size() - 8 }) {
        QByteArray tampered = body;
        tampered[offset] = tampered[offset] == 'A' ? 'B' : 'A';
        QCOMPARE(PhasioCipher::decrypt(tampered, phasioSecret, {}).error,
                 u"cannot decrypt: authentication failed"_s);
    }
    // Dropping a whole byte-triplet keeps the Base64 valid but not the ciphertext.
    QByteArray shortened = body;
    shortened.remove(24, 4);
    QCOMPARE(PhasioCipher::decrypt(shortened, phasioSecret, {}).error,
             u"cannot decrypt: authentication failed"_s);
}

void TestSigning::phasioKey_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("error");
    QTest::newRow("unpadded") << phasioSecret << QString();
    QTest::newRow("padded") << phasioSecret + '=' << QString();
    QTest::newRow("surrounding whitespace") << " " + phasioSecret + "\n" << QString();
    QTest::newRow("generated") << PhasioCipher::generateKey() << QString();
    QTest::newRow("too long") << QByteArray(
        QByteArray(33, 'k').toBase64(QByteArray::Base64UrlEncoding))
                              << u"key must decode to 32 bytes (AES-256), not 33"_s;
    QTest::newRow("AES-128 key") << QByteArray(QByteArray(16, 'k').toBase64())
                                 << u"key must decode to 32 bytes (AES-256), not 16"_s;
    QTest::newRow("wrong padding") << phasioSecret + "=="
                                   << u"key is not Base64 URL-safe "
                                      u"(offending byte at offset 43)"_s;
}

void TestSigning::phasioKey()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, error);
    const PhasioCipher::Result key = PhasioCipher::decodeKey(secret);
    QCOMPARE(key.error, error);
    if (error.isEmpty()) {
        QCOMPARE(key.data.size(), 32);
        const PhasioCipher::Result sealed = PhasioCipher::encrypt("{}", secret);
        QVERIFY(sealed.ok());
        QCOMPARE(PhasioCipher::decrypt(sealed.data, secret).data, QByteArray("{}"));
    } else {
        QCOMPARE(PhasioCipher::encrypt("{}", secret).error, u"cannot encrypt: "_s + error);
    }
}

void TestSigning::phasioEncryptErrors()
{
    QCOMPARE(PhasioCipher::encrypt("{}", phasioSecret, {}, "short").error,
             u"cannot encrypt: the nonce must be 12 bytes, not 5"_s);
    PhasioLayout layout;
    layout.tagLength = 2;
    QCOMPARE(PhasioCipher::encrypt("{}", phasioSecret, layout).error,
             u"cannot encrypt: the layout's tag length must be 4 to 16 bytes, not 2"_s);
    QCOMPARE(PhasioCipher::decrypt("AAAA", phasioSecret, layout).error,
             u"cannot decrypt: the layout's tag length must be 4 to 16 bytes, not 2"_s);
    layout = {};
    layout.nonceLength = 0;
    QCOMPARE(PhasioCipher::encrypt("{}", phasioSecret, layout).error,
             u"cannot encrypt: the layout's nonce length must be 1 to 64 bytes, not 0"_s);
}

void TestSigning::phasioLayoutNames()
{
    QCOMPARE(phasioOrderName(PhasioLayout::Order::NonceCiphertextTag), u"nonce|ciphertext|tag"_s);
    QCOMPARE(phasioOrderFromName(u"nonce|tag|ciphertext"), PhasioLayout::Order::NonceTagCiphertext);
    QVERIFY(!phasioOrderFromName(u"tag|nonce"));
    QCOMPARE(PhasioLayout().nonceLength, 12);
    QCOMPARE(PhasioLayout().tagLength, 16);
    QCOMPARE(PhasioLayout().order, PhasioLayout::Order::NonceCiphertextTag);
}

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
