#include "exchange/decodedobject.h"
#include "exchange/ndjsonreader.h"
#include "exchange/ndjsonwriter.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

Delivery awkwardDelivery()
{
    Delivery delivery;
    delivery.id = 42;
    delivery.receivedAtNs = 1'763'900'000'123'456'789LL;
    delivery.method = "PATCH";
    delivery.target = "/caf\xe9/\xff?q=%00";
    delivery.httpVersion = "HTTP/1.0";
    delivery.headers = { { "Host", "example.test" },
                         { "X-Latin-1", "caf\xe9" },
                         { "X-Emoji", "\xf0\x9f\x98\x80" },
                         { "x-dup", "1" },
                         { "X-Dup", "2" },
                         { "X-Empty", "" } };
    delivery.body = QByteArray("\x00\x01\x02\xff\xfe{\"a\":1}\n\r\n", 15);
    delivery.peerAddress = u"::1"_s;
    delivery.peerPort = 54321;
    delivery.response.status = 498;
    delivery.response.headers = { { "Content-Type", "text/plain" }, { "Content-Length", "3" } };
    delivery.response.body = "bad";
    delivery.classification.provider = u"smarterpay"_s;
    delivery.classification.eventTypes = { u"customer_account.create"_s, u"customer_account.update"_s };
    delivery.classification.signature = u"invalid"_s;
    return delivery;
}

DeliveryAnalysis analysisOf(const Delivery &delivery)
{
    DeliveryAnalysis analysis;
    analysis.providerId = delivery.classification.provider;
    for (qsizetype i = 0; i < delivery.classification.eventTypes.size(); ++i)
        analysis.events.append({ int(i), u"/events/%1"_s.arg(i), delivery.classification.eventTypes.at(i), true,
                                 { { u"/events/%1/email"_s.arg(i), u"String should be an email"_s } } });
    analysis.signature = { SignatureVerdict::Status::Invalid, u"hmac"_s, u"signature does not match"_s };
    analysis.parseError = BodyParseError { 5, 1, 6, u"Invalid value."_s };
    return analysis;
}

} // namespace

class TestNdjson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryByte()
    {
        const Delivery original = awkwardDelivery();
        Delivery refused = awkwardDelivery();
        refused.body.clear();
        refused.rejection = u"request body too large: the limit is 10 bytes"_s;
        refused.declaredBodyBytes = 524288000;
        refused.node = u"capture-node-2"_s;

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        NdjsonWriter writer(&buffer);
        QVERIFY(writer.write(original, decodedObject(analysisOf(original))));
        QVERIFY(writer.write(refused, decodedObject(analysisOf(refused))));
        buffer.close();
        QCOMPARE(buffer.data().count('\n'), 2);

        buffer.open(QIODevice::ReadOnly);
        NdjsonReader reader(&buffer);
        const std::optional<Delivery> first = reader.next();
        QVERIFY2(first, qPrintable(reader.errorString()));
        QCOMPARE(first->receivedAtNs, original.receivedAtNs);
        QCOMPARE(first->method, original.method);
        QCOMPARE(first->target, original.target);
        QCOMPARE(first->httpVersion, original.httpVersion);
        QCOMPARE(first->headers, original.headers);
        QCOMPARE(first->body, original.body);
        QCOMPARE(first->peerAddress, original.peerAddress);
        QCOMPARE(first->peerPort, original.peerPort);
        QCOMPARE(first->response.status, 498);
        QCOMPARE(first->response.headers, original.response.headers);
        QCOMPARE(first->response.body, original.response.body);
        QCOMPARE(first->origin, Delivery::Origin::Imported);
        QVERIFY(first->node.isEmpty());

        const std::optional<Delivery> second = reader.next();
        QVERIFY(second);
        QCOMPARE(second->rejection, refused.rejection);
        QCOMPARE(second->declaredBodyBytes, 524288000);
        QCOMPARE(second->node, u"capture-node-2"_s);
        QVERIFY(!reader.next());
        QVERIFY(reader.errorString().isEmpty());
    }

    void writesTheDocumentedShape()
    {
        const Delivery delivery = awkwardDelivery();
        const QByteArray line = NdjsonWriter::toLine(delivery, decodedObject(analysisOf(delivery)));
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(u"id"_s).toInt(), 42);
        QCOMPARE(object.value(u"received_at"_s).toString(), u"2025-11-23T12:13:20.123456789Z"_s);
        QCOMPARE(object.value(u"peer"_s).toString(), u"[::1]:54321"_s);
        QCOMPARE(object.value(u"headers"_s).toArray().at(0).toArray().at(0).toString(), u"Host"_s);
        QCOMPARE(object.value(u"headers"_s).toArray().at(2).toArray().at(1).toString(), u"\U0001F600"_s);
        // Non-UTF-8 bytes: readable Latin-1 text plus the exact bytes in base64.
        const QJsonArray latin = object.value(u"headers"_s).toArray().at(1).toArray();
        QCOMPARE(latin.at(1).toString(), u"café"_s);
        QCOMPARE(latin.at(2).toObject().value(u"value_base64"_s).toString(), u"Y2Fm6Q=="_s);
        QVERIFY(object.contains(u"target_base64"_s));
        QCOMPARE(object.value(u"response"_s).toObject().value(u"status"_s).toInt(), 498);
        const QJsonObject decoded = object.value(u"decoded"_s).toObject();
        QCOMPARE(decoded.value(u"provider"_s).toString(), u"smarterpay"_s);
        QCOMPARE(decoded.value(u"events"_s).toArray().size(), 2);
        QCOMPARE(decoded.value(u"events"_s).toArray().at(1).toObject().value(u"index"_s).toInt(), 1);
        QCOMPARE(decoded.value(u"signature"_s).toString(), u"invalid"_s);
        QCOMPARE(decoded.value(u"parse_error"_s).toObject().value(u"offset"_s).toInt(), 5);
        const QJsonObject firstError = decoded.value(u"events"_s).toArray().at(0).toObject()
                                               .value(u"schema_errors"_s).toArray().at(0).toObject();
        QCOMPARE(firstError.value(u"pointer"_s).toString(), u"/events/0/email"_s);
    }

    void reportsBadLinesAndGoesOn()
    {
        const Delivery delivery = awkwardDelivery();
        QByteArray input = NdjsonWriter::toLine(delivery, {});
        input += "not json\n";
        input += "\n";
        input += R"({"method":"POST","target":"/","headers":[],"body_base64":""})" "\n";
        input += R"({"received_at":"2026-01-01T00:00:00Z","method":"POST","target":"/","headers":[],"body_base64":"!!"})" "\n";
        input += R"({"received_at":"2026-01-01T00:00:00Z","method":"POST","target":"/","headers":[["a"]],"body_base64":""})" "\n";
        input += NdjsonWriter::toLine(delivery, {});
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        NdjsonReader reader(&buffer);
        QStringList errors;
        int read = 0;
        while (!reader.atEnd()) {
            if (reader.next())
                ++read;
            else if (!reader.errorString().isEmpty())
                errors.append(reader.errorString());
        }
        QCOMPARE(read, 2);
        QCOMPARE(errors.size(), 4);
        QVERIFY2(errors.at(0).startsWith(u"line 2: not JSON at byte 1"_s), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).startsWith(u"line 4: missing \"received_at\""_s), qPrintable(errors.at(1)));
        QVERIFY2(errors.at(2).contains(u"base64"_s), qPrintable(errors.at(2)));
        QVERIFY2(errors.at(3).startsWith(u"line 6: header 0"_s), qPrintable(errors.at(3)));
    }
};

QTEST_GUILESS_MAIN(TestNdjson)
#include "tst_ndjson.moc"
