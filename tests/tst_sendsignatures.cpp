#include "headlessprocess.h"
#include "sendexport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Signatures made by `hookscope send`, as captured on the wire, checked by each scheme's
// official library (tests/node/verify-signatures.mjs): standardwebhooks, stripe,
// @octokit/webhooks-methods, and node:crypto for plain HMAC. Every scheme also gets a tampered
// body and a wrong secret, which the libraries must reject, so a verifier that accepts anything
// fails the test.
namespace {

const QString kScriptDir = QStringLiteral(HOOKSCOPE_SOURCE_DIR "/tests/node");

struct Sent
{
    QString name;
    QString scheme;
    QString secret;
    QStringList arguments; // after --url
    QJsonObject hmac = {};
};

QList<Sent> sends(const QString &bodyFile)
{
    const QString standard = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
    const QString stripe = u"whsec_hookscope_node_check"_s;
    const QString github = u"It's a Secret to Everybody"_s;
    return {
        { u"sample contact.created"_s, u"standard-webhooks"_s, standard,
          { u"--sample"_s, u"standard-webhooks/contact.created"_s, u"--secret"_s, standard } },
        { u"edited contact.created"_s, u"standard-webhooks"_s, standard,
          { u"--sample"_s, u"standard-webhooks/contact.created"_s, u"--set"_s, u"data.email=édith@example.org"_s,
            u"--secret"_s, standard } },
        { u"file"_s, u"standard-webhooks"_s, standard,
          { u"--body"_s, bodyFile, u"--sign"_s, u"standard-webhooks"_s, u"--secret"_s, standard } },
        { u"sample invoice.paid"_s, u"stripe"_s, stripe,
          { u"--sample"_s, u"stripe/invoice.paid"_s, u"--secret"_s, stripe } },
        { u"edited checkout.session.completed"_s, u"stripe"_s, stripe,
          { u"--sample"_s, u"stripe/checkout.session.completed"_s, u"--set"_s, u"data.object.amount_total=4200"_s,
            u"--secret"_s, stripe } },
        { u"file"_s, u"stripe"_s, stripe, { u"--body"_s, bodyFile, u"--sign"_s, u"stripe"_s, u"--secret"_s, stripe } },
        { u"sample push"_s, u"github"_s, github, { u"--sample"_s, u"github/push"_s, u"--secret"_s, github } },
        { u"edited pull_request"_s, u"github"_s, github,
          { u"--sample"_s, u"github/pull_request"_s, u"--set"_s, u"pull_request.title=Ünïcode ✓"_s, u"--secret"_s, github } },
        { u"sha256 hex"_s, u"hmac"_s, u"generic"_s,
          { u"--body"_s, bodyFile, u"--sign"_s, u"hmac"_s, u"--secret"_s, u"generic"_s },
          { { u"header"_s, u"X-Signature"_s }, { u"algorithm"_s, u"sha256"_s }, { u"encoding"_s, u"hex"_s } } },
        { u"sha512 base64 with prefix"_s, u"hmac"_s, u"generic"_s,
          { u"--body"_s, bodyFile, u"--sign"_s, u"hmac"_s, u"--secret"_s, u"generic"_s, u"--hmac-header"_s, u"X-Body-Signature"_s,
            u"--hmac-algorithm"_s, u"sha512"_s, u"--hmac-encoding"_s, u"base64"_s, u"--hmac-prefix"_s, u"sha512="_s },
          { { u"header"_s, u"X-Body-Signature"_s }, { u"algorithm"_s, u"sha512"_s }, { u"encoding"_s, u"base64"_s },
            { u"prefix"_s, u"sha512="_s } } },
    };
}

QJsonObject verificationCase(const Sent &sent, const QJsonObject &delivery, const QString &expect)
{
    QJsonObject testCase { { u"name"_s, sent.name }, { u"scheme"_s, sent.scheme }, { u"secret"_s, sent.secret },
                           { u"headers"_s, delivery.value(u"headers"_s) },
                           { u"body_base64"_s, delivery.value(u"body_base64"_s) }, { u"expect"_s, expect } };
    if (!sent.hmac.isEmpty())
        testCase.insert(u"hmac"_s, sent.hmac);
    return testCase;
}

} // namespace

class TestSendSignatures : public QObject
{
    Q_OBJECT

private:
    // Fails under CI=true, skips elsewhere: the check needs node and `npm ci` in tests/node.
    static bool nodeMissing(const QString &why)
    {
        const QString message = why + u"; install nodejs and npm, then run: npm ci --prefix tests/node"_s;
        if (qEnvironmentVariable("CI") == u"true"_s) {
            QTest::qFail(qPrintable(u"CI=true: "_s + message), __FILE__, __LINE__);
            return true;
        }
        QTest::qSkip(qPrintable(message), __FILE__, __LINE__);
        return true;
    }

private slots:
    void officialLibrariesAcceptWhatHookscopeSigned()
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        if (node.isEmpty() && nodeMissing(u"node is not installed"_s))
            return;
        if (!QFile::exists(kScriptDir + u"/node_modules/standardwebhooks/package.json"_s)
            && nodeMissing(u"the npm packages of tests/node are not installed"_s))
            return;

        QTemporaryDir dir;
        const QString bodyFile = dir.filePath(u"body.json"_s);
        QFile file(bodyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"type\":\"custom.event\",\"data\":{\"note\":\"caf\xc3\xa9 \\u00e9\",\"n\":1.50}}\n");
        file.close();

        HeadlessProcess capture;
        QVERIFY(capture.start(dir.filePath(u"data"_s)));
        const QList<Sent> sent = sends(bodyFile);
        for (const Sent &one : sent) {
            const QString url = u"http://127.0.0.1:%1/%2"_s.arg(capture.port()).arg(one.scheme);
            QByteArray output;
            QByteArray errors;
            QCOMPARE(runHookscope(QStringList { u"send"_s, u"--url"_s, url } + one.arguments, &output, &errors), 0);
        }
        const QList<QJsonObject> delivered = exportedDeliveries(dir.filePath(u"data"_s));
        QVERIFY(capture.terminate());
        QCOMPARE(delivered.size(), sent.size());

        QJsonArray cases;
        for (qsizetype i = 0; i < sent.size(); ++i) {
            cases.append(verificationCase(sent.at(i), delivered.at(i), u"valid"_s));
            QJsonObject tampered = delivered.at(i);
            tampered.insert(u"body_base64"_s, QString::fromLatin1((exportedBody(delivered.at(i)) + ' ').toBase64()));
            Sent renamed = sent.at(i);
            renamed.name += u" (body changed)"_s;
            cases.append(verificationCase(renamed, tampered, u"invalid"_s));
            renamed = sent.at(i);
            renamed.name += u" (other secret)"_s;
            renamed.secret = sent.at(i).scheme == u"standard-webhooks"_s ? u"whsec_QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8="_s
                                                                        : sent.at(i).secret + u'x';
            cases.append(verificationCase(renamed, delivered.at(i), u"invalid"_s));
        }
        const QString casesFile = dir.filePath(u"cases.json"_s);
        QFile casesOut(casesFile);
        QVERIFY(casesOut.open(QIODevice::WriteOnly));
        casesOut.write(QJsonDocument(cases).toJson());
        casesOut.close();

        QProcess verifier;
        verifier.setWorkingDirectory(kScriptDir);
        verifier.setProcessChannelMode(QProcess::MergedChannels);
        verifier.start(node, { kScriptDir + u"/verify-signatures.mjs"_s, casesFile });
        QVERIFY(verifier.waitForFinished(120000));
        const QByteArray report = verifier.readAll();
        qInfo().noquote() << "\n" << QString::fromUtf8(report);
        if (verifier.exitCode() == 3 && nodeMissing(u"the npm packages cannot be loaded"_s))
            return;
        QCOMPARE(verifier.exitCode(), 0);
        QVERIFY(report.contains(QByteArray::number(cases.size()) + " of " + QByteArray::number(cases.size()) + " as expected"));
    }
};

QTEST_GUILESS_MAIN(TestSendSignatures)
#include "tst_sendsignatures.moc"
