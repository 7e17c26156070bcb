#include "common/timestamp.h"
#include "providers/deliveryanalyzer.h"
#include "providers/providercatalog.h"
#include "providers/providerdeliverypreparer.h"
#include "signing/phasiocipher.h"
#include "signing/signatureschemefactory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <zlib.h>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

const QStringList kSeedProviders = { u"phasio"_s, u"enad"_s, u"willsuite"_s, u"smarterpay"_s,
                                     u"standard-webhooks"_s, u"stripe"_s, u"github"_s };
const QByteArray kPhasioKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

QByteArray readSample(const QString &provider, const QString &eventType)
{
    QFile file(u":/samples/%1/%2.json"_s.arg(provider, eventType));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Delivery post(const QByteArray &target, const QByteArray &body, HttpHeaderList headers = {})
{
    Delivery delivery;
    delivery.receivedAtNs = currentUtcNanoseconds();
    delivery.method = "POST";
    delivery.target = target;
    delivery.httpVersion = "HTTP/1.1";
    headers.prepend({ "Content-Type", "application/json" });
    delivery.headers = headers;
    delivery.body = body;
    return delivery;
}

QByteArray withValueAt(const QByteArray &json, const QString &pointer, const QJsonValue &value)
{
    // Replace one field of a sample (pointer of object keys only) for negative cases.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    const QStringList keys = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QList<QJsonObject> chain { root };
    for (qsizetype i = 0; i + 1 < keys.size(); ++i)
        chain.append(chain.last().value(keys.at(i)).toObject());
    chain.last().insert(keys.last(), value);
    for (qsizetype i = keys.size() - 2; i >= 0; --i)
        chain[i].insert(keys.at(i), chain.at(i + 1));
    return QJsonDocument(chain.first()).toJson(QJsonDocument::Compact);
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream = {};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

class TestProviders : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ProviderCatalog> m_catalog;

    DeliveryAnalyzer analyzer(const QList<Endpoint> &endpoints = {}) const
    {
        return DeliveryAnalyzer(m_catalog, endpoints);
    }

    static Endpoint endpoint(const QString &path, const QString &provider, const QByteArray &secret = {},
                             const QString &eventType = {}, int status = 0)
    {
        return Endpoint { path, provider, eventType, secret, status };
    }

private slots:
    void initTestCase()
    {
        m_catalog = ProviderCatalog::load({ ProviderCatalog::bundledDirectory() });
        QVERIFY2(m_catalog->problems().isEmpty(), qPrintable(m_catalog->problems().join(u'\n')));
    }

    void bundlesEverySeedVendor()
    {
        for (const QString &id : kSeedProviders) {
            const ProviderDefinition *provider = m_catalog->provider(id);
            QVERIFY2(provider, qPrintable(id));
            QVERIFY2(!provider->eventTypes.isEmpty(), qPrintable(id));
        }
        QCOMPARE(m_catalog->provider(u"enad"_s)->eventTypes.size(), 6);
        QCOMPARE(m_catalog->provider(u"willsuite"_s)->response.status, 202);
        QCOMPARE(m_catalog->provider(u"smarterpay"_s)->response.onInvalidSignature, 498);
        QCOMPARE(m_catalog->provider(u"smarterpay"_s)->response.onUnknownEventType, 204);
        QVERIFY(m_catalog->provider(u"phasio"_s)->eventType(u"CUSTOMER_ORGANISATION_CREATED"_s));
    }

    void everySampleIsValid_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("eventType");
        for (const ProviderDefinition &provider : m_catalog->providers()) {
            for (const EventTypeDefinition &type : provider.eventTypes)
                QTest::addRow("%s/%s", qPrintable(provider.id), qPrintable(type.id)) << provider.id << type.id;
        }
    }

    void everySampleIsValid()
    {
        QFETCH(QString, provider);
        QFETCH(QString, eventType);
        const ProviderDefinition *definition = m_catalog->provider(provider);
        const QByteArray sample = readSample(provider, eventType);
        QVERIFY2(!sample.isEmpty(), "every event type has a sample");

        // The sample analyzed as a delivery to an endpoint of its provider.
        const QList<Endpoint> endpoints = { endpoint(u"/hook"_s, provider, kPhasioKey, eventType) };
        HttpHeaderList headers;
        if (!definition->events.typeHeader.isEmpty())
            headers.append({ definition->events.typeHeader.toUtf8(), eventType.toUtf8() });
        DeliveryAnalysis analysis = analyzer(endpoints).analyze(post("/hook", sample, headers));
        analyzer(endpoints).validate(analysis);
        QVERIFY(!analysis.parseError);
        QVERIFY(!analysis.events.isEmpty());
        QVERIFY2(analysis.eventTypes().contains(eventType), qPrintable(analysis.eventTypes().join(u',')));
        for (const EventAnalysis &event : std::as_const(analysis.events)) {
            QVERIFY2(event.knownType, qPrintable(event.type));
            for (const SchemaViolation &violation : event.violations)
                qWarning() << violation.pointer << violation.message;
            QVERIFY(event.violations.isEmpty());
        }
        QVERIFY(analysis.envelopeViolations.isEmpty());
    }

    void detectsVendorsWithoutEndpoints_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("eventType");
        QTest::addColumn<QByteArray>("headerName");
        QTest::newRow("enad by its envelope") << u"enad"_s << u"organisations.updated"_s << QByteArray();
        QTest::newRow("willsuite by webhook_type") << u"willsuite"_s << u"customer.created"_s << QByteArray();
        QTest::newRow("smarterpay by its V2 batch") << u"smarterpay"_s << u"customer_account.create"_s << QByteArray();
        QTest::newRow("stripe by its header") << u"stripe"_s << u"payment_intent.succeeded"_s << QByteArray("Stripe-Signature");
        QTest::newRow("github by its header") << u"github"_s << u"push"_s << QByteArray("X-GitHub-Event");
    }

    void detectsVendorsWithoutEndpoints()
    {
        QFETCH(QString, provider);
        QFETCH(QString, eventType);
        QFETCH(QByteArray, headerName);
        HttpHeaderList headers;
        if (!headerName.isEmpty())
            headers.append({ headerName, headerName == "X-GitHub-Event" ? "push" : "t=1,v1=00" });
        const DeliveryAnalysis analysis = analyzer().analyze(post("/anything", readSample(provider, eventType), headers));
        QCOMPARE(analysis.providerId, provider);
        QVERIFY(analysis.eventTypes().contains(eventType));
        QVERIFY(analysis.endpoint.isEmpty());
    }

    void plainJsonIsNobodysUntilAnEndpointSaysSo()
    {
        const Delivery delivery = post("/mine", R"({"hello":"world"})");
        QVERIFY(analyzer().analyze(delivery).providerId.isEmpty());
        QCOMPARE(analyzer({ endpoint(u"/mine"_s, u"willsuite"_s) }).analyze(delivery).providerId, u"willsuite"_s);
    }

    void splitsABatchIntoItsEvents()
    {
        const QByteArray batch = readSample(u"smarterpay"_s, u"customer_account.create"_s);
        const DeliveryAnalysis analysis = analyzer().analyze(post("/sp", batch));
        QCOMPARE(analysis.events.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(analysis.events.at(i).index, i);
            QCOMPARE(analysis.events.at(i).pointer, u"/events/%1"_s.arg(i));
        }
    }

    void reportsAWrongTypeWithItsPath()
    {
        const QByteArray sample = readSample(u"willsuite"_s, u"customer.created"_s);
        const QByteArray wrong = withValueAt(sample, u"/customer_data/first_names"_s, 42);
        const DeliveryAnalyzer willsuite = analyzer();
        DeliveryAnalysis analysis = willsuite.analyze(post("/ws", wrong));
        QCOMPARE(analysis.providerId, u"willsuite"_s);
        willsuite.validate(analysis);
        QCOMPARE(analysis.events.size(), 1);
        const QList<SchemaViolation> violations = analysis.events.first().violations;
        QVERIFY(!violations.isEmpty());
        QVERIFY2(std::any_of(violations.cbegin(), violations.cend(),
                             [](const SchemaViolation &v) { return v.pointer == u"/customer_data/first_names"_s; }),
                 qPrintable(violations.first().pointer + u" "_s + violations.first().message));
    }

    void answersAsTheVendorExpects()
    {
        const DeliveryAnalyzer plain = analyzer();
        const Delivery willsuite = post("/ws", readSample(u"willsuite"_s, u"customer.created"_s));
        QCOMPARE(plain.responseFor(plain.analyze(willsuite), willsuite).status, 202);
        const Delivery enad = post("/enad", readSample(u"enad"_s, u"organisations.created"_s));
        QCOMPARE(plain.responseFor(plain.analyze(enad), enad).status, 200);

        // SmarterPay: 204 for an event type it does not know.
        QByteArray batch = readSample(u"smarterpay"_s, u"customer_account.create"_s);
        batch.replace("customer_account.update", "customer_account.archive");
        batch.replace("customer_account.create", "customer_account.archive");
        const Delivery unknown = post("/sp", batch);
        const DeliveryAnalysis unknownAnalysis = plain.analyze(unknown);
        QVERIFY(unknownAnalysis.hasUnknownEventType());
        const DeliveryResponse noContent = plain.responseFor(unknownAnalysis, unknown);
        QCOMPARE(noContent.status, 204);
        QVERIFY(noContent.body.isEmpty());

        // An endpoint's own status wins over the vendor's.
        const DeliveryAnalyzer overridden = analyzer({ endpoint(u"/ws"_s, u"willsuite"_s, {}, {}, 500) });
        QCOMPARE(overridden.responseFor(overridden.analyze(willsuite), willsuite).status, 500);
    }

    void answers498ForABadSignatureWhereTheVendorSaysSo()
    {
        // SmarterPay does not publish its algorithm; a user who knows it adds it in their own
        // provider file, which replaces the bundled one.
        QTemporaryDir userDir;
        QFile bundled(ProviderCatalog::bundledDirectory() + u"/smarterpay.json"_s);
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QJsonObject object = QJsonDocument::fromJson(bundled.readAll()).object();
        object.insert(u"signature"_s, QJsonObject { { u"scheme"_s, u"hmac"_s },
                                                   { u"header"_s, u"X-Signature"_s },
                                                   { u"algorithm"_s, u"sha256"_s },
                                                   { u"encoding"_s, u"hex"_s } });
        QFile user(userDir.filePath(u"smarterpay.json"_s));
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write(QJsonDocument(object).toJson());
        user.close();
        const auto catalog = ProviderCatalog::load({ ProviderCatalog::bundledDirectory(), userDir.path() });
        QVERIFY2(catalog->problems().isEmpty(), qPrintable(catalog->problems().join(u'\n')));
        QCOMPARE(catalog->provider(u"smarterpay"_s)->signature.scheme, u"hmac"_s);

        const DeliveryAnalyzer withSecret(catalog, { endpoint(u"/sp"_s, u"smarterpay"_s, "sp-secret") });
        const QByteArray batch = readSample(u"smarterpay"_s, u"customer_account.update"_s);
        SignatureSchemeOptions options;
        options.hmac.header = "X-Signature";
        const HttpHeaderList signature = createSignatureScheme(u"hmac", options)->sign({ batch, {}, "sp-secret", {}, {} });
        const Delivery good = post("/sp", batch, signature);
        QCOMPARE(withSecret.responseFor(withSecret.analyze(good), good).status, 200);
        const Delivery tampered = post("/sp", batch + " ", signature);
        const DeliveryAnalysis bad = withSecret.analyze(tampered);
        QCOMPARE(bad.signature.status, SignatureVerdict::Status::Invalid);
        QCOMPARE(withSecret.responseFor(bad, tampered).status, 498);
    }

    void decryptsPhasioWithTheEndpointKey()
    {
        const QByteArray plaintext = readSample(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s);
        const PhasioCipher::Result encrypted = PhasioCipher::encrypt(plaintext, kPhasioKey);
        QVERIFY2(encrypted.error.isEmpty(), qPrintable(encrypted.error));
        const HttpHeaderList signature = createSignatureScheme(u"phasio")->sign({ encrypted.data, {}, kPhasioKey, {}, {} });
        const Delivery delivery = post("/phasio/customers", encrypted.data, signature);

        const DeliveryAnalyzer keyed = analyzer({ endpoint(u"/phasio"_s, u"phasio"_s, kPhasioKey,
                                                           u"CUSTOMER_ORGANISATION_CREATED"_s) });
        DeliveryAnalysis analysis = keyed.analyze(delivery);
        QVERIFY(analysis.decrypted);
        QCOMPARE(analysis.body, plaintext);
        QCOMPARE(analysis.signature.status, SignatureVerdict::Status::Valid);
        QCOMPARE(analysis.eventTypes(), QStringList { u"CUSTOMER_ORGANISATION_CREATED"_s });
        keyed.validate(analysis);
        QVERIFY(analysis.events.first().violations.isEmpty());

        // No endpoint event type: the schema the body satisfies names it.
        const DeliveryAnalyzer untyped = analyzer({ endpoint(u"/phasio"_s, u"phasio"_s, kPhasioKey) });
        QVERIFY(untyped.analyze(delivery).eventTypes().first().startsWith(u"CUSTOMER_ORGANISATION_"_s));

        const QByteArray otherKey = "HwECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        const DeliveryAnalysis wrongKey = analyzer({ endpoint(u"/phasio"_s, u"phasio"_s, otherKey) }).analyze(delivery);
        QVERIFY(!wrongKey.decrypted);
        QCOMPARE(wrongKey.decryptionError, u"cannot decrypt: authentication failed"_s);
        QCOMPARE(wrongKey.signature.status, SignatureVerdict::Status::Invalid);
        const DeliveryAnalysis noKey = analyzer().analyze(delivery);
        QCOMPARE(noKey.providerId, u"phasio"_s);
        QVERIFY(noKey.decryptionError.contains(u"no key"_s));
    }

    void checksEnadsAuthorizationHeader()
    {
        const QByteArray body = readSample(u"enad"_s, u"organisations.created"_s);
        const DeliveryAnalyzer enad = analyzer({ endpoint(u"/enad"_s, u"enad"_s, "t0ken") });
        QCOMPARE(enad.analyze(post("/enad", body, { { "Authorization", "Bearer t0ken" } })).signature.status,
                 SignatureVerdict::Status::Valid);
        QCOMPARE(enad.analyze(post("/enad", body, { { "Authorization", "Bearer nope" } })).signature.status,
                 SignatureVerdict::Status::Invalid);
        QCOMPARE(enad.analyze(post("/enad", body)).signature.status, SignatureVerdict::Status::Missing);
    }

    void keepsAMalformedBodyWithItsErrorOffset()
    {
        const QByteArray body = "{\n  \"event_type\": \"organisations.created\",\n  \"payload\": {VALUE}\n}";
        const DeliveryAnalysis analysis = analyzer({ endpoint(u"/enad"_s, u"enad"_s) }).analyze(post("/enad", body));
        QVERIFY(analysis.parseError);
        QCOMPARE(analysis.parseError->offset, body.indexOf("{VALUE}") + 1);
        QCOMPARE(analysis.parseError->line, 3);
        QVERIFY(analysis.events.isEmpty());
    }

    void readsCompressedAndFormEncodedDeliveries()
    {
        const QByteArray willsuite = readSample(u"willsuite"_s, u"customer.created"_s);
        const DeliveryAnalyzer plain = analyzer();
        DeliveryAnalysis gzipped = plain.analyze(post("/ws", gzip(willsuite), { { "Content-Encoding", "gzip" } }));
        QCOMPARE(gzipped.providerId, u"willsuite"_s);
        QVERIFY(!gzipped.parseError);
        plain.validate(gzipped);
        QVERIFY(gzipped.events.first().violations.isEmpty());
        QVERIFY(!gzipped.decoded.steps.isEmpty());

        // GitHub's application/x-www-form-urlencoded deliveries carry the JSON in payload=.
        const QByteArray push = readSample(u"github"_s, u"push"_s);
        Delivery form = post("/gh", "payload=" + QUrl::toPercentEncoding(QString::fromUtf8(push)),
                             { { "X-GitHub-Event", "push" } });
        form.headers.first().value = "application/x-www-form-urlencoded";
        DeliveryAnalysis fromForm = plain.analyze(form);
        QCOMPARE(fromForm.providerId, u"github"_s);
        QCOMPARE(fromForm.eventTypes(), QStringList { u"push"_s });
        plain.validate(fromForm);
        QVERIFY(fromForm.events.first().violations.isEmpty());
    }

    void survivesDeepNesting()
    {
        const QByteArray deep = QByteArray(100'000, '[') + QByteArray(100'000, ']');
        const QByteArray deepObject = "{\"webhook_type\":\"customer.created\",\"case_data\":"
                + QByteArray(100'000, '[') + QByteArray(100'000, ']') + "}";
        const DeliveryAnalyzer willsuite = analyzer({ endpoint(u"/ws"_s, u"willsuite"_s) });
        for (const QByteArray &body : { deep, deepObject }) {
            DeliveryAnalysis analysis = willsuite.analyze(post("/ws", body));
            willsuite.validate(analysis);
            QCOMPARE(analysis.providerId, u"willsuite"_s);
            QVERIFY(!analysis.parseError);
            for (const EventAnalysis &event : std::as_const(analysis.events))
                QVERIFY(!event.knownType || !event.violations.isEmpty()); // too deep to validate
        }
    }

    void reportsBrokenUserFiles()
    {
        QTemporaryDir userDir;
        auto write = [&](const QString &name, const QByteArray &content) {
            QFile file(userDir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        write(u"notjson.json"_s, "{ nope");
        write(u"badfield.json"_s, R"({"format":1,"id":"Bad Id","name":"x","events":{},"event_types":[]})");
        write(u"badschema.json"_s, R"({"format":1,"id":"vendor","name":"V","events":{"type_pointer":"/t"},)"
                                   R"("event_types":[{"id":"a","title":"A","schema":{"type":12}}]})");
        const auto catalog = ProviderCatalog::load({ ProviderCatalog::bundledDirectory(), userDir.path() });
        QCOMPARE(catalog->problems().size(), 3);
        for (const QString &problem : catalog->problems())
            QVERIFY2(problem.contains(userDir.path()), qPrintable(problem));
        QVERIFY(catalog->provider(u"enad"_s)); // the bundled ones are still there
    }

    void preparerFillsTheStoredClassification()
    {
        auto preparer = std::make_shared<ProviderDeliveryPreparer>(
                std::make_shared<DeliveryAnalyzer>(m_catalog, QList<Endpoint> { endpoint(u"/ws"_s, u"willsuite"_s) }));
        Delivery delivery = post("/ws/hook", readSample(u"willsuite"_s, u"customer.created"_s));
        preparer->prepare(delivery);
        QCOMPARE(delivery.classification.endpoint, u"/ws"_s);
        QCOMPARE(delivery.classification.provider, u"willsuite"_s);
        QCOMPARE(delivery.classification.eventTypes, QStringList { u"customer.created"_s });
        QCOMPARE(delivery.classification.signature, u"unchecked"_s);
        QCOMPARE(delivery.response.status, 202);
    }
};

QTEST_GUILESS_MAIN(TestProviders)
#include "tst_providers.moc"
