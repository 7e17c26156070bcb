// `hookscope export` and `hookscope import` end to end: deliveries captured by a running
// `hookscope --headless`, exported in every format, the HAR imported into another store.
#include "headlessprocess.h"
#include "providers/samplelibrary.h"
#include "rawhttpclient.h"
#include "tst_exportfixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using exportfixtures::rawRecords;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kBinary("\x00\x01\xff\xfe"
                         "binary\r\n",
                         12);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool post(quint16 port, const QByteArray &request)
{
    RawHttpClient client(port);
    if (!client.waitConnected())
        return false;
    client.send(request);
    return QTest::qWaitFor([&] { return client.responses().size() == 1; }, 10000);
}

QByteArray request(const QByteArray &head, const QByteArray &body)
{
    return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;

    int exportWith(const QStringList &arguments, QByteArray *output = nullptr,
                   QByteArray *errors = nullptr)
    {
        return runHookscope(QStringList { u"export"_s, u"--data-dir"_s, m_data } + arguments,
                            output, errors);
    }

private slots:
    void initTestCase()
    {
        m_data = m_dir.filePath(u"data"_s);
        HeadlessProcess hookscope;
        QVERIFY(hookscope.start(m_data));
        const QByteArray smarterPay
            = SampleLibrary::body(u"smarterpay"_s, u"customer_account.create"_s);
        QVERIFY(post(hookscope.port(),
                     request("POST /smarterpay/v2 HTTP/1.1\r\nHost: hooks.example.test\r\n"
                             "Content-Type: application/json\r\n",
                             smarterPay)));
        QVERIFY(post(
            hookscope.port(),
            request("PUT /bin?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Authorization: Bearer s3cret\r\nContent-Type: application/octet-stream\r\n",
                    kBinary)));
        QVERIFY(post(hookscope.port(), request("GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n", {})));
        QVERIFY(hookscope.terminate());
    }

    void harAndItsImport()
    {
        const QString har = m_dir.filePath(u"all.har"_s);
        QByteArray errors;
        QCOMPARE(exportWith({ u"--format"_s, u"har"_s, u"-o"_s, har }, nullptr, &errors), 0);
        QVERIFY2(errors.contains("exported 3 deliveries to"), errors.constData());
        const QJsonObject log
            = QJsonDocument::fromJson(readFile(har)).object().value(u"log"_s).toObject();
        QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
        QCOMPARE(log.value(u"entries"_s).toArray().size(), 3);

        const QString other = m_dir.filePath(u"other"_s);
        QCOMPARE(runHookscope({ u"import"_s, u"--data-dir"_s, other, har }, nullptr, &errors), 0);
        QVERIFY2(errors.contains("imported 3 deliveries from") && errors.contains("(HAR)"),
                 errors.constData());
        QByteArray before;
        QByteArray after;
        QCOMPARE(exportWith({}, &before), 0);
        QCOMPARE(runHookscope({ u"export"_s, u"--data-dir"_s, other }, &after), 0);
        QCOMPARE(rawRecords(after), rawRecords(before));
        QVERIFY(after.contains("\"provider\":\"smarterpay\""));

        // A bad entry is reported with its index; the rest is imported; the exit code says so.
        QJsonObject document = QJsonDocument::fromJson(readFile(har)).object();
        QJsonObject changed = document.value(u"log"_s).toObject();
        QJsonArray entries = changed.value(u"entries"_s).toArray();
        entries.insert(1, u"not an entry"_s);
        changed.insert(u"entries"_s, entries);
        document.insert(u"log"_s, changed);
        const QString broken = m_dir.filePath(u"broken.har"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(document).toJson());
        file.close();
        QCOMPARE(runHookscope({ u"import"_s, u"--data-dir"_s, m_dir.filePath(u"third"_s), broken },
                              nullptr, &errors),
                 1);
        QVERIFY2(errors.contains("entry 1: not an object"), errors.constData());
        QVERIFY2(errors.contains("imported 3 deliveries"), errors.constData());
    }

    void csvAndJsonPerEventType()
    {
        QByteArray csv;
        QCOMPARE(
            exportWith({ u"--format"_s, u"csv"_s, u"--event-type"_s, u"customer_account.create"_s },
                       &csv),
            0);
        QCOMPARE(csv.count("\r\n"), 3);
        QVERIFY(csv.startsWith("delivery_id,received_at,event_index,billing_address_line_1,"));

        const QString excel = m_dir.filePath(u"excel.csv"_s);
        QCOMPARE(
            exportWith({ u"--format"_s, u"csv"_s, u"--event-type"_s, u"customer_account.create"_s,
                         u"--provider"_s, u"smarterpay"_s, u"--excel"_s, u"-o"_s, excel }),
            0);
        QVERIFY(readFile(excel).startsWith("\xEF\xBB\xBF"
                                           "delivery_id"));

        const QString directory = m_dir.filePath(u"by-type"_s);
        QCOMPARE(exportWith({ u"--format"_s, u"csv"_s, u"-o"_s, directory }), 0);
        QCOMPARE(QDir(directory).entryList(QDir::Files),
                 (QStringList { u"smarterpay.customer_account.create.csv"_s,
                                u"smarterpay.customer_account.update.csv"_s }));
        QCOMPARE(readFile(directory + u"/smarterpay.customer_account.update.csv"_s).count("\r\n"),
                 2);

        QByteArray json;
        QCOMPARE(exportWith(
                     { u"--format"_s, u"json"_s, u"--event-type"_s, u"customer_account.update"_s },
                     &json),
                 0);
        const QJsonArray events = QJsonDocument::fromJson(json).array();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value(u"index"_s).toInt(), 2);

        // No event of the type: the schema's columns, no rows.
        QCOMPARE(exportWith({ u"--format"_s, u"csv"_s, u"--event-type"_s, u"customer.created"_s,
                              u"--provider"_s, u"willsuite"_s },
                            &csv),
                 0);
        QCOMPARE(csv.count("\r\n"), 1);
        QVERIFY(csv.contains(",case_data."));
    }

    void curlAndRaw()
    {
        const QString script = m_dir.filePath(u"replay.sh"_s);
        QCOMPARE(exportWith({ u"--format"_s, u"curl"_s, u"--mask-auth"_s, u"--url"_s,
                              u"http://127.0.0.1:1"_s, u"-o"_s, script }),
                 0);
        const QByteArray commands = readFile(script);
        QCOMPARE(commands.count("\ncurl "), 3);
        QVERIFY(commands.contains("-H 'Authorization: <redacted>'"));
        QVERIFY(!commands.contains("s3cret"));
        QVERIFY(commands.contains("--url 'http://127.0.0.1:1/bin?x=1'"));
        QCOMPARE(readFile(script + u".2.body"_s), kBinary);

        QByteArray raw;
        QCOMPARE(exportWith({ u"--format"_s, u"raw"_s, u"--id"_s, u"2"_s }, &raw), 0);
        QCOMPARE(raw, kBinary);
        const QString file = m_dir.filePath(u"body.bin"_s);
        QCOMPARE(exportWith({ u"--format"_s, u"raw"_s, u"--id"_s, u"2"_s, u"-o"_s, file }), 0);
        QCOMPARE(readFile(file), kBinary);

        QByteArray errors;
        QCOMPARE(exportWith({ u"--format"_s, u"curl"_s }, nullptr, &errors), 1);
        QVERIFY2(errors.contains("delivery 2 has a body that cannot go on the command line"),
                 errors.constData());
    }

    void combinationsThatCannotWorkAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown format")
            << QStringList { u"--format"_s, u"xml"_s }
            << QByteArray(
                   "--format xml is not supported; use one of ndjson, har, csv, json, curl, raw");
        QTest::newRow("raw without id")
            << QStringList { u"--format"_s, u"raw"_s }
            << QByteArray("--format raw exports the body of one delivery: give it with --id ID");
        QTest::newRow("csv without type") << QStringList {
            u"--format"_s, u"csv"_s
        } << QByteArray("--format csv needs --event-type T, or -o DIR for one file per event type");
        QTest::newRow("csv to one file without type") << QStringList {
            u"--format"_s, u"csv"_s, u"-o"_s, u"types.csv"_s
        } << QByteArray("--format csv needs --event-type T, or -o DIR for one file per event type");
        QTest::newRow("url for har")
            << QStringList { u"--format"_s, u"har"_s, u"--url"_s, u"http://x"_s }
            << QByteArray("--url applies to --format curl only");
        QTest::newRow("bad url") << QStringList { u"--format"_s, u"curl"_s, u"--url"_s,
                                                  u"ftp://x"_s }
                                 << QByteArray("--url must start with http:// or https://");
        QTest::newRow("mask ndjson")
            << QStringList { u"--mask-auth"_s }
            << QByteArray("--mask-auth applies to --format curl and har only");
        QTest::newRow("excel json")
            << QStringList { u"--format"_s, u"json"_s, u"--event-type"_s, u"x"_s, u"--excel"_s }
            << QByteArray("--excel applies to --format csv only");
        QTest::newRow("id not a number") << QStringList { u"--id"_s, u"seven"_s }
                                         << QByteArray("--id seven is not a delivery id");
        QTest::newRow("id and type") << QStringList { u"--id"_s, u"1"_s, u"--event-type"_s, u"x"_s }
                                     << QByteArray("--id chooses the deliveries");
        QTest::newRow("no such id") << QStringList { u"--format"_s, u"raw"_s, u"--id"_s, u"999"_s }
                                    << QByteArray("no delivery with id 999");
        QTest::newRow("raw of two")
            << QStringList { u"--format"_s, u"raw"_s, u"--id"_s, u"1"_s, u"--id"_s, u"2"_s }
            << QByteArray("--format raw exports the body of one delivery");
    }

    void combinationsThatCannotWorkAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QByteArray errors;
        QCOMPARE(exportWith(arguments, nullptr, &errors), 1);
        QVERIFY2(errors.contains(message), errors.constData());
    }

    void severalProvidersOfOneEventTypeNeedAChoice()
    {
        const QString data = m_dir.filePath(u"mixed"_s);
        HeadlessProcess hookscope;
        QVERIFY(hookscope.start(data, { u"--endpoint"_s, u"/other=stripe"_s }));
        const QByteArray body = SampleLibrary::body(u"smarterpay"_s, u"customer_account.create"_s);
        QVERIFY(post(
            hookscope.port(),
            request("POST /sp HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n", body)));
        QVERIFY(
            post(hookscope.port(),
                 request("POST /other HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n",
                         "{\"type\":\"customer_account.create\"}")));
        QVERIFY(hookscope.terminate());
        QByteArray errors;
        QCOMPARE(runHookscope({ u"export"_s, u"--data-dir"_s, data, u"--format"_s, u"csv"_s,
                                u"--event-type"_s, u"customer_account.create"_s },
                              nullptr, &errors),
                 1);
        QVERIFY2(
            errors.contains(
                "comes from several providers (smarterpay, stripe); choose one provider"),
            errors.constData());
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
