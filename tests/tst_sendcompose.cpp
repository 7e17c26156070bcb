#include "decode/jsontree.h"
#include "jsonvalues.h"
#include "providers/providercatalog.h"
#include "providers/samplelibrary.h"
#include "send/bodycomposer.h"
#include "send/editvalue.h"
#include "send/jsoneditor.h"

#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

QList<BodyEdit> edits(const QStringList &arguments)
{
    QList<BodyEdit> parsed;
    for (const QString &argument : arguments) {
        QString error;
        const std::optional<BodyEdit> edit = BodyEdit::parse(argument, &error);
        if (!edit)
            qWarning() << error;
        else
            parsed.append(*edit);
    }
    return parsed;
}

// Composes with the bundled catalog's provider (or none); the error text when it fails.
QByteArray compose(const QByteArray &body, const QStringList &arguments,
                   const QString &provider = {}, const QString &eventType = {},
                   QString *error = nullptr)
{
    static const std::shared_ptr<const ProviderCatalog> catalog = ProviderCatalog::loadDefault();
    QString problem;
    const std::optional<QByteArray> composed =
            BodyComposer(catalog->provider(provider), eventType).compose(body, edits(arguments), &problem);
    if (error)
        *error = problem;
    return composed.value_or(QByteArray());
}

QByteArray composeSample(const QString &sample, const QStringList &arguments, QString *error = nullptr)
{
    const QString provider = sample.section(u'/', 0, 0);
    const QString eventType = sample.section(u'/', 1);
    return compose(SampleLibrary::body(provider, eventType), arguments, provider, eventType, error);
}

// JSON written with single quotes, for readable schemas in test data.
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

} // namespace

class TestSendCompose : public QObject
{
    Q_OBJECT

private slots:
    void parsesPointerAndDottedPaths_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("pointer"); // the path written back as a pointer
        QTest::addColumn<QString>("value");
        QTest::newRow("dotted") << u"customers[0].email=a@b.c"_s << u"/customers/0/email"_s << u"a@b.c"_s;
        QTest::newRow("pointer") << u"/customers/0/email=a@b.c"_s << u"/customers/0/email"_s << u"a@b.c"_s;
        QTest::newRow("pointer escapes") << u"/a~1b/c~0d=1"_s << u"/a~1b/c~0d"_s << u"1"_s;
        QTest::newRow("quoted key") << u"[\"a.b\"].c[2]=x"_s << u"/a.b/c/2"_s << u"x"_s;
        QTest::newRow("quoted key with =") << u"[\"k=v\"]=1=2"_s << u"/k=v"_s << u"1=2"_s;
        QTest::newRow("empty value") << u"name="_s << u"/name"_s << QString();
        QTest::newRow("root array") << u"[1].id=3"_s << u"/1/id"_s << u"3"_s;
    }

    void parsesPointerAndDottedPaths()
    {
        QFETCH(QString, argument);
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QString error;
        const std::optional<BodyEdit> edit = BodyEdit::parse(argument, &error);
        QVERIFY2(edit, qPrintable(error));
        QCOMPARE(formatJsonPath(edit->path, JsonPathSyntax::Pointer), pointer);
        QCOMPARE(edit->value, value);
        QCOMPARE(formatJsonPath(edit->path, edit->syntax), edit->pathText);
    }

    void rejectsBadArguments_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("error");
        QTest::newRow("no =") << u"customers[0].email"_s
                              << u"--set customers[0].email: expected PATH=VALUE, e.g. customers[0].email=a@example.com"_s;
        QTest::newRow("empty path") << u"=x"_s << u"--set =x: the path is empty; write a dotted path (customers[0].email) or a JSON pointer (/customers/0/email)"_s;
        QTest::newRow("empty name") << u"a..b=1"_s << u"--set a..b: empty name at character 3; write [\"\"] for an empty key"_s;
        QTest::newRow("bad index") << u"a[x]=1"_s << u"--set a[x]: \"[x]\" is not an array index; write [0], [1], ... or [\"key\"]"_s;
        QTest::newRow("leading zero") << u"a[01]=1"_s << u"--set a[01]: \"[01]\" is not an array index; write [0], [1], ... or [\"key\"]"_s;
        QTest::newRow("stray ]") << u"a]=1"_s << u"--set a]: unexpected ']' at character 2"_s;
        QTest::newRow("unclosed quote") << u"[\"a=1"_s << u"--set [\"a=1: expected PATH=VALUE, e.g. customers[0].email=a@example.com"_s;
        QTest::newRow("bad tilde") << u"/a~2=1"_s << u"--set /a~2: in a JSON pointer '~' must be followed by 0 (for ~) or 1 (for /)"_s;
    }

    void rejectsBadArguments()
    {
        QFETCH(QString, argument);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!BodyEdit::parse(argument, &actual));
        QCOMPARE(actual, error);
    }

    // Pointer and dotted edits change the value's bytes and nothing else.
    void editsInPlaceKeepingEveryOtherByte()
    {
        const QByteArray sample = SampleLibrary::body(u"stripe"_s, u"customer.created"_s);
        QVERIFY(sample.contains("\"email\": \"camille.laurent@orange.fr\""));
        QByteArray expected = sample;
        expected.replace("\"email\": \"camille.laurent@orange.fr\"", "\"email\": \"new@example.com\"");
        QCOMPARE(composeSample(u"stripe/customer.created"_s, { u"data.object.email=new@example.com"_s }), expected);
        QCOMPARE(composeSample(u"stripe/customer.created"_s, { u"/data/object/email=new@example.com"_s }), expected);
    }

    void keepsUntouchedBytesOfOddlyWrittenJson()
    {
        const QByteArray body = "{\"z\" :  1.50, \"a\":\"caf\\u00e9\\/\",\"dup\":1,  \"dup\":2 ,\"n\":-0.0e+0}\n";
        QCOMPARE(compose(body, { u"z=2"_s }),
                 QByteArray("{\"z\" :  2, \"a\":\"caf\\u00e9\\/\",\"dup\":1,  \"dup\":2 ,\"n\":-0.0e+0}\n"));
        QCOMPARE(compose(body, { u"dup=x"_s }),
                 QByteArray("{\"z\" :  1.50, \"a\":\"caf\\u00e9\\/\",\"dup\":\"x\",  \"dup\":2 ,\"n\":-0.0e+0}\n"));
    }

    // Every scalar of every sample, edited to its own value through its dotted path and its
    // pointer, gives a valid document with that value there and every other byte unchanged.
    void everySampleScalarIsReachableByBothSyntaxes()
    {
        int checked = 0;
        for (const SampleReference &sample : SampleLibrary::bundled()) {
            const QByteArray body = SampleLibrary::body(sample.provider, sample.eventType);
            const JsonTree tree = JsonTree::parse(body, JsonParseMode::Strict);
            QVERIFY(tree.isValid());
            for (int node = 1; node < tree.nodeCount(); ++node) {
                const JsonNodeKind kind = tree.kind(node);
                if (kind == JsonNodeKind::Object || kind == JsonNodeKind::Array)
                    continue;
                const JsonTypes ownType = kind == JsonNodeKind::String ? JsonTypes(JsonType::String)
                                                                        : kAnyJsonType;
                const auto types = [&](const JsonPath &) { return ownType; };
                for (const QString &path : { tree.dottedPath(node), tree.jsonPointer(node) }) {
                    QString error;
                    const std::optional<BodyEdit> edit = BodyEdit::parse(path + u'=' + tree.scalarText(node), &error);
                    QVERIFY2(edit, qPrintable(error));
                    const std::optional<JsonEditor::Result> result = JsonEditor::apply(body, *edit, types, &error);
                    QVERIFY2(result, qPrintable(sample.name() + u": "_s + path + u": "_s + error));
                    const JsonTree edited = JsonTree::parse(result->document, JsonParseMode::Strict);
                    const int same = edited.findPointer(tree.jsonPointer(node));
                    QCOMPARE(edited.kind(same), kind);
                    QCOMPARE(edited.scalarText(same), tree.scalarText(node));
                    const JsonSpan span = tree.valueSpan(node);
                    QCOMPARE(result->document.left(span.offset), body.left(span.offset));
                    QCOMPARE(result->document.mid(edited.valueSpan(same).end()), body.mid(span.end()));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 500);
    }

    void typesValuesByTheEventSchema_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("json");
        // Phasio CUSTOMER_ORGANISATION_CREATED: id integer, taxNumber string, email string|null.
        QTest::newRow("string that looks like a number") << u"taxNumber=12345"_s << u"/taxNumber"_s << u"\"12345\""_s;
        QTest::newRow("integer") << u"id=42"_s << u"/id"_s << u"42"_s;
        QTest::newRow("negative integer") << u"id=-7"_s << u"/id"_s << u"-7"_s;
        QTest::newRow("nullable to null") << u"customers[0].email=null"_s << u"/customers/0/email"_s << u"null"_s;
        QTest::newRow("nullable to string") << u"/customers/0/email=x@y.z"_s << u"/customers/0/email"_s << u"\"x@y.z\""_s;
        QTest::newRow("non-nullable null is text") << u"name=null"_s << u"/name"_s << u"\"null\""_s;
        QTest::newRow("boolean") << u"isApproved=false"_s << u"/isApproved"_s << u"false"_s;
        QTest::newRow("array literal") << u"addresses=[]"_s << u"/addresses"_s << u"[]"_s;
        QTest::newRow("object literal") << u"customers[0]={\"id\": 9}"_s << u"/customers/0"_s << u"{\"id\": 9}"_s;
        QTest::newRow("string with quotes") << u"name=Say \"hi\"\\"_s << u"/name"_s << u"\"Say \\\"hi\\\"\\\\\""_s;
        QTest::newRow("control characters") << u"name=a\tb\u0001"_s << u"/name"_s << u"\"a\\tb\\u0001\""_s;
    }

    void typesValuesByTheEventSchema()
    {
        QFETCH(QString, argument);
        QFETCH(QString, pointer);
        QFETCH(QString, json);
        QString error;
        const QByteArray composed = composeSample(u"phasio/CUSTOMER_ORGANISATION_CREATED"_s, { argument }, &error);
        QVERIFY2(!composed.isEmpty(), qPrintable(error));
        QCOMPARE(valueAt(composed, pointer), json);
    }

    void refusesValuesTheSchemaCannotTake_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("error");
        QTest::newRow("text for integer") << u"customers[0].id=abc"_s << u"--set customers[0].id: the event schema wants an integer here"_s;
        QTest::newRow("fraction for integer") << u"id=4.5"_s << u"--set id: the event schema wants an integer here"_s;
        QTest::newRow("word for boolean") << u"isApproved=yes"_s << u"--set isApproved: the event schema wants true or false here"_s;
        QTest::newRow("number for array") << u"/addresses=3"_s << u"--set /addresses: the event schema wants a JSON array here"_s;
    }

    void refusesValuesTheSchemaCannotTake()
    {
        QFETCH(QString, argument);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(composeSample(u"phasio/CUSTOMER_ORGANISATION_CREATED"_s, { argument }, &actual).isEmpty());
        QCOMPARE(actual, error);
    }

    void infersValuesWithoutASchema_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("json");
        QTest::newRow("integer") << u"12"_s << u"12"_s;
        QTest::newRow("number as written") << u"1.50e3"_s << u"1.50e3"_s;
        QTest::newRow("true") << u"true"_s << u"true"_s;
        QTest::newRow("null") << u"null"_s << u"null"_s;
        QTest::newRow("object") << u"{\"a\":[1,2]}"_s << u"{\"a\":[1,2]}"_s;
        QTest::newRow("array") << u"[1, 2]"_s << u"[1, 2]"_s;
        QTest::newRow("leading zero is text") << u"007"_s << u"\"007\""_s;
        QTest::newRow("padded number is text") << u" 5"_s << u"\" 5\""_s;
        QTest::newRow("word") << u"hello"_s << u"\"hello\""_s;
        QTest::newRow("broken object is text") << u"{a:1}"_s << u"\"{a:1}\""_s;
        QTest::newRow("unicode") << u"café ✓"_s << u"\"café ✓\""_s;
        QTest::newRow("byte order mark is text") << u"\uFEFF5"_s << u"\"\uFEFF5\""_s;
    }

    void infersValuesWithoutASchema()
    {
        QFETCH(QString, value);
        QFETCH(QString, json);
        const QByteArray composed = compose("{\"v\": 0}", { u"v="_s + value });
        QCOMPARE(QString::fromUtf8(composed), u"{\"v\": "_s + json + u'}');
    }

    void createsMissingPaths_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("compact member") << QByteArray("{\"a\":1}") << QStringList { u"b=2"_s }
                                        << QByteArray("{\"a\":1,\"b\":2}");
        QTest::newRow("compact nested") << QByteArray("{\"a\":1}") << QStringList { u"billing.city=Paris"_s }
                                        << QByteArray("{\"a\":1,\"billing\":{\"city\":\"Paris\"}}");
        QTest::newRow("pretty nested")
                << QByteArray("{\n    \"a\": 1\n}\n") << QStringList { u"billing.address.city=Paris"_s }
                << QByteArray("{\n    \"a\": 1,\n    \"billing\": {\n        \"address\": {\n"
                              "            \"city\": \"Paris\"\n        }\n    }\n}\n");
        QTest::newRow("pretty into empty object")
                << QByteArray("{\n  \"a\": {},\n  \"b\": 1\n}") << QStringList { u"a.x=1"_s }
                << QByteArray("{\n  \"a\": {\n    \"x\": 1\n  },\n  \"b\": 1\n}");
        QTest::newRow("empty document object") << QByteArray("{}") << QStringList { u"x=1"_s }
                                               << QByteArray("{\"x\": 1}");
        QTest::newRow("append by index") << QByteArray("{\"tags\": [\"a\"]}") << QStringList { u"tags[1]=b"_s }
                                         << QByteArray("{\"tags\": [\"a\", \"b\"]}");
        QTest::newRow("append by pointer -") << QByteArray("{\"tags\": [\"a\"]}") << QStringList { u"/tags/-=b"_s }
                                             << QByteArray("{\"tags\": [\"a\", \"b\"]}");
        QTest::newRow("append by pointer index") << QByteArray("{\"tags\": [\"a\"]}") << QStringList { u"/tags/1=b"_s }
                                                 << QByteArray("{\"tags\": [\"a\", \"b\"]}");
        QTest::newRow("new array of objects") << QByteArray("{}") << QStringList { u"items[0].name=x"_s }
                                              << QByteArray("{\"items\": [{\"name\": \"x\"}]}");
        QTest::newRow("pointer digits make object keys without a schema")
                << QByteArray("{}") << QStringList { u"/m/0=x"_s } << QByteArray("{\"m\": {\"0\": \"x\"}}");
        QTest::newRow("edits in order") << QByteArray("{\"a\":1}") << QStringList { u"b.c=1"_s, u"b.d=2"_s, u"a=3"_s }
                                        << QByteArray("{\"a\":3,\"b\":{\"c\":1,\"d\":2}}");
        QTest::newRow("no edits, any bytes") << QByteArray("not json\x01") << QStringList {}
                                             << QByteArray("not json\x01");
    }

    void createsMissingPaths()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        QString error;
        const QByteArray composed = compose(body, arguments, {}, {}, &error);
        QCOMPARE(composed, expected);
        QVERIFY(error.isEmpty());
    }

    void createsArraysWhereTheSchemaSaysSo()
    {
        const SchemaTypeLookup schema(json("{'type':'object','properties':{'m':{'type':'array','items':{'type':'integer'}}}}"));
        const auto types = [&](const JsonPath &location) { return schema.typesAt(location); };
        QString error;
        const std::optional<JsonEditor::Result> result =
                JsonEditor::apply("{}", edits({ u"/m/0=5"_s }).first(), types, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->document, QByteArray("{\"m\": [5]}"));
        QCOMPARE(result->location, (JsonPath { JsonPathSegment::member(u"m"_s), JsonPathSegment::element(0) }));
        QVERIFY(!JsonEditor::apply("{}", edits({ u"/m/3=5"_s }).first(), types, &error));
        QCOMPARE(error, u"/m does not exist yet, so its first element has index 0"_s);
    }

    void explainsPathsThatCannotBeFollowed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("error");
        const QByteArray phasio = SampleLibrary::body(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s);
        QTest::newRow("beyond the array") << phasio << u"customers[3].email=x"_s
                                          << u"--set customers[3].email: the array has 1 element"_s;
        QTest::newRow("beyond the array, pointer") << phasio << u"/customers/5=x"_s
                                                   << u"--set /customers/5: the array has 1 element"_s;
        QTest::newRow("through a string") << phasio << u"name.first=x"_s
                                          << u"--set name.first: name is a string, not an object"_s;
        QTest::newRow("index into a string") << phasio << u"customers[0].email[0]=x"_s
                                             << u"--set customers[0].email[0]: customers[0].email is a string, not an array"_s;
        QTest::newRow("index into an object") << phasio << u"customers[0][1]=x"_s
                                              << u"--set customers[0][1]: customers[0] is an object, not an array"_s;
        QTest::newRow("key into an array") << phasio << u"/customers/first=x"_s
                                           << u"--set /customers/first: /customers is an array, and \"first\" is not an index"_s;
        QTest::newRow("new array past 0") << QByteArray("{}") << u"list[2]=x"_s
                                          << u"--set list[2]: list does not exist yet, so its first element has index 0"_s;
        QTest::newRow("scalar body") << QByteArray("\"text\"") << u"a=1"_s
                                     << u"--set a: the body is a string, not an object"_s;
        QTest::newRow("not json") << QByteArray("{\"a\":") << u"a=1"_s
                                  << u"--set a: the body is not JSON (line 1, column 6: Invalid value.)"_s;
    }

    void explainsPathsThatCannotBeFollowed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, argument);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(compose(body, { argument }, u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s, &actual).isEmpty());
        QCOMPARE(actual, error);
    }

    // SmarterPay batches: events typed by their own event type, the envelope by its schema.
    void typesBatchEventsAndTheirEnvelope()
    {
        const QString sample = u"smarterpay/customer_account.create"_s;
        const QByteArray composed = composeSample(sample, { u"events[0].billing_address_line_2=null"_s,
                                                            u"events[0].billing_address_line_1=null"_s,
                                                            u"id=12345"_s, u"client.id=CL01"_s });
        QCOMPARE(valueAt(composed, u"/events/0/billing_address_line_2"_s), u"null"_s);
        QCOMPARE(valueAt(composed, u"/events/0/billing_address_line_1"_s), u"\"null\""_s);
        QCOMPARE(valueAt(composed, u"/id"_s), u"\"12345\""_s);
        QCOMPARE(valueAt(composed, u"/client/id"_s), u"\"CL01\""_s);
    }

    void readsTheSchemaKeywordsThatNameTypes_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<int>("types");
        const int integer = int(JsonType::Integer);
        const int number = int(JsonType::Integer | JsonType::Number);
        const int string = int(JsonType::String);
        const int any = int(kAnyJsonType);
        QTest::newRow("properties") << json("{'properties':{'a':{'type':'integer'}}}") << u"/a"_s << integer;
        QTest::newRow("type list") << json("{'properties':{'a':{'type':['number','null']}}}") << u"/a"_s
                                   << int(number | int(JsonType::Null));
        QTest::newRow("unknown member") << json("{'properties':{'a':{'type':'integer'}}}") << u"/b"_s << any;
        QTest::newRow("additionalProperties") << json("{'additionalProperties':{'type':'string'}}") << u"/b"_s << string;
        QTest::newRow("patternProperties") << json("{'patternProperties':{'^n_':{'type':'number'}}}") << u"/n_x"_s << number;
        QTest::newRow("items") << json("{'properties':{'l':{'items':{'type':'boolean'}}}}") << u"/l/3"_s
                               << int(JsonType::Boolean);
        QTest::newRow("tuple items") << json("{'items':[{'type':'string'},{'type':'integer'}],'additionalItems':{'type':'null'}}")
                                     << u"/1"_s << integer;
        QTest::newRow("additionalItems") << json("{'items':[{'type':'string'}],'additionalItems':{'type':'null'}}")
                                         << u"/4"_s << int(JsonType::Null);
        QTest::newRow("local $ref") << json("{'definitions':{'id':{'type':'integer'}},'properties':{'a':{'$ref':'#/definitions/id'}}}")
                                    << u"/a"_s << integer;
        QTest::newRow("recursive $ref ends") << json("{'$ref':'#'}") << u"/a"_s << any;
        QTest::newRow("allOf narrows") << json("{'allOf':[{'type':['integer','string']},{'type':['string','null']}]}")
                                       << QString() << string;
        QTest::newRow("anyOf joins") << json("{'anyOf':[{'type':'integer'},{'type':'string'}]}") << QString()
                                     << int(integer | string);
        QTest::newRow("oneOf under a member") << json("{'properties':{'a':{'oneOf':[{'type':'null'},{'type':'boolean'}]}}}")
                                              << u"/a"_s << int(JsonType::Null | JsonType::Boolean);
        QTest::newRow("enum") << json("{'enum':['a',1,null]}") << QString() << int(string | number | int(JsonType::Null));
        QTest::newRow("const") << json("{'const':true}") << QString() << int(JsonType::Boolean);
        QTest::newRow("contradiction is unknown") << json("{'allOf':[{'type':'integer'},{'type':'string'}]}")
                                                  << QString() << any;
        QTest::newRow("false schema is unknown") << json("{'properties':{'a':false}}") << u"/a"_s << any;
        QTest::newRow("not a schema") << QByteArray("[") << u"/a"_s << any;
    }

    void readsTheSchemaKeywordsThatNameTypes()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QString, pointer);
        QFETCH(int, types);
        QString error;
        std::optional<JsonPath> path = pointer.isEmpty() ? JsonPath()
                                                         : BodyEdit::parsePath(pointer, JsonPathSyntax::Pointer, &error);
        QVERIFY(path);
        // Array steps are resolved to indices, as the editor does before asking.
        for (JsonPathSegment &segment : *path) {
            bool isNumber = false;
            const int index = segment.key.toInt(&isNumber);
            if (isNumber)
                segment = JsonPathSegment::element(index);
        }
        QCOMPARE(int(SchemaTypeLookup(schema).typesAt(*path)), types);
    }

    void describesTypesInWords()
    {
        QCOMPARE(describeJsonTypes(JsonType::Integer | JsonType::Null), u"an integer or null"_s);
        QCOMPARE(describeJsonTypes(JsonType::String | JsonType::Integer | JsonType::Number | JsonType::Boolean),
                 u"a string, a number or true or false"_s);
    }
};

QTEST_GUILESS_MAIN(TestSendCompose)
#include "tst_sendcompose.moc"
