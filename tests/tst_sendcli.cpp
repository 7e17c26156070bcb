#include "headlessprocess.h"
#include "sendexport.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPhasioKey = u"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="_s;
const QString kStripeSecret = u"whsec_cli_test"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run hookscope(const QStringList &arguments)
{
    Run run;
    run.exitCode = runHookscope(arguments, &run.out, &run.err);
    return run;
}

QByteArray binaryBody()
{
    QByteArray bytes;
    for (int byte = 255; byte >= 0; --byte)
        bytes.append(char(byte));
    return bytes.repeated(3);
}

} // namespace

class TestSendCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HeadlessProcess m_capture;

    QString dataDir() const { return m_dir.filePath(u"data"_s); }
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_capture.port()).arg(path); }

    // The exported delivery whose target is `target` (the last one when several).
    QJsonObject delivered(const QString &target)
    {
        QJsonObject found;
        for (const QJsonObject &delivery : exportedDeliveries(dataDir())) {
            if (delivery.value(u"target"_s).toString() == target)
                found = delivery;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_capture.start(dataDir(), { u"--endpoint"_s, u"/stripe=stripe,secret="_s + kStripeSecret,
                                             u"--endpoint"_s, u"/phasio=phasio/CUSTOMER_ORGANISATION_CREATED,secret="_s + kPhasioKey,
                                             u"--endpoint"_s, u"/enad=enad,secret=tok-cli"_s,
                                             u"--endpoint"_s, u"/fail=auto,status=500"_s }));
    }

    void cleanupTestCase() { QVERIFY(m_capture.terminate()); }

    void sendsAnEditedSignedSampleAndPrintsTheAnswer()
    {
        const Run run = hookscope({ u"send"_s, u"--url"_s, url(u"/stripe"_s), u"--sample"_s, u"stripe/customer.created"_s,
                                    u"--set"_s, u"data.object.email=cli@hookscope.test"_s,
                                    u"--set"_s, u"/data/object/balance=1250"_s, u"--secret"_s, kStripeSecret });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("HTTP/1.1 200 OK\n"), run.out.constData());
        QVERIFY(run.out.contains("\nContent-Type: application/json\n"));
        QVERIFY(run.out.endsWith("\n\n{\"received\":true}\n"));
        QVERIFY2(run.err.startsWith("hookscope send: 200 in "), run.err.constData());

        const QJsonObject delivery = delivered(u"/stripe"_s);
        const QJsonObject decoded = delivery.value(u"decoded"_s).toObject();
        QCOMPARE(decoded.value(u"signature"_s).toString(), u"valid"_s);
        QCOMPARE(exportedHeader(delivery, u"User-Agent"_s), u"Stripe/1.0 (+https://stripe.com/docs/webhooks)"_s);
        const QByteArray body = exportedBody(delivery);
        QVERIFY(body.contains("\"email\": \"cli@hookscope.test\""));
        QVERIFY(body.contains("\"balance\": 1250,"));
        QVERIFY(decoded.value(u"events"_s).toArray().at(0).toObject().value(u"schema_errors"_s).toArray().isEmpty());
    }

    void sendsPhasioEncryptedAndTheCaptureDecryptsIt()
    {
        const Run run = hookscope({ u"send"_s, u"--url"_s, url(u"/phasio"_s), u"--sample"_s,
                                    u"phasio/CUSTOMER_ORGANISATION_CREATED"_s, u"--set"_s, u"name=CLI Manufacturing"_s,
                                    u"--set"_s, u"customers[0].phoneNumber=null"_s, u"--secret"_s, kPhasioKey });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject decoded = delivered(u"/phasio"_s).value(u"decoded"_s).toObject();
        QCOMPARE(decoded.value(u"provider"_s).toString(), u"phasio"_s);
        QCOMPARE(decoded.value(u"signature"_s).toString(), u"valid"_s);
        const QString plain = decoded.value(u"decrypted_body"_s).toString();
        QVERIFY2(plain.contains(u"\"name\": \"CLI Manufacturing\""_s), qPrintable(plain));
        QVERIFY(plain.contains(u"\"phoneNumber\": null"_s));
        QVERIFY(decoded.value(u"events"_s).toArray().at(0).toObject().value(u"schema_errors"_s).toArray().isEmpty());
    }

    void sendsEnadWithItsTokenHeader()
    {
        const Run run = hookscope({ u"send"_s, u"--url"_s, url(u"/enad"_s), u"--sample"_s,
                                    u"enad/organisations.updated"_s, u"--secret"_s, u"tok-cli"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject delivery = delivered(u"/enad"_s);
        QCOMPARE(exportedHeader(delivery, u"Authorization"_s), u"Bearer tok-cli"_s);
        QCOMPARE(delivery.value(u"decoded"_s).toObject().value(u"signature"_s).toString(), u"valid"_s);
    }

    void sendsAFileByteForByteAndReplaysIt()
    {
        const QString path = m_dir.filePath(u"body.bin"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(binaryBody());
        file.close();
        const Run sent = hookscope({ u"send"_s, u"--url"_s, url(u"/binary?kind=raw"_s), u"--body"_s, path,
                                     u"--method"_s, u"PUT"_s, u"--header"_s, u"X-Trace: 42"_s,
                                     u"--header"_s, u"Content-Type: application/x-custom"_s });
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        const QJsonObject original = delivered(u"/binary?kind=raw"_s);
        QCOMPARE(exportedBody(original), binaryBody());
        QCOMPARE(original.value(u"method"_s).toString(), u"PUT"_s);
        QCOMPARE(exportedHeader(original, u"X-Trace"_s), u"42"_s);
        QCOMPARE(exportedHeader(original, u"Content-Type"_s), u"application/x-custom"_s);

        const QString id = QString::number(original.value(u"id"_s).toInteger());
        const Run replayed = hookscope({ u"replay"_s, u"--data-dir"_s, dataDir(), u"--id"_s, id,
                                         u"--url"_s, url(u"/replayed"_s) });
        QVERIFY2(replayed.exitCode == 0, replayed.err.constData());
        QVERIFY(replayed.out.startsWith("HTTP/1.1 200 OK\n"));
        const QJsonObject again = delivered(u"/replayed"_s);
        QCOMPARE(exportedBody(again), binaryBody());
        QCOMPARE(again.value(u"method"_s).toString(), u"PUT"_s);
        QCOMPARE(exportedHeader(again, u"X-Trace"_s), u"42"_s);
        QCOMPARE(exportedHeader(again, u"Host"_s), u"127.0.0.1:%1"_s.arg(m_capture.port()));
        QCOMPARE(exportedHeader(again, u"Connection"_s), u"Keep-Alive"_s); // the client's own
    }

    void replayResignsForANewSecret()
    {
        const QJsonObject original = delivered(u"/stripe"_s);
        QVERIFY(!original.isEmpty());
        const Run replayed = hookscope({ u"replay"_s, u"--data-dir"_s, dataDir(), u"--id"_s,
                                         QString::number(original.value(u"id"_s).toInteger()),
                                         u"--url"_s, url(u"/stripe/again"_s), u"--resign"_s, u"stripe"_s,
                                         u"--secret"_s, kStripeSecret });
        QVERIFY2(replayed.exitCode == 0, replayed.err.constData());
        const QJsonObject again = delivered(u"/stripe/again"_s);
        QCOMPARE(exportedBody(again), exportedBody(original));
        QVERIFY(exportedHeader(again, u"Stripe-Signature"_s).startsWith(u"t="_s));
        QCOMPARE(again.value(u"decoded"_s).toObject().value(u"signature"_s).toString(), u"valid"_s);
    }

    void repeatPrintsASummary()
    {
        const Run run = hookscope({ u"send"_s, u"--url"_s, url(u"/repeat"_s), u"--sample"_s,
                                    u"willsuite/customer.created"_s, u"--repeat"_s, u"7"_s, u"--concurrency"_s, u"3"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("7 requests, at most 3 in flight, in "), run.out.constData());
        QVERIFY2(run.out.contains("\n  202 Accepted: 7\nlatency p50 "), run.out.constData()); // WillSuite answers 202
        QVERIFY(run.out.contains(", p99 "));
    }

    void exitsOneWhenTheAnswerIsNot2xx()
    {
        const Run failed = hookscope({ u"send"_s, u"--url"_s, url(u"/fail"_s), u"--sample"_s, u"willsuite/customer.created"_s });
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.out.startsWith("HTTP/1.1 500 "));
        const Run repeated = hookscope({ u"send"_s, u"--url"_s, url(u"/fail"_s), u"--sample"_s,
                                         u"willsuite/customer.created"_s, u"--repeat"_s, u"2"_s });
        QCOMPARE(repeated.exitCode, 1);
        QVERIFY(repeated.out.contains("  500 Internal Server Error: 2\n"));
    }

    void exitsOneWhenNothingAnswers()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const Run run = hookscope({ u"send"_s, u"--url"_s, u"http://127.0.0.1:%1/"_s.arg(port), u"--sample"_s,
                                    u"willsuite/customer.created"_s, u"--timeout"_s, u"5"_s });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, "hookscope send: connection refused by 127.0.0.1:" + QByteArray::number(port) + '\n');
        QVERIFY(run.out.isEmpty());
        const Run missing = hookscope({ u"replay"_s, u"--data-dir"_s, dataDir(), u"--id"_s, u"99999"_s,
                                        u"--url"_s, url(u"/x"_s) });
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err, "hookscope replay: no delivery 99999 in " + dataDir().toUtf8() + '\n');
    }

    void dryRunPrintsTheRequest()
    {
        const Run run = hookscope({ u"send"_s, u"--url"_s, u"http://127.0.0.1:9/hook"_s, u"--sample"_s,
                                    u"github/ping"_s, u"--secret"_s, u"s"_s, u"--dry-run"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("POST http://127.0.0.1:9/hook\nContent-Type: application/json\n"
                                    "User-Agent: GitHub-Hookshot/8f3e2a1\nX-GitHub-Event: ping\n"
                                    "X-Hub-Signature-256: sha256="),
                 run.out.constData());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("error");
        const QString sample = u"willsuite/customer.created"_s;
        QTest::newRow("no url") << QStringList { u"send"_s, u"--sample"_s, sample } << QByteArray("hookscope send: --url is required\n");
        QTest::newRow("bad url") << QStringList { u"send"_s, u"--url"_s, u"localhost:80"_s, u"--sample"_s, sample }
                                 << QByteArray("hookscope send: --url \"localhost:80\" is not an http:// or https:// URL with a host\n");
        QTest::newRow("sample and body") << QStringList { u"send"_s, u"--url"_s, u"http://127.0.0.1:9/"_s, u"--sample"_s, sample, u"--body"_s, u"x"_s }
                                         << QByteArray("hookscope send: give either --sample PROVIDER/EVENT or --body FILE\n");
        QTest::newRow("no such sample") << QStringList { u"send"_s, u"--url"_s, u"http://127.0.0.1:9/"_s, u"--sample"_s, u"stripe/nope"_s }
                                        << QByteArray("hookscope send: --sample stripe/nope: no such sample; `hookscope samples` lists them\n");
        QTest::newRow("bad set") << QStringList { u"send"_s, u"--url"_s, u"http://127.0.0.1:9/"_s, u"--sample"_s,
                                                  u"phasio/CUSTOMER_ORGANISATION_CREATED"_s, u"--set"_s, u"customers[3].email=x"_s }
                                 << QByteArray("hookscope send: --set customers[3].email: the array has 1 element\n");
        QTest::newRow("bad header") << QStringList { u"send"_s, u"--url"_s, u"http://127.0.0.1:9/"_s, u"--sample"_s, sample, u"--header"_s, u"no colon"_s }
                                    << QByteArray("hookscope send: --header \"no colon\": expected 'Name: value' with a name of letters, digits and -_.!#$%&'*+^`|~\n");
        QTest::newRow("bad repeat") << QStringList { u"send"_s, u"--url"_s, u"http://127.0.0.1:9/"_s, u"--sample"_s, sample, u"--repeat"_s, u"0"_s }
                                    << QByteArray("hookscope send: --repeat 0: expected a whole number from 1 to 1000000\n");
        QTest::newRow("unknown option") << QStringList { u"send"_s, u"--colour"_s } << QByteArray("hookscope send: Unknown option 'colour'.\n");
        QTest::newRow("scheme without secret") << QStringList { u"send"_s, u"--url"_s, u"http://127.0.0.1:9/"_s, u"--sample"_s, sample, u"--sign"_s, u"github"_s }
                                               << QByteArray("hookscope send: --sign github needs --secret\n");
        QTest::newRow("replay without id") << QStringList { u"replay"_s, u"--url"_s, u"http://127.0.0.1:9/"_s }
                                           << QByteArray("hookscope replay: --id needs a delivery id (a positive number)\n");
        QTest::newRow("secret without resign") << QStringList { u"replay"_s, u"--id"_s, u"1"_s, u"--url"_s, u"http://127.0.0.1:9/"_s, u"--secret"_s, u"s"_s }
                                               << QByteArray("hookscope replay: --secret and --hmac-* go with --resign SCHEME\n");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, error);
        const Run run = hookscope(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, error);
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSendCli)
#include "tst_sendcli.moc"
