// Hookscope's HAR exports checked by a real HAR consumer: har-validator (the HAR 1.2 JSON
// Schema that HAR tools share) run by node through tests/node-har/validate-har.mjs. Without
// node or the package the test skips, saying how to install them; under CI=true it fails.
#include "exchange/harexporter.h"
#include "nodehar.h"
#include "tst_exportfixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace exportfixtures;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestHarValidity : public QObject
{
    Q_OBJECT

private:
    static int validate(const QStringList &files, QByteArray *output)
    {
        return nodehar::run(u"validate-har.mjs"_s, files, output);
    }

private slots:
    void initTestCase()
    {
        NODEHAR_REQUIRE("har-validator");
    }

    void exportsAreValidHar()
    {
        QTemporaryDir dir;
        const QList<Delivery> deliveries { smarterPayDelivery(), awkwardDelivery(),
                                           latin1Delivery() };
        const QString plain = dir.filePath(u"deliveries.har"_s);
        const QString masked = dir.filePath(u"masked.har"_s);
        const QString empty = dir.filePath(u"empty.har"_s);
        QVERIFY(writeFile(
            plain,
            exported([](QIODevice *device) { return std::make_unique<HarExporter>(device); },
                     deliveries)));
        QVERIFY(writeFile(
            masked,
            exported([](QIODevice *device) { return std::make_unique<HarExporter>(device, true); },
                     deliveries)));
        QVERIFY(writeFile(
            empty,
            exported([](QIODevice *device) { return std::make_unique<HarExporter>(device); }, {})));
        QByteArray output;
        const int exitCode = validate({ plain, masked, empty }, &output);
        qInfo().noquote() << QString::fromUtf8(output).trimmed().replace(dir.path() + u'/',
                                                                         QString());
        QCOMPARE(exitCode, 0);
        QCOMPARE(output.count("valid HAR 1.2"), 3);
    }

    void theValidatorRejectsWhatIsNotHar()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(u"broken.har"_s);
        QVERIFY(writeFile(broken,
                          R"({"log":{"version":"1.2","creator":{"name":"x","version":"1"},)"
                          R"("entries":[{"startedDateTime":"then","time":0,"cache":{},)"
                          R"("timings":{"send":0,"wait":0,"receive":0}}]}})"));
        QByteArray output;
        QCOMPARE(validate({ broken }, &output), 1);
        QVERIFY2(output.contains("INVALID"), output.constData());
        QVERIFY2(output.contains("request"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestHarValidity)
#include "tst_harvalidity.moc"
