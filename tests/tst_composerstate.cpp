// The core of the composer's form and files: values put and removed in place, a node's path,
// what a schema says about a field, order-keeping pretty printing, templates and send history.
#include "decode/jsonprettyprinter.h"
#include "decode/jsontree.h"
#include "providers/providercatalog.h"
#include "providers/samplelibrary.h"
#include "send/bodycomposer.h"
#include "send/jsoneditor.h"
#include "send/sendhistory.h"
#include "send/templatestore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

JsonPath pointer(const QString &text)
{
    QString error;
    return BodyEdit::parsePath(text, JsonPathSyntax::Pointer, &error).value_or(JsonPath());
}

QByteArray put(const QByteArray &document, const QString &at, const QByteArray &json)
{
    QString error;
    const std::optional<JsonEditor::Result> result = JsonEditor::put(document, pointer(at), json, &error);
    if (!result)
        qWarning() << error;
    return result ? result->document : QByteArray();
}

QByteArray removed(const QByteArray &document, const QString &at)
{
    QString error;
    const std::optional<QByteArray> result = JsonEditor::remove(document, pointer(at), &error);
    if (!result)
        qWarning() << error;
    return result.value_or(QByteArray());
}

ComposerDraft draft(const QString &eventType)
{
    ComposerDraft draft;
    draft.provider = u"willsuite"_s;
    draft.eventType = eventType;
    draft.body = "{\"a\": 1.50}";
    draft.url = u"http://127.0.0.1:8787/willsuite"_s;
    draft.headers = { { "Content-Type", "application/json" }, { "X-Trace", "t-1" } };
    draft.signingScheme = u"hmac"_s;
    draft.hmacHeader = u"X-Sig"_s;
    draft.count = 5;
    draft.concurrency = 2;
    return draft;
}

} // namespace

class TestComposerState : public QObject
{
    Q_OBJECT

private slots:
    void putsValuesInPlace_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("scalar") << QByteArray("{\"a\": 1.50, \"b\": \"x\"}") << u"/b"_s << QByteArray("\"y\"")
                                << QByteArray("{\"a\": 1.50, \"b\": \"y\"}");
        QTest::newRow("null to object, one line") << QByteArray("{\"a\":null}") << u"/a"_s << QByteArray("{\"id\":\"x\"}")
                                                  << QByteArray("{\"a\":{\"id\":\"x\"}}");
        QTest::newRow("null to object, indented") << QByteArray("{\n  \"a\": 1,\n  \"b\": null\n}") << u"/b"_s
                                                  << QByteArray("{\"id\":\"x\",\"n\":[1]}")
                                                  << QByteArray("{\n  \"a\": 1,\n  \"b\": {\n    \"id\": \"x\",\n    \"n\": [\n      1\n    ]\n  }\n}");
        QTest::newRow("append element") << QByteArray("{\n  \"list\": [\n    {\"k\": 1}\n  ]\n}") << u"/list/1"_s
                                        << QByteArray("{\"k\":2}")
                                        << QByteArray("{\n  \"list\": [\n    {\"k\": 1},\n    {\n      \"k\": 2\n    }\n  ]\n}");
        QTest::newRow("append to empty") << QByteArray("{\"list\": []}") << u"/list/-"_s << QByteArray("3")
                                         << QByteArray("{\"list\": [3]}");
    }

    void putsValuesInPlace()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, at);
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        QCOMPARE(put(document, at, json), expected);
    }

    void refusesToPutWhatIsNotJson()
    {
        QString error;
        QVERIFY(!JsonEditor::put("{}", pointer(u"/a"_s), "nope", &error));
        QVERIFY(!JsonEditor::put("{", pointer(u"/a"_s), "1", &error));
        QVERIFY(error.contains(u"not JSON"_s));
    }

    void removesEntriesWithTheirSeparator_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray lines = "[\n  1,\n  2,\n  3\n]";
        QTest::newRow("first") << lines << u"/0"_s << QByteArray("[\n  2,\n  3\n]");
        QTest::newRow("middle") << lines << u"/1"_s << QByteArray("[\n  1,\n  3\n]");
        QTest::newRow("last") << lines << u"/2"_s << QByteArray("[\n  1,\n  2\n]");
        QTest::newRow("only") << QByteArray("{\"a\": {\n  \"b\": 1\n}}") << u"/a/b"_s << QByteArray("{\"a\": {}}");
        QTest::newRow("member") << QByteArray("{\"a\": 1, \"b\": 2e3}") << u"/a"_s << QByteArray("{\"b\": 2e3}");
    }

    void removesEntriesWithTheirSeparator()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, at);
        QFETCH(QByteArray, expected);
        QCOMPARE(removed(document, at), expected);
    }

    void refusesToRemoveWhatIsNotThere()
    {
        QString error;
        QVERIFY(!JsonEditor::remove("{\"a\":1}", pointer(u"/b"_s), &error));
        QCOMPARE(error, u"there is nothing at /b"_s);
        QVERIFY(!JsonEditor::remove("{\"a\":1}", {}, &error));
    }

    void pathsOfNodesLeadBackToThem()
    {
        const QByteArray body = SampleLibrary::body(u"enad"_s, u"organisations.created"_s);
        const JsonTree tree = JsonTree::parse(body, JsonParseMode::Strict);
        for (int node = 0; node < tree.nodeCount(); ++node) {
            const JsonPath path = JsonEditor::pathOf(tree, node);
            QCOMPARE(JsonEditor::nodeAt(tree, path), node);
            QCOMPARE(formatJsonPath(path, JsonPathSyntax::Pointer), tree.jsonPointer(node));
        }
    }

    void prettyPrintingKeepsOrderAndNumberText()
    {
        const JsonTree tree = JsonTree::parse("{\"z\":1.50,\"a\":[],\"a\":{\"e\":\"\\u00e9\",\"n\":[1e3,{}]}}", JsonParseMode::Strict);
        QCOMPARE(JsonPrettyPrinter().print(tree, JsonTree::RootNode),
                 QByteArray("{\n  \"z\": 1.50,\n  \"a\": [],\n  \"a\": {\n    \"e\": \"\\u00e9\",\n    \"n\": [\n      1e3,\n      {}\n    ]\n  }\n}"));
        QCOMPARE(JsonPrettyPrinter().print(JsonTree::parse("7", JsonParseMode::Strict), 0), QByteArray("7"));
    }

    void describesFieldsFromTheSchema()
    {
        const std::shared_ptr<const ProviderCatalog> catalog = ProviderCatalog::loadDefault();
        const BodyComposer composer(catalog->provider(u"smarterpay"_s), u"customer_account.create"_s);
        const QByteArray body = SampleLibrary::body(u"smarterpay"_s, u"customer_account.create"_s);
        const JsonTree tree = JsonTree::parse(body, JsonParseMode::Strict);
        // Paths as the form has them: array steps are indexes.
        const auto pointer = [&](const QString &text) { return JsonEditor::pathOf(tree, tree.findPointer(text)); };
        const SchemaField status = composer.fieldAt(body, pointer(u"/events/0/status"_s));
        QCOMPARE(status.types, JsonTypes(JsonType::String));
        QCOMPARE(status.enumValues, (QJsonArray { u"active"_s, u"inactive"_s }));
        const SchemaField created = composer.fieldAt(body, pointer(u"/events/2/created_at"_s));
        QCOMPARE(created.format, u"date-time"_s);
        const SchemaField createdBy = composer.fieldAt(body, pointer(u"/events/0/created_by"_s));
        QVERIFY(createdBy.allowsNull());
        QVERIFY(createdBy.types.testFlag(JsonType::Object));
        QCOMPARE(createdBy.required, QStringList { u"id"_s });
        QCOMPARE(composer.fieldAt(body, pointer(u"/events/0/id"_s)).pattern, u"^[A-Z]{2}[0-9A-Z]{18}$"_s);
        const SchemaField client = composer.fieldAt(body, pointer(u"/client/id"_s)); // the envelope's
        QCOMPARE(client.description, u"ID of the client."_s);
        QCOMPARE(composer.fieldAt(body, pointer(u"/events/0/event_type"_s)).enumValues,
                 QJsonArray { u"customer_account.create"_s });
        QCOMPARE(composer.fieldAt(body, pointer(u"/events/2/event_type"_s)).enumValues,
                 QJsonArray { u"customer_account.update"_s });
        QCOMPARE(composer.eventTypeAt(body, 2), u"customer_account.update"_s);
    }

    void templatesAreSavedRenamedAndRemoved()
    {
        QTemporaryDir directory;
        {
            TemplateStore store(directory.path());
            QString error;
            QVERIFY(store.load(&error));
            QVERIFY(store.templates().isEmpty());
            QVERIFY(store.save(u"  Happy path "_s, draft(u"customer.created"_s), &error));
            QVERIFY(store.save(u"Broken title"_s, draft(u"other"_s), &error));
            QVERIFY(!store.save(u"   "_s, draft(u"x"_s), &error));
            QCOMPARE(error, u"a template needs a name"_s);
            QVERIFY(!store.rename(u"Happy path"_s, u"broken TITLE"_s, &error));
            QCOMPARE(error, u"there is already a template \"Broken title\""_s);
            QVERIFY(store.rename(u"happy PATH"_s, u"Happy path, signed"_s, &error));
            QVERIFY(store.save(u"broken title"_s, draft(u"replaced"_s), &error)); // same name: replaced
            QCOMPARE(store.templates().size(), 2);
            QVERIFY(!store.remove(u"nothing"_s, &error));
        }
        TemplateStore reopened(directory.path());
        QString problem;
        QVERIFY(reopened.load(&problem));
        QCOMPARE(reopened.templates().size(), 2);
        QCOMPARE(reopened.templates().at(0).name, u"Happy path, signed"_s);
        QCOMPARE(reopened.templates().at(0).draft, draft(u"customer.created"_s));
        QCOMPARE(reopened.find(u"BROKEN TITLE"_s)->draft.eventType, u"replaced"_s);
        QVERIFY(reopened.templates().at(0).savedAt.isValid());
        QString error;
        QVERIFY(reopened.remove(u"Broken title"_s, &error));
        TemplateStore again(directory.path());
        QVERIFY(again.load(&problem));
        QCOMPARE(again.templates().size(), 1);
        QVERIFY(QFile::permissions(directory.filePath(u"templates.json"_s)) & QFile::ReadOwner);
        QVERIFY(!(QFile::permissions(directory.filePath(u"templates.json"_s)) & QFile::ReadOther));
    }

    void aDamagedFileIsSetAsideNotOverwritten()
    {
        QTemporaryDir directory;
        QFile file(directory.filePath(u"templates.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        TemplateStore store(directory.path());
        QString problem;
        QVERIFY(!store.load(&problem));
        QVERIFY2(problem.contains(u"could not be read"_s), qPrintable(problem));
        const QStringList aside = QDir(directory.path()).entryList({ u"templates.json.unreadable-*"_s });
        QCOMPARE(aside.size(), 1);
        QString error;
        QVERIFY(store.save(u"new"_s, draft(u"x"_s), &error));
        QFile kept(directory.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{ not json"));
    }

    void historyKeepsTheNewestSendsWithinItsLimit()
    {
        QTemporaryDir directory;
        SendHistory history(directory.path(), 3);
        QString error;
        for (int i = 0; i < 5; ++i) {
            SentDelivery sent;
            sent.sentAt = QDateTime::currentDateTimeUtc();
            sent.draft = draft(u"event %1"_s.arg(i));
            sent.request.url = QUrl(u"http://127.0.0.1:1/x"_s);
            sent.request.headers = { { "Stripe-Signature", "t=1,v1=ab" } };
            sent.request.body = QByteArray(SendHistory::MaxKeptBody + 10, 'b');
            sent.response.status = 202;
            sent.response.reasonPhrase = "Accepted";
            sent.response.headers = { { "Content-Type", "application/json" } };
            sent.response.body = QByteArray("\x00\xff{}", 4);
            sent.response.elapsedNs = 1'234'567;
            sent.count = i + 1;
            QVERIFY(history.add(sent, &error));
        }
        QCOMPARE(history.entries().size(), 3);
        SendHistory reopened(directory.path(), 3);
        QVERIFY(reopened.load(&error));
        QCOMPARE(reopened.entries().size(), 3);
        const SentDelivery &newest = reopened.entries().first();
        QCOMPARE(newest.draft.eventType, u"event 4"_s);
        QCOMPARE(newest.count, 5);
        QCOMPARE(newest.request.body.size(), SendHistory::MaxKeptBody);
        QCOMPARE(newest.request.headers, (HttpHeaderList { { "Stripe-Signature", "t=1,v1=ab" } }));
        QCOMPARE(newest.response.body, QByteArray("\x00\xff{}", 4));
        QCOMPARE(newest.response.status, 202);
        QCOMPARE(newest.response.elapsedNs, 1'234'567);
        QCOMPARE(reopened.entries().last().draft.eventType, u"event 2"_s);
        QVERIFY(reopened.clear(&error));
        SendHistory cleared(directory.path(), 3);
        QVERIFY(cleared.load(&error));
        QVERIFY(cleared.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestComposerState)
#include "tst_composerstate.moc"
