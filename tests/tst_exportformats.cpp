// The export formats one by one: CSV and JSON per event type, HAR, curl, raw body; the export
// run over a store with progress and cancellation.
#include "exchange/csveventexporter.h"
#include "exchange/curlexporter.h"
#include "exchange/deliveryexporter.h"
#include "exchange/deliveryurl.h"
#include "exchange/eventfieldssurvey.h"
#include "exchange/eventtypesplitter.h"
#include "exchange/harexporter.h"
#include "exchange/jsoneventexporter.h"
#include "exchange/ndjsonexporter.h"
#include "exchange/rawbodyexporter.h"
#include "exchange/shellquoting.h"
#include "store/deliverystore.h"
#include "tst_exportfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace exportfixtures;
using namespace Qt::StringLiterals;

namespace {

const EventTypeKey kCreate { u"smarterpay"_s, u"customer_account.create"_s };
const EventTypeKey kUpdate { u"smarterpay"_s, u"customer_account.update"_s };

// RFC 4180 read back: rows of fields; false when the text is not well-formed CSV with CRLF.
bool parseCsv(const QByteArray &csv, QList<QStringList> *rows)
{
    QStringList row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"' && field.isEmpty()) {
            quoted = true;
        } else if (c == ',') {
            row.append(QString::fromUtf8(field));
            field.clear();
        } else if (c == '\r') {
            if (i + 1 >= csv.size() || csv[i + 1] != '\n')
                return false;
            ++i;
            row.append(QString::fromUtf8(field));
            field.clear();
            rows->append(row);
            row.clear();
        } else if (c == '\n' || c == '"') {
            return false; // bare LF or a quote inside an unquoted field
        } else {
            field += c;
        }
    }
    return !quoted && field.isEmpty() && row.isEmpty();
}

EventFields surveyedFields(const QList<Delivery> &deliveries, const EventTypeKey &key)
{
    EventFieldsSurvey survey(key);
    for (const Delivery &delivery : deliveries) {
        const DeliveryAnalysis analysis = analyzer()->analyze(delivery);
        survey.write(ExportRecord(delivery, analysis));
    }
    return survey.fields(key);
}

QByteArray csvOf(const QList<Delivery> &deliveries, const EventTypeKey &key, bool excel = false)
{
    const EventFields fields = surveyedFields(deliveries, key);
    return exported(
        [&](QIODevice *device) {
            return std::make_unique<CsvEventExporter>(device, key, fields,
                                                      CsvEventExporter::Options { excel });
        },
        deliveries);
}

QJsonObject harEntry(const Delivery &delivery, bool mask = false)
{
    const QByteArray har
        = exported([&](QIODevice *device) { return std::make_unique<HarExporter>(device, mask); },
                   { delivery });
    QJsonParseError error;
    const QJsonObject log
        = QJsonDocument::fromJson(har, &error).object().value(u"log"_s).toObject();
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << har.left(200);
    return log.value(u"entries"_s).toArray().at(0).toObject();
}

QString headerValueIn(const QJsonArray &headers, const QString &name)
{
    for (const QJsonValue &header : headers) {
        if (header.toObject().value(u"name"_s).toString() == name)
            return header.toObject().value(u"value"_s).toString();
    }
    return u"<none>"_s;
}

} // namespace

class TestExportFormats : public QObject
{
    Q_OBJECT

private slots:
    void csvFieldsAreQuotedAsRfc4180Says()
    {
        QCOMPARE(CsvEventExporter::field(u"plain"_s), QByteArray("plain"));
        QCOMPARE(CsvEventExporter::field(u""_s), QByteArray(""));
        QCOMPARE(CsvEventExporter::field(u"a,b"_s), QByteArray("\"a,b\""));
        QCOMPARE(CsvEventExporter::field(u"say \"hi\""_s), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvEventExporter::field(u"two\nlines"_s), QByteArray("\"two\nlines\""));
        QCOMPARE(CsvEventExporter::field(u"cr\r"_s), QByteArray("\"cr\r\""));
        QCOMPARE(CsvEventExporter::field(u"Zürich 東京"_s), QString(u"Zürich 東京"_s).toUtf8());
        QCOMPARE(CsvEventExporter::line({ u"a"_s, u"b,c"_s, QString() }),
                 QByteArray("a,\"b,c\",\r\n"));
    }

    void csvHasARowPerEventAndTheEventTypesColumns()
    {
        const QList<Delivery> deliveries { smarterPayDelivery(), awkwardDelivery() };
        const QByteArray csv = csvOf(deliveries, kCreate);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        QList<QStringList> rows;
        QVERIFY2(parseCsv(csv, &rows), csv.constData());
        QCOMPARE(rows.size(), 3); // the header and the two create events of the batch
        const QStringList header = rows.at(0);
        QCOMPARE(header.mid(0, 4),
                 (QStringList { u"delivery_id"_s, u"received_at"_s, u"event_index"_s,
                                u"billing_address_line_1"_s }));
        QCOMPARE(header.last(), u"schema_errors"_s);
        QCOMPARE(header.size(), 3 + 30 + 1);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());

        auto cell = [&](int row, const QString &column) {
            return rows.at(row).at(header.indexOf(column));
        };
        QCOMPARE(cell(1, u"delivery_id"_s), u"7"_s);
        QCOMPARE(cell(1, u"received_at"_s), u"2025-11-23T12:13:20.123456789Z"_s);
        QCOMPARE(cell(1, u"event_index"_s), u"0"_s);
        QCOMPARE(cell(2, u"event_index"_s), u"1"_s);
        QCOMPARE(cell(1, u"billing_city"_s), u"Hull"_s);
        // Comma, quotes, CR LF and non-ASCII in one field, and in the bytes as RFC 4180 has them.
        QCOMPARE(cell(2, u"billing_city"_s), u"Zürich, \"Old\" Town\r\nNorth"_s);
        QVERIFY(csv.contains(QString(u"\"Zürich, \"\"Old\"\" Town\r\nNorth\""_s).toUtf8()));
        QCOMPARE(cell(2, u"billing_address_line_1"_s), u"Unit 4, Kirkstall Industrial Park"_s);
        QCOMPARE(cell(1, u"created_by.id"_s), u"CU01LG420EJ9VWP1VQWR"_s);
        QCOMPARE(cell(1, u"company_name"_s), QString());
        QVERIFY(cell(1, u"schema_errors"_s).isEmpty());
        QVERIFY2(cell(2, u"schema_errors"_s).startsWith(u"/billing_country_code: "_s),
                 qPrintable(cell(2, u"schema_errors"_s)));
        // Every line ends in CRLF, none in a bare LF.
        QCOMPARE(csv.count("\r\n"), csv.count('\n'));
    }

    void csvForExcelHasABomAndNoFormulas()
    {
        Delivery delivery = smarterPayDelivery();
        delivery.body.replace("\"first_name\": \"James\"", "\"first_name\": \"=HYPERLINK(1)\"");
        delivery.body.replace("\"last_name\": \"Hetfield\"", "\"last_name\": -5");
        const QByteArray csv = csvOf({ delivery }, kCreate, true);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "delivery_id,"));
        QVERIFY(csv.contains(",'=HYPERLINK(1),"));
        QVERIFY(csv.contains(",-5,")); // a number stays a number
    }

    void csvOfAnEventTypeNobodySentHasTheSchemaColumns()
    {
        const EventFields fields = EventFields::forEventType(
            analyzer()->catalog().provider(u"smarterpay"_s), kUpdate.eventType);
        const QByteArray csv = exported(
            [&](QIODevice *device) {
                return std::make_unique<CsvEventExporter>(device, kUpdate, fields,
                                                          CsvEventExporter::Options {});
            },
            { awkwardDelivery() });
        QCOMPARE(csv.count("\r\n"), 1);
        QVERIFY(csv.contains(",billing_city,"));
    }

    void jsonEventsKeepTheEventBytes()
    {
        const Delivery delivery = smarterPayDelivery();
        const QByteArray json = exported(
            [](QIODevice *device) { return std::make_unique<JsonEventExporter>(device, kCreate); },
            { delivery, latin1Delivery() });
        QJsonParseError error;
        const QJsonArray events = QJsonDocument::fromJson(json, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(events.size(), 2);
        const QJsonObject second = events.at(1).toObject();
        QCOMPARE(second.value(u"delivery_id"_s).toInt(), 7);
        QCOMPARE(second.value(u"received_at"_s).toString(), u"2025-11-23T12:13:20.123456789Z"_s);
        QCOMPARE(second.value(u"index"_s).toInt(), 1);
        QCOMPARE(second.value(u"provider"_s).toString(), u"smarterpay"_s);
        QCOMPARE(second.value(u"event"_s).toObject().value(u"billing_city"_s).toString(),
                 u"Zürich, \"Old\" Town\r\nNorth"_s);
        const QJsonArray errors = second.value(u"schema_errors"_s).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().value(u"pointer"_s).toString(),
                 u"/billing_country_code"_s);
        QVERIFY(events.at(0).toObject().value(u"schema_errors"_s).toArray().isEmpty());

        // "event" is the very text of the body, indentation and all.
        const JsonTree tree = JsonTree::parse(delivery.body, JsonParseMode::Strict);
        const JsonSpan span = tree.valueSpan(tree.findPointer(u"/events/1"));
        QVERIFY(json.contains(delivery.body.mid(span.offset, span.length)));
    }

    void jsonEventsOfALenientBodyAreStillJson()
    {
        Delivery delivery = smarterPayDelivery();
        delivery.body.replace("\"title\": \"Mr\",", "\"title\": \"Mr\", // a comment\n");
        delivery.body.replace("\"CL01LG420EJ9DP1VQWR9\"\n      }\n    },",
                              "\"CL01LG420EJ9DP1VQWR9\",\n      },\n    },");
        const QByteArray json = exported(
            [](QIODevice *device) { return std::make_unique<JsonEventExporter>(device, kCreate); },
            { delivery });
        QJsonParseError error;
        const QJsonArray events = QJsonDocument::fromJson(json, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toObject().value(u"event"_s).toObject().value(u"title"_s).toString(),
                 u"Mr"_s);
        QVERIFY(json.contains("\"legacy_id\":null"));
    }

    void harEntriesCarryTextAndBytes()
    {
        const QJsonObject text = harEntry(smarterPayDelivery());
        QCOMPARE(text.value(u"startedDateTime"_s).toString(), u"2025-11-23T12:13:20.123Z"_s);
        const QJsonObject request = text.value(u"request"_s).toObject();
        QCOMPARE(request.value(u"url"_s).toString(),
                 u"http://hooks.example.test:8443/smarterpay/v2?attempt=1&note=a%20b"_s);
        QCOMPARE(request.value(u"httpVersion"_s).toString(), u"HTTP/1.1"_s);
        QCOMPARE(
            request.value(u"queryString"_s).toArray().at(1).toObject().value(u"value"_s).toString(),
            u"a%20b"_s);
        const QJsonObject postData = request.value(u"postData"_s).toObject();
        QCOMPARE(postData.value(u"mimeType"_s).toString(), u"application/json"_s);
        QCOMPARE(postData.value(u"text"_s).toString().toUtf8(), smarterPayBody());
        QVERIFY(!postData.contains(u"encoding"_s));
        QCOMPARE(request.value(u"bodySize"_s).toInt(), smarterPayBody().size());
        QCOMPARE(headerValueIn(request.value(u"headers"_s).toArray(), u"Authorization"_s),
                 u"Bearer s3cret"_s);
        const QJsonObject own = text.value(u"_hookscope"_s).toObject();
        QCOMPARE(own.value(u"received_at"_s).toString(), u"2025-11-23T12:13:20.123456789Z"_s);
        QCOMPARE(own.value(u"decoded"_s).toObject().value(u"provider"_s).toString(),
                 u"smarterpay"_s);
        QCOMPARE(own.value(u"decoded"_s).toObject().value(u"events"_s).toArray().size(), 3);
        const QJsonObject response = text.value(u"response"_s).toObject();
        QCOMPARE(response.value(u"statusText"_s).toString(), u"OK"_s);
        QCOMPARE(response.value(u"content"_s).toObject().value(u"text"_s).toString(),
                 u"{\"received\":true}\n"_s);

        const QJsonObject binary = harEntry(awkwardDelivery());
        const QJsonObject binaryRequest = binary.value(u"request"_s).toObject();
        QCOMPARE(binaryRequest.value(u"url"_s).toString(),
                 u"http://127.0.0.1:9/caf%E9/%7Bx%7D%7Cy?q=%00&r=%FF"_s);
        QCOMPARE(binaryRequest.value(u"postData"_s).toObject().value(u"encoding"_s).toString(),
                 u"base64"_s);
        QCOMPARE(QByteArray::fromBase64(binaryRequest.value(u"postData"_s)
                                            .toObject()
                                            .value(u"text"_s)
                                            .toString()
                                            .toLatin1()),
                 awkwardDelivery().body);
        const QJsonObject latin = binaryRequest.value(u"headers"_s).toArray().at(1).toObject();
        QCOMPARE(latin.value(u"value"_s).toString(), u"café"_s);
        QCOMPARE(latin.value(u"_value_base64"_s).toString(), u"Y2Fm6Q=="_s);
        QCOMPARE(binary.value(u"response"_s)
                     .toObject()
                     .value(u"cookies"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"value"_s)
                     .toString(),
                 u"abc"_s);
        QCOMPARE(binary.value(u"response"_s)
                     .toObject()
                     .value(u"content"_s)
                     .toObject()
                     .value(u"encoding"_s)
                     .toString(),
                 u"base64"_s);
        QCOMPARE(binary.value(u"_hookscope"_s).toObject().value(u"peer"_s).toString(),
                 u"[::1]:54321"_s);
        QVERIFY(binary.value(u"_hookscope"_s).toObject().contains(u"target_base64"_s));

        const QJsonObject latinBody = harEntry(latin1Delivery());
        QCOMPARE(latinBody.value(u"request"_s).toObject().value(u"url"_s).toString(),
                 u"http://127.0.0.1/plain"_s);
        QCOMPARE(latinBody.value(u"request"_s)
                     .toObject()
                     .value(u"postData"_s)
                     .toObject()
                     .value(u"encoding"_s)
                     .toString(),
                 u"base64"_s);
    }

    void harMasksCredentialsWhenAsked()
    {
        Delivery delivery = smarterPayDelivery();
        delivery.headers.append(HttpHeader { "Stripe-Signature", "t=1,v1=abc" });
        delivery.headers.append(HttpHeader { "Cookie", "session=secret" });
        const QJsonObject entry = harEntry(delivery, true);
        const QJsonObject request = entry.value(u"request"_s).toObject();
        const QJsonArray headers = request.value(u"headers"_s).toArray();
        QCOMPARE(headerValueIn(headers, u"Authorization"_s), u"<redacted>"_s);
        QCOMPARE(headerValueIn(headers, u"Stripe-Signature"_s), u"<redacted>"_s);
        QCOMPARE(headerValueIn(headers, u"Content-Type"_s), u"application/json"_s);
        QVERIFY(request.value(u"cookies"_s).toArray().isEmpty());
        QVERIFY(!QJsonDocument(entry).toJson().contains("s3cret"));
    }

    void urlsAreAbsoluteAndSafe()
    {
        Delivery delivery;
        delivery.target = "/a b\"<>\\^`{|}#\x7f";
        QCOMPARE(deliveryUrl(delivery),
                 QByteArray("http://127.0.0.1/a%20b%22%3C%3E%5C%5E%60%7B%7C%7D%23%7F"));
        delivery.headers = { { "Host", "evil.test/path@x" } };
        delivery.target = "/ok";
        QCOMPARE(deliveryUrl(delivery), QByteArray("http://127.0.0.1/ok"));
        delivery.headers = { { "host", "[::1]:8787" }, { "X-Forwarded-Proto", "https" } };
        QCOMPARE(deliveryUrl(delivery), QByteArray("https://[::1]:8787/ok"));
        QCOMPARE(deliveryUrl(delivery, "http://localhost:3000/"),
                 QByteArray("http://localhost:3000/ok"));
        QCOMPARE(deliveryUrl(delivery, "http://localhost:3000/prefix"),
                 QByteArray("http://localhost:3000/prefix/ok"));
        delivery.target = "http://proxy.test/x?y";
        QCOMPARE(deliveryUrl(delivery), QByteArray("http://proxy.test/x?y"));
        QCOMPARE(deliveryUrl(delivery, "http://localhost:3000"),
                 QByteArray("http://localhost:3000/x?y"));
    }

    void curlCommandsSayWhatWasSent()
    {
        CurlExporter::Options options;
        QByteArray command = CurlExporter::command(smarterPayDelivery(), options);
        QVERIFY2(command.startsWith("curl --globoff --path-as-is \\\n"), command.constData());
        QVERIFY(!command.contains("-X"));
        QVERIFY(command.contains("-H 'Content-Type: application/json'"));
        QVERIFY(command.contains("-H 'Authorization: Bearer s3cret'"));
        QVERIFY(command.contains("-H User-Agent: \\\n"));
        QVERIFY(command.contains("-H Expect: \\\n"));
        QVERIFY(!command.contains("Host"));
        QVERIFY(!command.contains("Content-Length"));
        QVERIFY(command.contains("--data-raw $'{\\n  \"id\""));
        QVERIFY(command.endsWith(
            "--url 'http://hooks.example.test:8443/smarterpay/v2?attempt=1&note=a%20b'\n"));

        options.maskCredentials = true;
        options.baseUrl = "http://localhost:3000";
        command = CurlExporter::command(awkwardDelivery(), options, "body.bin");
        QVERIFY(command.contains("--http1.0"));
        QVERIFY(command.contains("-X PATCH"));
        QVERIFY(command.contains("-H 'X-Empty;'"));
        QVERIFY(command.contains("-H $'X-Latin-1: caf\\xe9'"));
        QVERIFY(command.contains("--data-binary @body.bin"));
        QVERIFY(command.contains("--url 'http://localhost:3000/caf%E9/%7Bx%7D%7Cy?q=%00&r=%FF'"));

        Delivery get;
        get.method = "GET";
        get.target = "/";
        get.headers = {
            { "Accept", "*/*" }, { "Signature", "abc" },         { "Connection", "X-Hop, close" },
            { "X-Hop", "1" },    { "Proxy-Authorization", "p" }, { "Keep-Alive", "timeout=5" }
        };
        command = CurlExporter::command(get, options);
        QVERIFY(!command.contains("--data"));
        QVERIFY(!command.contains("-X"));
        QVERIFY(command.contains("-H 'Signature: <redacted>'"));
        QVERIFY(!command.contains("-H Accept:"));
        for (const char *hop : { "Connection", "X-Hop", "Proxy-Authorization", "Keep-Alive" })
            QVERIFY2(!command.contains(hop), command.constData());

        QVERIFY(CurlExporter::needsBodyFile(awkwardDelivery().body, options));
        QVERIFY(CurlExporter::needsBodyFile(latin1Delivery().body, options));
        QVERIFY(!CurlExporter::needsBodyFile(smarterPayBody(), options));
        QVERIFY(CurlExporter::needsBodyFile(QByteArray(70'000, 'a'), options));
    }

    void curlNeedsAPlaceForBinaryBodies()
    {
        QString error;
        exported(
            [](QIODevice *device) {
                return std::make_unique<CurlExporter>(device, CurlExporter::Options {});
            },
            { smarterPayDelivery(), awkwardDelivery() }, &error);
        QVERIFY2(error.contains(u"delivery 8"_s) && error.contains(u"-o"_s), qPrintable(error));

        QTemporaryDir dir;
        CurlExporter::Options options;
        options.bodyDirectory = dir.path();
        options.bodyFilePrefix = u"replay.sh."_s;
        const QByteArray script = exported(
            [&](QIODevice *device) { return std::make_unique<CurlExporter>(device, options); },
            { awkwardDelivery() }, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(script.startsWith("#!/usr/bin/env bash\n"));
        QVERIFY(script.contains("--data-binary @\"$(dirname -- \"$0\")\"/replay.sh.8.body"));
        QFile body(dir.filePath(u"replay.sh.8.body"_s));
        QVERIFY(body.open(QIODevice::ReadOnly));
        QCOMPARE(body.readAll(), awkwardDelivery().body);
    }

    void shellQuotingGivesBashTheExactBytes()
    {
        QList<QByteArray> words { "",
                                  "plain",
                                  "-starts-with-dash",
                                  "it's",
                                  "$(echo no)",
                                  "`no`",
                                  "a\\b\\\\c",
                                  "\\x41 stays",
                                  "tab\there",
                                  "new\nline\r\n",
                                  "ünïcödé 東京 😀",
                                  "lat\xe9n",
                                  "\x01\x02\x1b[31m\x7f",
                                  "!! !$ history",
                                  "'\"'\"'",
                                  "trailing\\" };
        QByteArray all;
        for (int byte = 1; byte < 256; ++byte)
            all += char(byte);
        words << all;
        QRandomGenerator random(20251123);
        for (int i = 0; i < 50; ++i) {
            QByteArray word;
            for (int length = random.bounded(1, 40); length > 0; --length)
                word += char(random.bounded(1, 256));
            words << word;
        }
        QByteArray script = "printf '%s\\0'";
        for (const QByteArray &word : std::as_const(words))
            script += ' ' + shellQuoted(word);
        // From a file: arguments would go through the locale's encoding.
        QTemporaryDir dir;
        QFile file(dir.filePath(u"words.sh"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script);
        file.close();
        QProcess bash;
        bash.start(u"bash"_s, { file.fileName() });
        QVERIFY(bash.waitForFinished(20000));
        const QList<QByteArray> echoed = bash.readAllStandardOutput().split('\0');
        QCOMPARE(echoed.size(), words.size() + 1);
        for (qsizetype i = 0; i < words.size(); ++i)
            QCOMPARE(echoed.at(i), words.at(i));
        QCOMPARE(shellQuoted("simple-word"), QByteArray("simple-word"));
        QCOMPARE(shellQuoted("two words"), QByteArray("'two words'"));
        QCOMPARE(shellQuoted("a\nb"), QByteArray("$'a\\nb'"));
    }

    void rawBodyIsTheBytesOfOneDelivery()
    {
        QString error;
        const QByteArray raw
            = exported([](QIODevice *device) { return std::make_unique<RawBodyExporter>(device); },
                       { awkwardDelivery() }, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(raw, awkwardDelivery().body);
        exported([](QIODevice *device) { return std::make_unique<RawBodyExporter>(device); },
                 { awkwardDelivery(), latin1Delivery() }, &error);
        QVERIFY(error.contains(u"one delivery"_s));
        Delivery refused = latin1Delivery();
        refused.rejection = u"request body too large"_s;
        exported([](QIODevice *device) { return std::make_unique<RawBodyExporter>(device); },
                 { refused }, &error);
        QVERIFY(error.contains(u"not kept"_s));
        exported([](QIODevice *device) { return std::make_unique<RawBodyExporter>(device); }, {},
                 &error);
        QVERIFY(!error.isEmpty());
    }

    void splitterMakesOneSinkPerEventType()
    {
        QHash<QString, std::shared_ptr<QBuffer>> outputs;
        EventTypeSplitter splitter(
            [&](const EventTypeKey &key, QString *) -> std::unique_ptr<ExportSink> {
                auto buffer = std::make_shared<QBuffer>();
                buffer->open(QIODevice::WriteOnly);
                outputs.insert(key.fileBaseName(), buffer);
                return std::make_unique<JsonEventExporter>(buffer.get(), key);
            });
        exported(
            [&](QIODevice *) {
                struct Forward : ExportSink
                {
                    explicit Forward(ExportSink &to) : target(to) { }
                    bool write(const ExportRecord &record) override { return target.write(record); }
                    bool finish() override { return target.finish(); }
                    ExportSink &target;
                };
                return std::make_unique<Forward>(splitter);
            },
            { smarterPayDelivery(), latin1Delivery() });
        QCOMPARE(splitter.eventTypes(), (QList<EventTypeKey> { kCreate, kUpdate }));
        QCOMPARE(outputs.keys().size(), 2);
        QCOMPARE(
            QJsonDocument::fromJson(outputs.value(u"smarterpay.customer_account.create"_s)->data())
                .array()
                .size(),
            2);
        QCOMPARE(
            QJsonDocument::fromJson(outputs.value(u"smarterpay.customer_account.update"_s)->data())
                .array()
                .size(),
            1);
        QCOMPARE((EventTypeKey { QString(), u"../x y"_s }).fileBaseName(), u"unknown._.._x_y"_s);
    }

    void exportRunsReportProgressAndCanBeCancelled()
    {
        QTemporaryDir dir;
        DeliveryStore store;
        StoreOptions options;
        options.databasePath = dir.filePath(u"deliveries.sqlite"_s);
        QVERIFY2(store.open(options), qPrintable(store.lastError()));
        QList<Delivery> deliveries;
        for (int i = 0; i < 250; ++i)
            deliveries.append(i % 2 ? latin1Delivery() : awkwardDelivery());
        QVERIFY(store.append(deliveries));

        DeliveryExporter exporter(store, *analyzer());
        QList<qint64> reported;
        exporter.setProgress(
            [&](qint64 done) {
                reported.append(done);
                return true;
            },
            100);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        NdjsonExporter ndjson(&buffer);
        QVERIFY2(exporter.run(DeliveryFilter {}, ndjson), qPrintable(exporter.errorString()));
        QCOMPARE(reported, (QList<qint64> { 100, 200, 250 }));
        QCOMPARE(buffer.data().count('\n'), 250);

        exporter.setProgress([](qint64 done) { return done < 100; }, 50);
        QBuffer cancelled;
        cancelled.open(QIODevice::WriteOnly);
        NdjsonExporter second(&cancelled);
        QVERIFY(!exporter.run(DeliveryFilter {}, second));
        QVERIFY(exporter.wasCancelled());
        QCOMPARE(exporter.deliveriesDone(), 100);

        exporter.setProgress({});
        QBuffer chosen;
        chosen.open(QIODevice::WriteOnly);
        NdjsonExporter third(&chosen);
        QVERIFY(exporter.run(QList<qint64> { deliveries.at(3).id, deliveries.at(0).id }, third));
        QCOMPARE(chosen.data().count('\n'), 2);
        NdjsonExporter fourth(&chosen);
        QVERIFY(!exporter.run(QList<qint64> { 999'999 }, fourth));
        QCOMPARE(exporter.errorString(), u"no delivery with id 999999"_s);
    }
};

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
