#pragma once

// Deliveries and helpers shared by the export and import tests.
#include "exchange/exportsink.h"
#include "providers/deliveryanalyzer.h"
#include "providers/samplelibrary.h"

#include <QBuffer>
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>

namespace exportfixtures {

using namespace hookscope;

inline std::shared_ptr<const DeliveryAnalyzer> analyzer()
{
    static const auto shared = std::make_shared<const DeliveryAnalyzer>(
        ProviderCatalog::loadDefault(), QList<Endpoint> {});
    return shared;
}

// The SmarterPay sample batch (two customer_account.create events, one update) with a city that
// needs CSV quoting and a country code that breaks the schema in the second event.
inline QByteArray smarterPayBody()
{
    QByteArray body = SampleLibrary::body(QStringLiteral("smarterpay"),
                                          QStringLiteral("customer_account.create"));
    body.replace("\"billing_city\": \"Leeds\"",
                 "\"billing_city\": \"Z\xC3\xBCrich, \\\"Old\\\" Town\\r\\nNorth\"");
    body.replace("\"billing_country_code\": \"GB\",\n      \"id\": \"CA01G421KM3B7X9Q2TNE\"",
                 "\"billing_country_code\": \"gb\",\n      \"id\": \"CA01G421KM3B7X9Q2TNE\"");
    return body;
}

inline Delivery smarterPayDelivery()
{
    Delivery delivery;
    delivery.id = 7;
    delivery.receivedAtNs = 1'763'900'000'123'456'789LL;
    delivery.method = "POST";
    delivery.target = "/smarterpay/v2?attempt=1&note=a%20b";
    delivery.httpVersion = "HTTP/1.1";
    delivery.headers = { { "Host", "hooks.example.test:8443" },
                         { "Content-Type", "application/json" },
                         { "Authorization", "Bearer s3cret" },
                         { "Content-Length", QByteArray::number(smarterPayBody().size()) } };
    delivery.body = smarterPayBody();
    delivery.peerAddress = QStringLiteral("127.0.0.1");
    delivery.peerPort = 40000;
    delivery.response.status = 200;
    delivery.response.headers
        = { { "Content-Type", "application/json" }, { "Content-Length", "18" } };
    delivery.response.body = "{\"received\":true}\n";
    return delivery;
}

// Everything that is hard to carry: a binary body, header bytes that are not UTF-8, duplicate
// names in different case, an empty value, a target that is not UTF-8, IPv6 peer.
inline Delivery awkwardDelivery()
{
    Delivery delivery;
    delivery.id = 8;
    delivery.receivedAtNs = 1'763'900'001'000'000'007LL;
    delivery.method = "PATCH";
    delivery.target = "/caf\xe9/{x}|y?q=%00&r=\xff";
    delivery.httpVersion = "HTTP/1.0";
    delivery.headers = { { "Host", "127.0.0.1:9" },
                         { "X-Latin-1", "caf\xe9" },
                         { "X-Emoji", "\xf0\x9f\x98\x80" },
                         { "x-dup", "1" },
                         { "X-Dup", "2" },
                         { "X-Empty", "" },
                         { "X-Quote", "it's \"quoted\" $(not run) `nor this` \\ !" },
                         { "Content-Type", "application/octet-stream" } };
    delivery.body = QByteArray("\x00\x01\x02\xff\xfe{\"a\":1}\n\r\n\x1b[0m", 19);
    delivery.peerAddress = QStringLiteral("::1");
    delivery.peerPort = 54321;
    delivery.response.status = 498;
    delivery.response.headers = { { "Content-Type", "application/octet-stream" },
                                  { "Set-Cookie", "session=abc; Path=/; HttpOnly" } };
    delivery.response.body = QByteArray("\xff\x00\x01", 3);
    return delivery;
}

// A text body in Latin-1: not UTF-8, so not text for HAR and not for the command line.
inline Delivery latin1Delivery()
{
    Delivery delivery;
    delivery.id = 9;
    delivery.receivedAtNs = 1'763'900'002'500'000'000LL;
    delivery.method = "POST";
    delivery.target = "/plain";
    delivery.httpVersion = "HTTP/1.1";
    delivery.headers = { { "Content-Type", "text/plain; charset=iso-8859-1" } };
    delivery.body = "Gr\xfc\xdf"
                    "e aus K\xf6ln";
    delivery.peerAddress = QStringLiteral("192.0.2.1");
    delivery.peerPort = 1234;
    delivery.response.status = 200;
    return delivery;
}

// Runs a sink over deliveries, analyzed and validated as the exporter would, into bytes.
inline QByteArray exported(const std::function<std::unique_ptr<ExportSink>(QIODevice *)> &makeSink,
                           const QList<Delivery> &deliveries, QString *error = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const std::unique_ptr<ExportSink> sink = makeSink(&buffer);
    bool ok = sink->begin();
    for (const Delivery &delivery : deliveries) {
        if (!ok)
            break;
        DeliveryAnalysis analysis = analyzer()->analyze(delivery);
        analyzer()->validate(analysis);
        ok = sink->write(ExportRecord(delivery, analysis));
    }
    ok = ok && sink->finish();
    if (error)
        *error = ok ? QString() : sink->errorString();
    return buffer.data();
}

// The raw record of each NDJSON line: everything but the store's id and what is derived.
inline QList<QJsonObject> rawRecords(const QByteArray &ndjson)
{
    QList<QJsonObject> records;
    for (const QByteArray &line : ndjson.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonObject object = QJsonDocument::fromJson(line).object();
        for (const QString &derived :
             { QStringLiteral("id"), QStringLiteral("imported"), QStringLiteral("decoded") })
            object.remove(derived);
        records.append(object);
    }
    return records;
}

} // namespace exportfixtures
