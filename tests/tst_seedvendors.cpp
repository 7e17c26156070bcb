// Every seed vendor end to end through a running `hookscope --headless`: its sample posted to
// its endpoint is detected, split into its events, validated, answered with the vendor's
// status and its signature checked; negative cases alongside. Read back through the export.
#include "headlessprocess.h"
#include "providers/samplelibrary.h"
#include "rawhttpclient.h"
#include "signing/phasiocipher.h"
#include "signing/signatureschemefactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPhasioKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const QByteArray kEnadToken = "enad-token-123";

struct Posted
{
    QByteArray target;
    QByteArray body;
    HttpHeaderList headers;
    int expectedStatus;
};

QByteArray request(const Posted &posted)
{
    QByteArray bytes = "POST " + posted.target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const HttpHeader &header : posted.headers)
        bytes += header.name + ": " + header.value + "\r\n";
    return bytes + "Content-Length: " + QByteArray::number(posted.body.size()) + "\r\n\r\n" + posted.body;
}

QByteArray signedHeaderValue(const QString &scheme, const QByteArray &body, const QByteArray &secret)
{
    return createSignatureScheme(scheme)->sign({ body, {}, secret, {}, {} }).first().value;
}

} // namespace

class TestSeedVendors : public QObject
{
    Q_OBJECT

private slots:
    void eachVendorEndToEnd()
    {
        QTemporaryDir dir;
        HeadlessProcess hookscope;
        QVERIFY(hookscope.start(dir.filePath(u"data"_s),
                                { u"--endpoint"_s, u"/phasio=phasio/CUSTOMER_ORGANISATION_CREATED,secret="_s + QString::fromUtf8(kPhasioKey),
                                  u"--endpoint"_s, u"/enad=enad,secret="_s + QString::fromUtf8(kEnadToken),
                                  u"--endpoint"_s, u"/willsuite=willsuite"_s,
                                  u"--endpoint"_s, u"/smarterpay=smarterpay"_s }));

        const QByteArray phasioPlain = SampleLibrary::body(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s);
        const QByteArray phasioWire = PhasioCipher::encrypt(phasioPlain, kPhasioKey).data;
        const QByteArray enad = SampleLibrary::body(u"enad"_s, u"organisation_users.added"_s);
        const QByteArray willsuite = SampleLibrary::body(u"willsuite"_s, u"customer.created"_s);
        const QByteArray smarterpay = SampleLibrary::body(u"smarterpay"_s, u"customer_account.create"_s);
        QByteArray wrongType = willsuite;
        wrongType.replace("\"title\": \"Mr\"", "\"title\": 7");
        QVERIFY(wrongType != willsuite);
        const QByteArray json = "application/json";
        const QList<Posted> posts = {
            { "/phasio/customers", phasioWire,
              { { "Content-Type", "text/plain" }, { "X-Phasio-Signature", signedHeaderValue(u"phasio"_s, phasioWire, kPhasioKey) } }, 200 },
            { "/enad", enad, { { "Content-Type", json }, { "Authorization", "Bearer " + kEnadToken } }, 200 },
            { "/willsuite", willsuite, { { "Content-Type", json } }, 202 },
            { "/smarterpay/v2", smarterpay, { { "Content-Type", json } }, 200 },
            // negative cases
            { "/phasio/customers", phasioWire + "AA", { { "Content-Type", "text/plain" },
              { "X-Phasio-Signature", signedHeaderValue(u"phasio"_s, phasioWire, kPhasioKey) } }, 200 },
            { "/enad", enad, { { "Content-Type", json }, { "Authorization", "Bearer wrong" } }, 200 },
            { "/willsuite", wrongType, { { "Content-Type", json } }, 202 },
            { "/smarterpay/v2", QByteArray(smarterpay).replace("customer_account.create", "customer_account.archive")
                                        .replace("customer_account.update", "customer_account.archive"),
              { { "Content-Type", json } }, 204 },
        };
        for (const Posted &posted : posts) {
            RawHttpClient client(hookscope.port());
            QVERIFY(client.waitConnected());
            client.send(request(posted));
            QTRY_COMPARE(client.responses().size(), 1);
            QCOMPARE(RawHttpClient::statusOf(client.responses().first()), posted.expectedStatus);
        }
        QVERIFY(hookscope.terminate());

        QByteArray exported;
        QCOMPARE(runHookscope({ u"export"_s, u"--data-dir"_s, dir.filePath(u"data"_s) }, &exported), 0);
        QList<QJsonObject> decoded;
        for (const QByteArray &line : exported.split('\n')) {
            if (!line.isEmpty())
                decoded.append(QJsonDocument::fromJson(line).object().value(u"decoded"_s).toObject());
        }
        QCOMPARE(decoded.size(), posts.size());
        auto eventsOf = [&](int i) { return decoded.at(i).value(u"events"_s).toArray(); };
        auto errorsOf = [&](int i, int event) {
            return eventsOf(i).at(event).toObject().value(u"schema_errors"_s).toArray();
        };

        // Phasio: decrypted, typed by its endpoint, valid, signature checked.
        QCOMPARE(decoded.at(0).value(u"provider"_s).toString(), u"phasio"_s);
        QCOMPARE(decoded.at(0).value(u"signature"_s).toString(), u"valid"_s);
        QCOMPARE(decoded.at(0).value(u"decrypted_body"_s).toString().toUtf8(), phasioPlain);
        QCOMPARE(eventsOf(0).at(0).toObject().value(u"event_type"_s).toString(), u"CUSTOMER_ORGANISATION_CREATED"_s);
        QVERIFY(errorsOf(0, 0).isEmpty());
        // Enad: detected through its endpoint, token accepted.
        QCOMPARE(decoded.at(1).value(u"provider"_s).toString(), u"enad"_s);
        QCOMPARE(decoded.at(1).value(u"signature"_s).toString(), u"valid"_s);
        QCOMPARE(eventsOf(1).at(0).toObject().value(u"event_type"_s).toString(), u"organisation_users.added"_s);
        QVERIFY(errorsOf(1, 0).isEmpty());
        // WillSuite: 202, valid.
        QCOMPARE(eventsOf(2).at(0).toObject().value(u"event_type"_s).toString(), u"customer.created"_s);
        QVERIFY(errorsOf(2, 0).isEmpty());
        // SmarterPay: one delivery, three events, each valid.
        QCOMPARE(eventsOf(3).size(), 3);
        for (int event = 0; event < 3; ++event) {
            QCOMPARE(eventsOf(3).at(event).toObject().value(u"pointer"_s).toString(), u"/events/%1"_s.arg(event));
            QVERIFY(errorsOf(3, event).isEmpty());
        }

        // Negative: tampered Phasio body, wrong Enad token, wrong type, unknown event type.
        QCOMPARE(decoded.at(4).value(u"signature"_s).toString(), u"invalid"_s);
        QVERIFY(decoded.at(4).value(u"decryption_error"_s).toString().startsWith(u"cannot decrypt"_s));
        QCOMPARE(decoded.at(5).value(u"signature"_s).toString(), u"invalid"_s);
        const QJsonArray typeErrors = errorsOf(6, 0);
        QVERIFY(!typeErrors.isEmpty());
        QCOMPARE(typeErrors.at(0).toObject().value(u"pointer"_s).toString(), u"/customer_data/title"_s);
        QVERIFY(!eventsOf(7).at(0).toObject().value(u"known_type"_s).toBool());
    }
};

QTEST_GUILESS_MAIN(TestSeedVendors)
#include "tst_seedvendors.moc"
