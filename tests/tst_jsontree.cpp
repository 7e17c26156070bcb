#include "decode/jsontree.h"

#include <QTest>

using namespace Qt::StringLiterals;
using hookscope::JsonDiagnostic;
using hookscope::JsonNodeKind;
using hookscope::JsonParseMode;
using hookscope::JsonSpan;
using hookscope::JsonTree;

Q_DECLARE_METATYPE(JsonParseMode)
Q_DECLARE_METATYPE(JsonNodeKind)

// Declared before the test data: moc misreads raw string literals that contain \".
class TestJsonTree : public QObject
{
    Q_OBJECT

private slots:
    void keyOrderIsPreserved();
    void duplicateKeysArePreservedAndNoted_data();
    void duplicateKeysArePreservedAndNoted();
    void manyKeysWithDuplicates();
    void numberTextIsPreserved_data();
    void numberTextIsPreserved();
    void hugeNumbersNextToStringsAndComments();
    void scalarsAndDecodedText_data();
    void scalarsAndDecodedText();
    void spansAreExact_data();
    void spansAreExact();
    void structureIsConsistent();
    void pointersAndDottedPaths();
    void findPointer_data();
    void findPointer();
    void nodeAtOffset();
    void nodeAtOffsetMatchesBruteForce();
    void errors_data();
    void errors();
    void emptyAndWhitespaceInput_data();
    void emptyAndWhitespaceInput();
    void topLevelScalars_data();
    void topLevelScalars();
    void lenientTrailingCommas();
    void lenientComments();
    void lenientAgreesWithStrictOnValidJson();
    void smarterPayTemplateFailsOnPlaceholder_data();
    void smarterPayTemplateFailsOnPlaceholder();
    void smarterPayFilledHasOneTrailingComma();
    void vendorExamplesAreValid_data();
    void vendorExamplesAreValid();
    void deepNesting_data();
    void deepNesting();
    void deepUnclosedNesting();
    void hugeString();
    void byteOrderMark_data();
    void byteOrderMark();
    void invalidUtf8_data();
    void invalidUtf8();
    void loneSurrogateIsNoted();
    void nodeLimit();
    void partialTreeOnError();
    void diagnosticListsAreCapped();
    void defaultAndCopiedTrees();
    void textPosition();
};

namespace {

// The SmarterPay Cloud "V2 webhooks" template as published: {VALUE} placeholders and a trailing
// comma after the inner "client" object.
const char SmarterPayTemplate[] = R"json({
   "id":{VALUE},
   "idempotency_key":{VALUE},
   "sent_at":{VALUE},
   "client":
   { 
      "id":{VALUE} 
   },
   "events":[
      {
         "email":{VALUE},
         "company_name":{VALUE},
         "first_name":{VALUE},
         "last_name":{VALUE},
         "billing_address_line_1":{VALUE},
         "billing_address_line_2":{VALUE},
         "billing_city":{VALUE},
         "billing_postal_code":{VALUE},
         "billing_country_code":{VALUE},
         "id":{VALUE},
         "event_id":{VALUE},
         "legacy_id":{VALUE},
         "created_at":{VALUE},
         "status":{VALUE},
         "title":{VALUE},
         "edited_at":{VALUE},
         "delivery_address_line_1":{VALUE},
         "delivery_address_line_2":{VALUE},
         "delivery_city":{VALUE},
         "delivery_postal_code":{VALUE},
         "delivery_country_code":{VALUE},
         "custom_reference":{VALUE},
         "event_type":{VALUE},
         "event_source":{VALUE},
         "billing_state":{VALUE},
         "delivery_state":{VALUE},
         "metadata":{VALUE},
         "created_by":{
            "id":{VALUE}
         },
         "edited_by":{
            "id":{VALUE}
         },
         "client":{
            "id":{VALUE}
         }, 
      }
   ]
}
)json";

// Phasio "Customer Organisation Created", decrypted payload example.
const char PhasioExample[] = R"json({
  "id": 678,
  "name": "Acme Manufacturing",
  "taxNumber": "US123456789",
  "language": "en",
  "customers": [
    {
      "id": 1,
      "email": "john@acme.com",
      "phoneNumber": "+1-555-0100",
      "firstName": "John",
      "lastName": "Doe",
      "notificationPreference": "EMAIL"
    }
  ],
  "addresses": [
    {
      "id": "addr-001",
      "street1": "123 Industrial Ave",
      "street2": null,
      "city": "Austin",
      "state": "TX",
      "country": "US",
      "zip": "73301",
      "name": "Headquarters",
      "phone": "+1-555-0100",
      "email": "info@acme.com",
      "residential": false
    }
  ],
  "isTaxExempt": false,
  "isApproved": true,
  "createdAt": "2025-01-10T08:00:00",
  "lastUpdatedOn": "2025-01-10T08:00:00"
})json";

// WillSuite "customer.created" payload example.
const char WillSuiteExample[] = R"json({
  "case_data": {
    "id": "12345678-abcd-efgh-ijkl-1234567890ab",
    "ref": "02052024 - EXAMPLE",
    "meta": {
      "abcdef12-3456-7890-abcd-ef1234567890": "example@example.com",
      "12345678-90ab-cdef-1234-567890abcdef": "2024-05-21"
    },
    "email": "",
    "notes": null,
    "postcode": "",
    "full_names": "Mr Alex Brown & Mr Jamie Smith",
    "last_names": "Brown & Smith",
    "first_names": "Alex & Jamie"
  },
  "webhook_type": "customer.created",
  "customer_data": {
    "id": "abcd1234-5678-90ef-abcd-1234567890ef",
    "email": null,
    "tel_1": null,
    "tel_2": null,
    "title": "Mr",
    "gender": null,
    "postcode": null,
    "address_1": null,
    "address_2": null,
    "address_3": null,
    "last_name": "Johnson",
    "occupation": null,
    "first_names": "Chris",
    "middle_names": null,
    "date_of_birth": null,
    "marital_status": null,
    "customer_case_id": "12345678-abcd-efgh-ijkl-1234567890ab"
  }
})json";

// Keys and strings with escapes, every kind of value, nesting.
const char SpanSample[] = R"json({
  "id": 678,
  "name": "Acme \"Manufacturing\"",
  "a\"b": "\u00e9t\u00e9",
  "emoji \ud83d\ude00": ["x", -0, 1.0e+2, true, false, null, {}, [], 1e400],
  "nested": {"k\\ey": {"deep": [[["\/", "tab\there"]]]}},
  "": "",
  "caf\u00e9": "café"
})json";

QByteArray slice(const JsonTree &tree, JsonSpan span)
{
    return tree.source().mid(span.offset, span.length);
}

int subtreeEnd(const JsonTree &tree, int node)
{
    int next = node + 1;
    while (next < tree.nodeCount() && tree.depth(next) > tree.depth(node))
        ++next;
    return next;
}

QList<JsonDiagnostic::Kind> kindsOf(const QList<JsonDiagnostic> &diagnostics)
{
    QList<JsonDiagnostic::Kind> kinds;
    for (const JsonDiagnostic &d : diagnostics)
        kinds.append(d.kind);
    return kinds;
}

// Parent, row, child and depth agree for every node.
void verifyStructure(const JsonTree &tree)
{
    if (tree.nodeCount() == 0)
        return;
    QCOMPARE(tree.parent(JsonTree::RootNode), -1);
    QCOMPARE(tree.depth(JsonTree::RootNode), 0);
    qint64 childTotal = 0;
    for (int i = 0; i < tree.nodeCount(); ++i) {
        childTotal += tree.childCount(i);
        for (int r = 0; r < tree.childCount(i); ++r) {
            const int c = tree.child(i, r);
            QVERIFY(c > i);
            QCOMPARE(tree.parent(c), i);
            QCOMPARE(tree.row(c), r);
            QCOMPARE(tree.depth(c), tree.depth(i) + 1);
            QVERIFY(tree.valueSpan(c).offset > tree.valueSpan(i).offset);
            // Containers left open by an error end where their last child may end.
            if (tree.isValid())
                QVERIFY(tree.valueSpan(c).end() < tree.valueSpan(i).end());
            else
                QVERIFY(tree.valueSpan(c).end() <= tree.valueSpan(i).end());
            QCOMPARE(tree.keySpan(c).isValid(), tree.kind(i) == JsonNodeKind::Object);
        }
        QCOMPARE(tree.child(i, tree.childCount(i)), -1);
        QCOMPARE(tree.child(i, -1), -1);
    }
    QCOMPARE(childTotal, qint64(tree.nodeCount() - 1));
}

// Every key and value span, cut out of the source and parsed alone, gives the same node.
void verifySpansByReparsing(const JsonTree &tree)
{
    for (int i = 0; i < tree.nodeCount(); ++i) {
        const JsonTree value = JsonTree::parse(slice(tree, tree.valueSpan(i)), tree.mode());
        QVERIFY2(value.isValid(), qPrintable(tree.jsonPointer(i)));
        QCOMPARE(value.kind(JsonTree::RootNode), tree.kind(i));
        QCOMPARE(value.scalarText(JsonTree::RootNode), tree.scalarText(i));
        QCOMPARE(value.nodeCount(), subtreeEnd(tree, i) - i);
        if (tree.keySpan(i).isValid()) {
            const JsonTree key = JsonTree::parse(slice(tree, tree.keySpan(i)), tree.mode());
            QVERIFY(key.isValid());
            QCOMPARE(key.kind(JsonTree::RootNode), JsonNodeKind::String);
            QCOMPARE(key.scalarText(JsonTree::RootNode), tree.key(i));
            QVERIFY(tree.keySpan(i).end() <= tree.valueSpan(i).offset);
        }
    }
}

} // namespace

void TestJsonTree::keyOrderIsPreserved()
{
    const JsonTree tree
        = JsonTree::parse(R"({"b":1,"a":2,"c":{"z":0,"y":0}})", JsonParseMode::Strict);
    QVERIFY(tree.isValid());
    QCOMPARE(tree.childCount(0), 3);
    QCOMPARE(tree.key(tree.child(0, 0)), u"b"_s);
    QCOMPARE(tree.key(tree.child(0, 1)), u"a"_s);
    QCOMPARE(tree.key(tree.child(0, 2)), u"c"_s);
    const int c = tree.child(0, 2);
    QCOMPARE(tree.key(tree.child(c, 0)), u"z"_s);
    QCOMPARE(tree.key(tree.child(c, 1)), u"y"_s);
    QVERIFY(tree.notes().isEmpty());
    QVERIFY(tree.leniencies().isEmpty());
}

void TestJsonTree::duplicateKeysArePreservedAndNoted_data()
{
    QTest::addColumn<JsonParseMode>("mode");
    QTest::newRow("strict") << JsonParseMode::Strict;
    QTest::newRow("lenient") << JsonParseMode::Lenient;
}

void TestJsonTree::duplicateKeysArePreservedAndNoted()
{
    QFETCH(JsonParseMode, mode);
    //                       0123456789012345678901234567890
    const QByteArray json = R"({"a":1,"b":2,"a":3,"\u0061":4})";
    const JsonTree tree = JsonTree::parse(json, mode);
    QVERIFY(tree.isValid());
    QCOMPARE(tree.childCount(0), 4);
    QCOMPARE(tree.key(tree.child(0, 2)), u"a"_s);
    QCOMPARE(tree.scalarText(tree.child(0, 2)), u"3"_s);
    QCOMPARE(tree.key(tree.child(0, 3)), u"a"_s);
    QCOMPARE(tree.findPointer(u"/a"), tree.child(0, 0));

    const QList<JsonDiagnostic> notes = tree.notes();
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes[0].kind, JsonDiagnostic::Kind::DuplicateKey);
    QCOMPARE(notes[0].byteOffset, 13);
    QCOMPARE(notes[0].length, 3);
    QCOMPARE(notes[0].line, 1);
    QCOMPARE(notes[0].column, 14);
    QVERIFY2(notes[0].message.contains(u"\"a\""), qPrintable(notes[0].message));
    QVERIFY2(notes[0].message.contains(u"byte 1"), qPrintable(notes[0].message));
    QCOMPARE(notes[1].byteOffset, 19);
    QCOMPARE(notes[1].length, 8);
    QVERIFY(tree.leniencies().isEmpty());
}

void TestJsonTree::manyKeysWithDuplicates()
{
    // Big objects take the sorting path; nested objects keep their own key sets.
    QByteArray json = "{";
    for (int i = 0; i < 100; ++i)
        json += "\"k" + QByteArray::number(i % 40) + "\":{\"k1\":" + QByteArray::number(i) + "},";
    json += "\"last\":0}";
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
    QVERIFY(tree.isValid());
    QCOMPARE(tree.childCount(0), 101);
    QCOMPARE(tree.notes().size(), 60);
    for (const JsonDiagnostic &note : tree.notes())
        QCOMPARE(note.kind, JsonDiagnostic::Kind::DuplicateKey);
    // Notes come in source order and point at the later occurrences.
    QCOMPARE(tree.notes().first().byteOffset, tree.keySpan(tree.child(0, 40)).offset);
    QCOMPARE(tree.notes().last().byteOffset, tree.keySpan(tree.child(0, 99)).offset);
    QCOMPARE(tree.findPointer(u"/k5/k1"), tree.child(tree.child(0, 5), 0));
}

void TestJsonTree::numberTextIsPreserved_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::newRow("1.0") << QByteArray("1.0");
    QTest::newRow("1e400") << QByteArray("1e400");
    QTest::newRow("-1E+400") << QByteArray("-1E+400");
    QTest::newRow("0.1e999") << QByteArray("0.1e999");
    QTest::newRow("1e-400") << QByteArray("1e-400");
    QTest::newRow("-0") << QByteArray("-0");
    QTest::newRow("-0.0") << QByteArray("-0.0");
    QTest::newRow("big integer") << QByteArray("12345678901234567890123");
    QTest::newRow("uint64 max + 1") << QByteArray("18446744073709551616");
    QTest::newRow("400 digits") << QByteArray(400, '9');
    QTest::newRow("long fraction") << "0." + QByteArray(500, '3');
    QTest::newRow("exponent") << QByteArray("6.02214076e23");
}

void TestJsonTree::numberTextIsPreserved()
{
    QFETCH(QByteArray, number);
    for (const JsonParseMode mode : { JsonParseMode::Strict, JsonParseMode::Lenient }) {
        const QByteArray json = R"({"n": )" + number + R"(, "after": [)" + number + "]}";
        const JsonTree tree = JsonTree::parse(json, mode);
        QVERIFY2(tree.isValid(), qPrintable(tree.error().message));
        const int n = tree.child(0, 0);
        QCOMPARE(tree.kind(n), JsonNodeKind::Number);
        QCOMPARE(tree.typeName(n), u"number"_s);
        QCOMPARE(tree.scalarText(n), QString::fromLatin1(number));
        QCOMPARE(tree.scalarUtf8(n), number);
        QCOMPARE(tree.valueSpan(n), JsonSpan({ 6, number.size() }));
        const int element = tree.findPointer(u"/after/0");
        QCOMPARE(tree.scalarText(element), QString::fromLatin1(number));
        QCOMPARE(slice(tree, tree.valueSpan(element)), number);
    }
}

void TestJsonTree::hugeNumbersNextToStringsAndComments()
{
    // The fallback for numbers RapidJSON cannot store must not touch strings or comments.
    const QByteArray json = R"([ "1e400", /* 2e400 */ 3e400, "\" 4e400", {"5e400": -6e400}, 7])";
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Lenient);
    QVERIFY2(tree.isValid(), qPrintable(tree.error().message));
    QCOMPARE(tree.childCount(0), 5);
    QCOMPARE(tree.scalarText(tree.child(0, 0)), u"1e400"_s);
    QCOMPARE(tree.scalarText(tree.child(0, 1)), u"3e400"_s);
    QCOMPARE(tree.scalarText(tree.child(0, 2)), u"\" 4e400"_s);
    QCOMPARE(tree.key(tree.findPointer(u"/3/5e400")), u"5e400"_s);
    QCOMPARE(tree.scalarText(tree.findPointer(u"/3/5e400")), u"-6e400"_s);
    QCOMPARE(tree.leniencies().size(), 1);
    QCOMPARE(tree.leniencies().first().byteOffset, json.indexOf("/*"));

    // A malformed document with a huge number still reports the first real error.
    const JsonTree broken = JsonTree::parse("[1e400, 2e400 3]", JsonParseMode::Strict);
    QVERIFY(!broken.isValid());
    QCOMPARE(broken.error().byteOffset, 14);
    QCOMPARE(broken.error().message, u"Missing a comma or ']' after an array element."_s);
}

void TestJsonTree::scalarsAndDecodedText_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<JsonNodeKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("typeName");
    QTest::newRow("plain") << QByteArray(R"("abc")") << JsonNodeKind::String << u"abc"_s
                           << u"string"_s;
    QTest::newRow("empty") << QByteArray(R"("")") << JsonNodeKind::String << u""_s << u"string"_s;
    QTest::newRow("quote") << QByteArray(R"("a\"b")") << JsonNodeKind::String << u"a\"b"_s
                           << u"string"_s;
    QTest::newRow("controls") << QByteArray(R"("\n\t\r\b\f\/\\")") << JsonNodeKind::String
                              << u"\n\t\r\b\f/\\"_s << u"string"_s;
    QTest::newRow("bmp escape") << QByteArray(R"("\u00e9t\u00C9")") << JsonNodeKind::String
                                << u"\u00e9t\u00c9"_s << u"string"_s;
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00!")") << JsonNodeKind::String
                                    << QString::fromUtf8("\xF0\x9F\x98\x80!") << u"string"_s;
    QTest::newRow("raw utf-8") << QByteArray("\"caf\xC3\xA9\"") << JsonNodeKind::String
                               << u"caf\u00e9"_s << u"string"_s;
    QTest::newRow("leading bom escape") << QByteArray(R"("\ufeffx")") << JsonNodeKind::String
                                        << QString(QChar(0xFEFF)) + u"x"_s << u"string"_s;
    QTest::newRow("leading raw bom")
        << QByteArray("\"\xEF\xBB\xBF\xEF\xBB\xBFx\"") << JsonNodeKind::String
        << QString(2, QChar(0xFEFF)) + u"x"_s << u"string"_s;
    QTest::newRow("nul escape") << QByteArray(R"("a\u0000b")") << JsonNodeKind::String
                                << QString(u"a\0b"_s) << u"string"_s;
    QTest::newRow("true") << QByteArray("true") << JsonNodeKind::Bool << u"true"_s << u"boolean"_s;
    QTest::newRow("false") << QByteArray("false") << JsonNodeKind::Bool << u"false"_s
                           << u"boolean"_s;
    QTest::newRow("null") << QByteArray("null") << JsonNodeKind::Null << u"null"_s << u"null"_s;
    QTest::newRow("object") << QByteArray("{}") << JsonNodeKind::Object << QString() << u"object"_s;
    QTest::newRow("array") << QByteArray("[ ]") << JsonNodeKind::Array << QString() << u"array"_s;
}

void TestJsonTree::scalarsAndDecodedText()
{
    QFETCH(QByteArray, value);
    QFETCH(JsonNodeKind, kind);
    QFETCH(QString, text);
    QFETCH(QString, typeName);
    // As a member value and, with the same text, as a key.
    const QByteArray json = "{\"k\": " + value + ", " + value + ": 0}";
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
    const bool isKey = kind == JsonNodeKind::String;
    if (!isKey) {
        QVERIFY(!tree.isValid());
        const JsonTree alone = JsonTree::parse("[" + value + "]", JsonParseMode::Strict);
        QVERIFY(alone.isValid());
        QCOMPARE(alone.kind(1), kind);
        QCOMPARE(alone.scalarText(1), text);
        QCOMPARE(alone.typeName(1), typeName);
        QCOMPARE(slice(alone, alone.valueSpan(1)), value);
        return;
    }
    QVERIFY2(tree.isValid(), qPrintable(tree.error().message));
    const int member = tree.child(0, 0);
    QCOMPARE(tree.kind(member), kind);
    QCOMPARE(tree.scalarText(member), text);
    QCOMPARE(tree.typeName(member), typeName);
    QCOMPARE(tree.scalarUtf8(member), text.toUtf8());
    QCOMPARE(slice(tree, tree.valueSpan(member)), value);
    const int keyed = tree.child(0, 1);
    QCOMPARE(tree.key(keyed), text);
    QVERIFY(!tree.key(keyed).isNull());
    QCOMPARE(tree.keyUtf8(keyed), text.toUtf8());
    QCOMPARE(slice(tree, tree.keySpan(keyed)), value);
    QCOMPARE(tree.findPointer(tree.jsonPointer(keyed)), keyed);
}

void TestJsonTree::spansAreExact_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("sample") << QByteArray(SpanSample);
    QTest::newRow("phasio") << QByteArray(PhasioExample);
    QTest::newRow("willsuite") << QByteArray(WillSuiteExample);
    QTest::newRow("minified") << QByteArray(R"({"a":[1,{"b":"c"},[]],"d":{"e":null}})");
}

void TestJsonTree::spansAreExact()
{
    QFETCH(QByteArray, json);
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
    QVERIFY2(tree.isValid(), qPrintable(tree.error().message));
    QCOMPARE(tree.valueSpan(0), JsonSpan({ 0, json.size() }));
    verifySpansByReparsing(tree);
    if (json != SpanSample)
        return;

    // Spot checks on the tokens with escapes.
    const int quoted = tree.child(0, 2);
    QCOMPARE(slice(tree, tree.keySpan(quoted)), R"("a\"b")");
    QCOMPARE(tree.key(quoted), u"a\"b"_s);
    QCOMPARE(slice(tree, tree.valueSpan(quoted)), R"("\u00e9t\u00e9")");
    QCOMPARE(tree.scalarText(quoted), u"\u00e9t\u00e9"_s);
    const int emoji = tree.child(0, 3);
    QCOMPARE(slice(tree, tree.keySpan(emoji)), R"("emoji \ud83d\ude00")");
    QCOMPARE(tree.childCount(emoji), 9);
    QCOMPARE(slice(tree, tree.valueSpan(tree.child(emoji, 1))), "-0");
    QCOMPARE(slice(tree, tree.valueSpan(tree.child(emoji, 6))), "{}");
    QCOMPARE(tree.scalarText(tree.child(emoji, 8)), u"1e400"_s);
    const int deep = tree.findPointer(u"/nested/k\\ey/deep/0/0/0");
    QCOMPARE(slice(tree, tree.valueSpan(deep)), R"("\/")");
    QCOMPARE(tree.scalarText(deep), u"/"_s);
    const int empty = tree.child(0, 5);
    QCOMPARE(slice(tree, tree.keySpan(empty)), "\"\"");
    QCOMPARE(tree.key(empty), u""_s);
    QCOMPARE(tree.keySpan(empty).offset, json.indexOf("\"\": \"\""));
    QCOMPARE(tree.scalarText(tree.child(0, 6)), u"caf\u00e9"_s);
}

void TestJsonTree::structureIsConsistent()
{
    for (const char *json : { SpanSample, PhasioExample, WillSuiteExample }) {
        const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
        QVERIFY(tree.isValid());
        verifyStructure(tree);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestJsonTree::pointersAndDottedPaths()
{
    const QByteArray json
        = R"({"a/b": {"m~n": [{"x.y": 1, "": 2, "[q]": 3, "say \"hi\"": 4, "plain": {"k": true}}]}})";
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
    QVERIFY(tree.isValid());
    const int element = tree.child(tree.child(tree.child(0, 0), 0), 0);
    QCOMPARE(tree.jsonPointer(0), QString());
    QCOMPARE(tree.dottedPath(0), QString());
    QCOMPARE(tree.jsonPointer(element), u"/a~1b/m~0n/0"_s);
    QCOMPARE(tree.dottedPath(element), u"a/b.m~n[0]"_s);
    QCOMPARE(tree.jsonPointer(tree.child(element, 0)), u"/a~1b/m~0n/0/x.y"_s);
    QCOMPARE(tree.dottedPath(tree.child(element, 0)), uR"(a/b.m~n[0]["x.y"])"_s);
    QCOMPARE(tree.jsonPointer(tree.child(element, 1)), u"/a~1b/m~0n/0/"_s);
    QCOMPARE(tree.dottedPath(tree.child(element, 1)), uR"(a/b.m~n[0][""])"_s);
    QCOMPARE(tree.dottedPath(tree.child(element, 2)), uR"(a/b.m~n[0]["[q]"])"_s);
    QCOMPARE(tree.dottedPath(tree.child(element, 3)), uR"(a/b.m~n[0].say "hi")"_s);
    const int k = tree.child(tree.child(element, 4), 0);
    QCOMPARE(tree.jsonPointer(k), u"/a~1b/m~0n/0/plain/k"_s);
    QCOMPARE(tree.dottedPath(k), u"a/b.m~n[0].plain.k"_s);

    const JsonTree customers = JsonTree::parse(PhasioExample, JsonParseMode::Strict);
    const int email = customers.findPointer(u"/customers/0/email");
    QCOMPARE(customers.dottedPath(email), u"customers[0].email"_s);
    QCOMPARE(customers.scalarText(email), u"john@acme.com"_s);

    const JsonTree dotted = JsonTree::parse(R"({"a.b": {"c": [[0]]}})", JsonParseMode::Strict);
    QCOMPARE(dotted.dottedPath(dotted.nodeCount() - 1), uR"(["a.b"].c[0][0])"_s);
    const JsonTree rootArray = JsonTree::parse(R"([{"a": 1}])", JsonParseMode::Strict);
    QCOMPARE(rootArray.dottedPath(2), u"[0].a"_s);
    QCOMPARE(rootArray.jsonPointer(2), u"/0/a"_s);

    // Every node's pointer leads back to it when keys are unique.
    for (int i = 0; i < tree.nodeCount(); ++i)
        QCOMPARE(tree.findPointer(tree.jsonPointer(i)), i);
}

void TestJsonTree::findPointer_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expectedPath"); // dotted path of the result, or "-" for none
    QTest::newRow("root") << QString() << QString();
    QTest::newRow("slash key") << u"/a~1b"_s << u"a/b"_s;
    QTest::newRow("tilde key") << u"/a~1b/m~0n"_s << u"a/b.m~n"_s;
    QTest::newRow("index") << u"/a~1b/m~0n/1"_s << u"a/b.m~n[1]"_s;
    QTest::newRow("empty key") << u"/a~1b/m~0n/0/"_s << uR"(a/b.m~n[0][""])"_s;
    QTest::newRow("unicode key") << u"/caf\u00e9"_s << u"caf\u00e9"_s;
    QTest::newRow("escaped key") << u"/\u00e9"_s << u"\u00e9"_s;
    QTest::newRow("first duplicate") << u"/dup"_s << u"dup"_s;
    QTest::newRow("missing") << u"/nope"_s << u"-"_s;
    QTest::newRow("no slash") << u"a~1b"_s << u"-"_s;
    QTest::newRow("index too big") << u"/a~1b/m~0n/2"_s << u"-"_s;
    QTest::newRow("leading zero") << u"/a~1b/m~0n/01"_s << u"-"_s;
    QTest::newRow("dash") << u"/a~1b/m~0n/-"_s << u"-"_s;
    QTest::newRow("negative") << u"/a~1b/m~0n/-1"_s << u"-"_s;
    QTest::newRow("huge index") << u"/a~1b/m~0n/99999999999999999999"_s << u"-"_s;
    QTest::newRow("bad escape") << u"/a~2b"_s << u"-"_s;
    QTest::newRow("dangling tilde") << u"/a~"_s << u"-"_s;
    QTest::newRow("into scalar") << u"/dup/x"_s << u"-"_s;
    QTest::newRow("unescaped slash") << u"/a/b"_s << u"-"_s;
}

void TestJsonTree::findPointer()
{
    QFETCH(QString, pointer);
    QFETCH(QString, expectedPath);
    const QByteArray json
        = R"({"a/b": {"m~n": [{"": "e"}, 2]}, "café": 1, "\u00e9": 2, "dup": 1, "dup": 2})";
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
    QVERIFY(tree.isValid());
    const int node = tree.findPointer(pointer);
    if (expectedPath == u"-") {
        QCOMPARE(node, -1);
        return;
    }
    QVERIFY(node >= 0);
    QCOMPARE(tree.dottedPath(node), expectedPath);
    if (pointer == u"/dup")
        QCOMPARE(tree.scalarText(node), u"1"_s);
}

void TestJsonTree::nodeAtOffset()
{
    //                       0         1         2         3
    //                       0123456789012345678901234567890123456
    const QByteArray json = R"({"a": [1, {"b": "x"}], "c": null} )";
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
    QVERIFY(tree.isValid());
    const int a = tree.findPointer(u"/a");
    const int b = tree.findPointer(u"/a/1/b");
    QCOMPARE(tree.nodeAtOffset(-1), -1);
    QCOMPARE(tree.nodeAtOffset(0), 0);
    QCOMPARE(tree.nodeAtOffset(1), a); // key of a
    QCOMPARE(tree.nodeAtOffset(4), a); // the colon belongs to the member
    QCOMPARE(tree.nodeAtOffset(6), a); // '['
    QCOMPARE(tree.nodeAtOffset(7), tree.findPointer(u"/a/0"));
    QCOMPARE(tree.nodeAtOffset(8), a); // ','
    QCOMPARE(tree.nodeAtOffset(10), tree.findPointer(u"/a/1"));
    QCOMPARE(tree.nodeAtOffset(11), b);
    QCOMPARE(tree.nodeAtOffset(16), b); // '"x"'
    QCOMPARE(tree.nodeAtOffset(19), tree.findPointer(u"/a/1"));
    QCOMPARE(tree.nodeAtOffset(20), a); // ']'
    QCOMPARE(tree.nodeAtOffset(21), 0);
    QCOMPARE(tree.nodeAtOffset(28), tree.findPointer(u"/c"));
    QCOMPARE(tree.nodeAtOffset(32), 0); // '}'
    QCOMPARE(tree.nodeAtOffset(33), -1);
    QCOMPARE(tree.nodeAtOffset(1000), -1);
}

void TestJsonTree::nodeAtOffsetMatchesBruteForce()
{
    for (const char *json : { SpanSample, PhasioExample, WillSuiteExample }) {
        const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
        const qint64 size = tree.source().size();
        for (qint64 offset = -1; offset <= size; ++offset) {
            int expected = -1;
            for (int i = 0; i < tree.nodeCount(); ++i) {
                const JsonSpan key = tree.keySpan(i);
                const qint64 start = key.isValid() ? key.offset : tree.valueSpan(i).offset;
                if (offset >= start && offset < tree.valueSpan(i).end())
                    expected = i; // later nodes in document order are deeper
            }
            QCOMPARE(tree.nodeAtOffset(offset), expected);
        }
    }
}

void TestJsonTree::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<JsonParseMode>("mode");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const auto strict = JsonParseMode::Strict;
    const auto lenient = JsonParseMode::Lenient;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << strict << qint64(5) << 1 << 6
                                   << u"Missing a colon after a name of object member."_s;
    QTest::newRow("trailing comma object") << QByteArray(R"({"a":1,})") << strict << qint64(7) << 1
                                           << 8 << u"Missing a name for object member."_s;
    QTest::newRow("trailing comma array")
        << QByteArray("[1,2,]") << strict << qint64(5) << 1 << 6 << u"Invalid value."_s;
    QTest::newRow("unclosed object") << QByteArray(R"({"a":1)") << lenient << qint64(6) << 1 << 7
                                     << u"Missing a comma or '}' after an object member."_s;
    QTest::newRow("missing comma") << QByteArray("[1 2]") << strict << qint64(3) << 1 << 4
                                   << u"Missing a comma or ']' after an array element."_s;
    QTest::newRow("bad literal") << QByteArray(R"({"a":tru})") << strict << qint64(8) << 1 << 9
                                 << u"Invalid value."_s;
    QTest::newRow("multi-line") << QByteArray("{\n  \"a\": 1,\n  \"b\" 2\n}") << lenient
                                << qint64(18) << 3 << 7
                                << u"Missing a colon after a name of object member."_s;
    QTest::newRow("columns count characters") << QByteArray("[\"\xC3\xA9\xC3\xA9\", x]") << strict
                                              << qint64(9) << 1 << 8 << u"Invalid value."_s;
    QTest::newRow("crlf") << QByteArray("[\r\n1,\r\n?]") << strict << qint64(7) << 3 << 1
                          << u"Invalid value."_s;
    QTest::newRow("unterminated string") << QByteArray(R"(["abc)") << strict << qint64(5) << 1 << 6
                                         << u"Missing a closing quotation mark in string."_s;
    QTest::newRow("bad escape") << QByteArray(R"(["a\x"])") << lenient << qint64(3) << 1 << 4
                                << u"Invalid escape character in string."_s;
    QTest::newRow("bad unicode escape")
        << QByteArray(R"(["\u12G4"])") << strict << qint64(2) << 1 << 3
        << u"Incorrect hex digit after \\u escape in string."_s;
    QTest::newRow("lone high surrogate") << QByteArray(R"(["\ud800x"])") << strict << qint64(2) << 1
                                         << 3 << u"The surrogate pair in string is invalid."_s;
    QTest::newRow("raw control character") << QByteArray("[\"a\tb\"]") << lenient << qint64(3) << 1
                                           << 4 << u"Invalid escape character in string."_s;
    QTest::newRow("two roots") << QByteArray("1 2") << strict << qint64(2) << 1 << 3
                               << u"The document root must not be followed by other values."_s;
    QTest::newRow("comment in strict")
        << QByteArray("{} // x") << strict << qint64(3) << 1 << 4
        << u"The document root must not be followed by other values."_s;
    QTest::newRow("unclosed comment")
        << QByteArray("[1 /* x") << lenient << qint64(7) << 1 << 8 << u"Unspecific syntax error."_s;
    QTest::newRow("lone slash") << QByteArray("[1 / 2]") << lenient << qint64(4) << 1 << 5
                                << u"Unspecific syntax error."_s;
    QTest::newRow("minus only") << QByteArray("[-]") << strict << qint64(2) << 1 << 3
                                << u"Invalid value."_s;
    QTest::newRow("missing fraction") << QByteArray("[1.]") << strict << qint64(3) << 1 << 4
                                      << u"Miss fraction part in number."_s;
    QTest::newRow("missing exponent")
        << QByteArray("[1e]") << strict << qint64(3) << 1 << 4 << u"Miss exponent in number."_s;
    QTest::newRow("leading zero") << QByteArray("[01]") << strict << qint64(2) << 1 << 3
                                  << u"Missing a comma or ']' after an array element."_s;
    QTest::newRow("nan") << QByteArray("[NaN]") << lenient << qint64(1) << 1 << 2
                         << u"Invalid value."_s;
    QTest::newRow("single quotes") << QByteArray("{'a': 1}") << lenient << qint64(1) << 1 << 2
                                   << u"Missing a name for object member."_s;
    QTest::newRow("double comma") << QByteArray("[1,,2]") << lenient << qint64(3) << 1 << 4
                                  << u"Invalid value."_s;
    QTest::newRow("nul after root")
        << QByteArray("{}\0{}", 5) << strict << qint64(2) << 1 << 3 << u"Unexpected NUL byte."_s;
    QTest::newRow("nul at start") << QByteArray("\0[]", 3) << lenient << qint64(0) << 1 << 1
                                  << u"Unexpected NUL byte."_s;
    QTest::newRow("nul in array") << QByteArray("[1,\0 2]", 7) << strict << qint64(3) << 1 << 4
                                  << u"Unexpected NUL byte."_s;
    QTest::newRow("nul in string")
        << QByteArray("[\"a\0\"]", 6) << strict << qint64(3) << 1 << 4 << u"Unexpected NUL byte."_s;
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE[\0]\0", 6) << strict << qint64(0) << 1 << 1
                            << u"Invalid value."_s;
}

void TestJsonTree::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(JsonParseMode, mode);
    QFETCH(qint64, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const JsonTree tree = JsonTree::parse(json, mode);
    QVERIFY(!tree.isValid());
    QCOMPARE(tree.error().message, message);
    QCOMPARE(tree.error().byteOffset, offset);
    QCOMPARE(tree.error().line, line);
    QCOMPARE(tree.error().column, column);
    QVERIFY(tree.error().hint.isEmpty());
    verifyStructure(tree);
}

void TestJsonTree::emptyAndWhitespaceInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << QByteArray() << qint64(0) << 1 << 1;
    QTest::newRow("empty, not null") << QByteArray("") << qint64(0) << 1 << 1;
    QTest::newRow("whitespace") << QByteArray(" \t\r\n  ") << qint64(6) << 2 << 3;
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << qint64(3) << 1 << 2;
}

void TestJsonTree::emptyAndWhitespaceInput()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    for (const JsonParseMode mode : { JsonParseMode::Strict, JsonParseMode::Lenient }) {
        const JsonTree tree = JsonTree::parse(json, mode);
        QVERIFY(!tree.isValid());
        QCOMPARE(tree.nodeCount(), 0);
        QCOMPARE(tree.error().message, u"The document is empty."_s);
        QCOMPARE(tree.error().byteOffset, offset);
        QCOMPARE(tree.error().line, line);
        QCOMPARE(tree.error().column, column);
        QCOMPARE(tree.nodeAtOffset(0), -1);
        QCOMPARE(tree.findPointer(u""), -1);
    }
    // Comments alone are still no document.
    const JsonTree comments = JsonTree::parse("// nothing\n/* here */", JsonParseMode::Lenient);
    QCOMPARE(comments.error().message, u"The document is empty."_s);
}

void TestJsonTree::topLevelScalars_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<JsonNodeKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("number") << QByteArray(" 42 ") << JsonNodeKind::Number << u"42"_s << qint64(1);
    QTest::newRow("negative") << QByteArray("-0.5e3") << JsonNodeKind::Number << u"-0.5e3"_s
                              << qint64(0);
    QTest::newRow("string") << QByteArray("\n\"s\\u0041\"\n") << JsonNodeKind::String << u"sA"_s
                            << qint64(1);
    QTest::newRow("true") << QByteArray("true") << JsonNodeKind::Bool << u"true"_s << qint64(0);
    QTest::newRow("null") << QByteArray("\tnull") << JsonNodeKind::Null << u"null"_s << qint64(1);
}

void TestJsonTree::topLevelScalars()
{
    QFETCH(QByteArray, json);
    QFETCH(JsonNodeKind, kind);
    QFETCH(QString, text);
    QFETCH(qint64, offset);
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
    QVERIFY(tree.isValid());
    QCOMPARE(tree.nodeCount(), 1);
    QCOMPARE(tree.kind(0), kind);
    QCOMPARE(tree.scalarText(0), text);
    QCOMPARE(tree.valueSpan(0), JsonSpan({ offset, json.trimmed().size() }));
    QCOMPARE(tree.keySpan(0), JsonSpan());
    QCOMPARE(tree.childCount(0), 0);
    QCOMPARE(tree.jsonPointer(0), QString());
    QCOMPARE(tree.findPointer(u""), 0);
    QCOMPARE(tree.findPointer(u"/0"), -1);
}

void TestJsonTree::lenientTrailingCommas()
{
    //                       0         1         2
    //                       0123456789012345678901234567
    const QByteArray json = R"({"a":[1,2,],"b":{"c":[],},})";
    QVERIFY(!JsonTree::parse(json, JsonParseMode::Strict).isValid());
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Lenient);
    QVERIFY2(tree.isValid(), qPrintable(tree.error().message));
    QCOMPARE(tree.childCount(tree.findPointer(u"/a")), 2);
    QCOMPARE(tree.childCount(tree.findPointer(u"/b")), 1);
    QCOMPARE(slice(tree, tree.valueSpan(tree.findPointer(u"/a"))), "[1,2,]");
    QCOMPARE(slice(tree, tree.valueSpan(tree.findPointer(u"/b"))), R"({"c":[],})");
    const QList<JsonDiagnostic> leniencies = tree.leniencies();
    QCOMPARE(leniencies.size(), 3);
    QCOMPARE(kindsOf(leniencies),
             QList<JsonDiagnostic::Kind>(3, JsonDiagnostic::Kind::TrailingComma));
    QCOMPARE(leniencies[0].byteOffset, 9);
    QCOMPARE(leniencies[0].length, 1);
    QCOMPARE(leniencies[0].column, 10);
    QVERIFY(leniencies[0].message.contains(u"']'"));
    QCOMPARE(leniencies[1].byteOffset, 23);
    QVERIFY(leniencies[1].message.contains(u"'}'"));
    QCOMPARE(leniencies[2].byteOffset, 25);
    QVERIFY(tree.notes().isEmpty());
    verifyStructure(tree);
}

void TestJsonTree::lenientComments()
{
    const QByteArray json = "// head\n{/* a */\"a\":1, // tail\n \"b\" /**/ : /***/ [2 /* x */]}\n"
                            "/* end */ // last";
    QVERIFY(!JsonTree::parse(json, JsonParseMode::Strict).isValid());
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Lenient);
    QVERIFY2(tree.isValid(), qPrintable(tree.error().message));
    QCOMPARE(tree.keySpan(tree.child(0, 0)).offset, json.indexOf("\"a\""));
    QCOMPARE(tree.keySpan(tree.child(0, 1)).offset, json.indexOf("\"b\""));
    QCOMPARE(tree.valueSpan(tree.child(0, 1)).offset, json.indexOf("[2"));
    QCOMPARE(tree.valueSpan(0).offset, 8);
    QCOMPARE(tree.valueSpan(0).end(), json.indexOf("}\n") + 1);

    const QList<QByteArray> comments
        = { "// head", "/* a */", "// tail", "/**/", "/***/", "/* x */", "/* end */", "// last" };
    const QList<JsonDiagnostic> leniencies = tree.leniencies();
    QCOMPARE(leniencies.size(), comments.size());
    for (qsizetype i = 0; i < comments.size(); ++i) {
        QCOMPARE(leniencies[i].kind, JsonDiagnostic::Kind::Comment);
        QCOMPARE(leniencies[i].byteOffset, json.indexOf(comments[i]));
        QCOMPARE(leniencies[i].length, comments[i].size());
    }
    QCOMPARE(leniencies[2].line, 2);
    QCOMPARE(leniencies[2].column, 16);
    QCOMPARE(leniencies[6].line, 4);
    QCOMPARE(leniencies[6].column, 1);
    QVERIFY(leniencies[0].message.contains(u"Line comment"));
    QVERIFY(leniencies[1].message.contains(u"Block comment"));
}

void TestJsonTree::lenientAgreesWithStrictOnValidJson()
{
    for (const char *json : { SpanSample, PhasioExample, WillSuiteExample }) {
        const JsonTree strict = JsonTree::parse(json, JsonParseMode::Strict);
        const JsonTree lenient = JsonTree::parse(json, JsonParseMode::Lenient);
        QVERIFY(lenient.isValid());
        QVERIFY(lenient.leniencies().isEmpty());
        QCOMPARE(lenient.nodeCount(), strict.nodeCount());
        for (int i = 0; i < strict.nodeCount(); ++i) {
            QCOMPARE(lenient.valueSpan(i), strict.valueSpan(i));
            QCOMPARE(lenient.keySpan(i), strict.keySpan(i));
            QCOMPARE(lenient.scalarText(i), strict.scalarText(i));
        }
    }
}

void TestJsonTree::smarterPayTemplateFailsOnPlaceholder_data()
{
    QTest::addColumn<JsonParseMode>("mode");
    QTest::newRow("strict") << JsonParseMode::Strict;
    QTest::newRow("lenient") << JsonParseMode::Lenient;
}

void TestJsonTree::smarterPayTemplateFailsOnPlaceholder()
{
    QFETCH(JsonParseMode, mode);
    const QByteArray json = SmarterPayTemplate;
    const JsonTree tree = JsonTree::parse(json, mode);
    QVERIFY(!tree.isValid());
    const qint64 placeholder = json.indexOf("{VALUE}");
    QCOMPARE(placeholder, 10);
    QCOMPARE(tree.error().byteOffset, placeholder);
    QCOMPARE(tree.error().line, 2);
    QCOMPARE(tree.error().column, 9);
    QCOMPARE(tree.error().message, u"Missing a name for object member."_s);
    QVERIFY2(tree.error().hint.contains(u"{VALUE}"), qPrintable(tree.error().hint));
    QVERIFY(tree.error().hint.contains(u"placeholder"));

    // Other placeholder styles get the same hint at their start.
    const struct
    {
        QByteArray json;
        qint64 offset;
        QString placeholder;
    } styles[] = { { R"({"a": {{value}}})", 6, u"{{value}}"_s },
                   { R"({"a": ${value}})", 6, u"${value}"_s },
                   { R"({"a": <VALUE>})", 6, u"<VALUE>"_s },
                   { R"({"a": { VALUE }})", 6, u"{ VALUE }"_s } };
    for (const auto &style : styles) {
        const JsonTree other = JsonTree::parse(style.json, mode);
        QCOMPARE(other.error().byteOffset, style.offset);
        QVERIFY2(other.error().hint.contains(style.placeholder), qPrintable(other.error().hint));
    }
    // An unquoted key is not a placeholder.
    QVERIFY(JsonTree::parse(R"({name: 1})", mode).error().hint.isEmpty());
}

void TestJsonTree::smarterPayFilledHasOneTrailingComma()
{
    QByteArray json = SmarterPayTemplate;
    json.replace("{VALUE}", "\"CA01G420EJ9D44P1VQWR\"");
    const qint64 comma = json.lastIndexOf("}, \n") + 1;
    QCOMPARE(json.at(comma), ',');

    const JsonTree strict = JsonTree::parse(json, JsonParseMode::Strict);
    QVERIFY(!strict.isValid());
    QCOMPARE(strict.error().message, u"Missing a name for object member."_s);
    QCOMPARE(strict.error().byteOffset, json.indexOf('}', comma));

    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Lenient);
    QVERIFY2(tree.isValid(), qPrintable(tree.error().message));
    QCOMPARE(tree.leniencies().size(), 1);
    const JsonDiagnostic leniency = tree.leniencies().first();
    QCOMPARE(leniency.kind, JsonDiagnostic::Kind::TrailingComma);
    QCOMPARE(leniency.byteOffset, comma);
    QCOMPARE(leniency.length, 1);
    QCOMPARE(leniency.line, 46);
    QCOMPARE(leniency.column, 11);
    QVERIFY(tree.notes().isEmpty());

    const int event = tree.findPointer(u"/events/0");
    QCOMPARE(tree.childCount(event), 30);
    QCOMPARE(tree.key(tree.child(event, 0)), u"email"_s);
    QCOMPARE(tree.key(tree.child(event, 29)), u"client"_s);
    QCOMPARE(tree.dottedPath(tree.findPointer(u"/events/0/client/id")), u"events[0].client.id"_s);
    QCOMPARE(tree.scalarText(tree.findPointer(u"/client/id")), u"CA01G420EJ9D44P1VQWR"_s);
    verifyStructure(tree);
    verifySpansByReparsing(tree);
}

void TestJsonTree::vendorExamplesAreValid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("text");
    QTest::newRow("phasio") << QByteArray(PhasioExample) << 30 << u"/addresses/0/residential"_s
                            << u"false"_s;
    QTest::newRow("willsuite") << QByteArray(WillSuiteExample) << 32
                               << u"/case_data/meta/12345678-90ab-cdef-1234-567890abcdef"_s
                               << u"2024-05-21"_s;
}

void TestJsonTree::vendorExamplesAreValid()
{
    QFETCH(QByteArray, json);
    QFETCH(int, nodes);
    QFETCH(QString, pointer);
    QFETCH(QString, text);
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
    QVERIFY(tree.isValid());
    QCOMPARE(tree.nodeCount(), nodes);
    QVERIFY(tree.leniencies().isEmpty());
    QVERIFY(tree.notes().isEmpty());
    QCOMPARE(tree.scalarText(tree.findPointer(pointer)), text);
}

void TestJsonTree::deepNesting_data()
{
    QTest::addColumn<QByteArray>("open");
    QTest::addColumn<QByteArray>("close");
    QTest::addColumn<QString>("step");
    QTest::newRow("arrays") << QByteArray("[") << QByteArray("]") << u"/0"_s;
    QTest::newRow("objects") << QByteArray("{\"a\":") << QByteArray("}") << u"/a"_s;
}

void TestJsonTree::deepNesting()
{
    QFETCH(QByteArray, open);
    QFETCH(QByteArray, close);
    QFETCH(QString, step);
    constexpr int Depth = 100'000;
    const QByteArray json = open.repeated(Depth) + "0" + close.repeated(Depth);
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
    QVERIFY2(tree.isValid(), qPrintable(tree.error().message));
    QCOMPARE(tree.nodeCount(), Depth + 1);
    const int deepest = Depth;
    QCOMPARE(tree.depth(deepest), Depth);
    QCOMPARE(tree.kind(deepest), JsonNodeKind::Number);
    QCOMPARE(tree.valueSpan(deepest).offset, open.size() * Depth);
    QCOMPARE(tree.valueSpan(Depth - 1).length, open.size() + 1 + close.size());
    const QString pointer = step.repeated(Depth);
    QCOMPARE(tree.jsonPointer(deepest), pointer);
    QCOMPARE(tree.findPointer(pointer), deepest);
    QCOMPARE(tree.dottedPath(deepest).size(), open == "[" ? 3 * Depth : 2 * Depth - 1);
    QCOMPARE(tree.nodeAtOffset(open.size() * Depth), deepest);
    QCOMPARE(tree.nodeAtOffset(json.size() - 1), 0);
    for (int i = 1; i <= Depth; i += 9973)
        QCOMPARE(tree.parent(i), i - 1);
}

void TestJsonTree::deepUnclosedNesting()
{
    constexpr int Depth = 100'000;
    const QByteArray json = QByteArray(Depth, '[');
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Lenient);
    QVERIFY(!tree.isValid());
    QCOMPARE(tree.error().byteOffset, Depth);
    QCOMPARE(tree.error().message, u"Invalid value."_s);
    // The partial tree: every container runs to the error offset.
    QCOMPARE(tree.nodeCount(), Depth);
    QCOMPARE(tree.valueSpan(0), JsonSpan({ 0, Depth }));
    QCOMPARE(tree.valueSpan(Depth - 1), JsonSpan({ Depth - 1, 1 }));
}

void TestJsonTree::hugeString()
{
    QByteArray text(16 * 1024 * 1024, 'x');
    text[1000] = '\\';
    text[1001] = 'n';
    const QByteArray json = "{\"k\":\"" + text + "\",\"raw\":\"" + QByteArray(1 << 20, 'y') + "\"}";
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
    QVERIFY(tree.isValid());
    const int escaped = tree.child(0, 0);
    QCOMPARE(tree.valueSpan(escaped).length, text.size() + 2);
    const QString decoded = tree.scalarText(escaped);
    QCOMPARE(decoded.size(), text.size() - 1);
    QCOMPARE(decoded.at(1000), u'\n');
    QCOMPARE(tree.scalarUtf8(tree.child(0, 1)).size(), 1 << 20);
}

void TestJsonTree::byteOrderMark_data()
{
    QTest::addColumn<JsonParseMode>("mode");
    QTest::newRow("strict") << JsonParseMode::Strict;
    QTest::newRow("lenient") << JsonParseMode::Lenient;
}

void TestJsonTree::byteOrderMark()
{
    QFETCH(JsonParseMode, mode);
    const QByteArray json = "\xEF\xBB\xBF{\"a\":1}";
    const JsonTree tree = JsonTree::parse(json, mode);
    QVERIFY(tree.isValid());
    QCOMPARE(tree.valueSpan(0), JsonSpan({ 3, 7 }));
    QCOMPARE(tree.keySpan(1), JsonSpan({ 4, 3 }));
    QCOMPARE(tree.nodeAtOffset(1), -1);
    QVERIFY(tree.leniencies().isEmpty());
    QCOMPARE(tree.notes().size(), 1);
    QCOMPARE(tree.notes().first().kind, JsonDiagnostic::Kind::ByteOrderMark);
    QCOMPARE(tree.notes().first().byteOffset, 0);
    QCOMPARE(tree.notes().first().length, 3);

    // Only at the start.
    QVERIFY(!JsonTree::parse("[1]\xEF\xBB\xBF", mode).isValid());
    QVERIFY(!JsonTree::parse(" \xEF\xBB\xBF[1]", mode).isValid());
}

void TestJsonTree::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("bad byte") << QByteArray("[\"ab\xFF\"]") << qint64(4);
    QTest::newRow("lone continuation") << QByteArray("[\"\x80\"]") << qint64(2);
    QTest::newRow("truncated") << QByteArray("[\"caf\xC3\"]") << qint64(5);
    QTest::newRow("overlong") << QByteArray("{\"\xC0\xAF\":1}") << qint64(2);
    QTest::newRow("encoded surrogate") << QByteArray("[\"x\xED\xA0\x80\"]") << qint64(3);
    QTest::newRow("encoded surrogate after escape")
        << QByteArray("[\"\\n\xED\xA0\x80\"]") << qint64(4);
    QTest::newRow("beyond U+10FFFF") << QByteArray("[\"\xF4\x90\x80\x80\"]") << qint64(2);
}

void TestJsonTree::invalidUtf8()
{
    // Strict: an error at the first byte of the bad sequence. Lenient: accepted, shown with
    // U+FFFD, and listed.
    QFETCH(QByteArray, json);
    QFETCH(qint64, offset);
    const JsonTree strict = JsonTree::parse(json, JsonParseMode::Strict);
    QVERIFY(!strict.isValid());
    QCOMPARE(strict.error().message, u"Invalid encoding in string."_s);
    QCOMPARE(strict.error().byteOffset, offset);

    const JsonTree lenient = JsonTree::parse(json, JsonParseMode::Lenient);
    QVERIFY(lenient.isValid());
    QCOMPARE(lenient.leniencies().size(), 1);
    QCOMPARE(lenient.leniencies().first().kind, JsonDiagnostic::Kind::InvalidUtf8);
    QCOMPARE(lenient.leniencies().first().byteOffset, offset);
    QVERIFY(lenient.notes().isEmpty());
    const QString text
        = lenient.kind(1) == JsonNodeKind::String ? lenient.scalarText(1) : lenient.key(1);
    QVERIFY(text.contains(QChar::ReplacementCharacter));
}

void TestJsonTree::loneSurrogateIsNoted()
{
    const QByteArray json = R"(["ok \ud83d\ude00", "bad \udc00 here"])";
    for (const JsonParseMode mode : { JsonParseMode::Strict, JsonParseMode::Lenient }) {
        const JsonTree tree = JsonTree::parse(json, mode);
        QVERIFY(tree.isValid());
        QCOMPARE(tree.notes().size(), 1);
        QCOMPARE(tree.notes().first().kind, JsonDiagnostic::Kind::LoneSurrogate);
        QCOMPARE(tree.notes().first().byteOffset, json.indexOf("\\udc00"));
        QCOMPARE(tree.notes().first().length, 6);
        QVERIFY(tree.scalarText(2).contains(QChar::ReplacementCharacter));
        QVERIFY(tree.leniencies().isEmpty());
    }
}

void TestJsonTree::nodeLimit()
{
    const JsonTree tree = JsonTree::parse("[1,2,3,4]", JsonParseMode::Strict, 3);
    QVERIFY(!tree.isValid());
    QCOMPARE(tree.error().byteOffset, 5);
    QVERIFY2(tree.error().message.contains(u"more than 3 values"),
             qPrintable(tree.error().message));
    QCOMPARE(tree.nodeCount(), 3);
    QCOMPARE(tree.childCount(0), 2);
    QCOMPARE(tree.valueSpan(0), JsonSpan({ 0, 5 }));
    QVERIFY(JsonTree::parse("[1,2,3,4]", JsonParseMode::Strict, 5).isValid());
}

void TestJsonTree::partialTreeOnError()
{
    const QByteArray json = R"({"a":[1,{"b":2}],"c":[3,)";
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Lenient);
    QVERIFY(!tree.isValid());
    QCOMPARE(tree.error().byteOffset, json.size());
    QCOMPARE(tree.nodeCount(), 7);
    QCOMPARE(tree.valueSpan(0), JsonSpan({ 0, json.size() }));
    QCOMPARE(slice(tree, tree.valueSpan(tree.findPointer(u"/a"))), R"([1,{"b":2}])");
    QCOMPARE(tree.scalarText(tree.findPointer(u"/c/0")), u"3"_s);
    verifyStructure(tree);

    // Objects left open are still checked for duplicate keys.
    const JsonTree open
        = JsonTree::parse(R"({"a":1,"b":{"x":0,"x":1},"a":)", JsonParseMode::Strict);
    QVERIFY(!open.isValid());
    QCOMPARE(open.nodeCount(), 5);
    QCOMPARE(kindsOf(open.notes()),
             QList<JsonDiagnostic::Kind>(1, JsonDiagnostic::Kind::DuplicateKey));
    const JsonTree twice = JsonTree::parse(R"({"a":1,"a":[)", JsonParseMode::Strict);
    QCOMPARE(kindsOf(twice.notes()),
             QList<JsonDiagnostic::Kind>(1, JsonDiagnostic::Kind::DuplicateKey));
}

void TestJsonTree::diagnosticListsAreCapped()
{
    QByteArray json = "[";
    for (int i = 0; i < 1500; ++i)
        json += "/**/0,\n";
    json += "1]";
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Lenient);
    QVERIFY(tree.isValid());
    const QList<JsonDiagnostic> leniencies = tree.leniencies();
    QCOMPARE(leniencies.size(), 1001);
    QCOMPARE(leniencies[999].line, 1000);
    const JsonDiagnostic &summary = leniencies.last();
    QCOMPARE(summary.kind, JsonDiagnostic::Kind::Comment);
    QVERIFY2(summary.message.contains(u"500 more"), qPrintable(summary.message));
    QCOMPARE(summary.line, 1001);
    QCOMPARE(summary.column, 1);
}

void TestJsonTree::defaultAndCopiedTrees()
{
    const JsonTree empty;
    QVERIFY(!empty.isValid());
    QCOMPARE(empty.nodeCount(), 0);
    QVERIFY(!empty.error().message.isEmpty());
    QCOMPARE(empty.kind(0), JsonNodeKind::Null);
    QCOMPARE(empty.parent(0), -1);
    QCOMPARE(empty.child(0, 0), -1);
    QCOMPARE(empty.valueSpan(0), JsonSpan());
    QCOMPARE(empty.key(0), QString());
    QCOMPARE(empty.jsonPointer(0), QString());
    QCOMPARE(empty.nodeAtOffset(0), -1);

    JsonTree copy;
    {
        const JsonTree tree = JsonTree::parse(R"({"k": "v\n"})", JsonParseMode::Lenient);
        copy = tree;
    }
    QVERIFY(copy.isValid());
    QCOMPARE(copy.mode(), JsonParseMode::Lenient);
    QCOMPARE(copy.scalarText(1), u"v\n"_s);
    QCOMPARE(copy.scalarText(99), QString());
    QCOMPARE(copy.typeName(-1), QString());
}

void TestJsonTree::textPosition()
{
    const QByteArray text = "ab\ncd\xC3\xA9\xC3\xA9x\n";
    QCOMPARE(JsonTree::textPosition(text, 0).line, 1);
    QCOMPARE(JsonTree::textPosition(text, 0).column, 1);
    QCOMPARE(JsonTree::textPosition(text, 2).column, 3);
    QCOMPARE(JsonTree::textPosition(text, 3).line, 2);
    QCOMPARE(JsonTree::textPosition(text, 3).column, 1);
    QCOMPARE(JsonTree::textPosition(text, 9).column, 5); // after "cdéé"
    QCOMPARE(JsonTree::textPosition(text, 11).line, 3);
    QCOMPARE(JsonTree::textPosition(text, 500).line, 3); // clamped to the end
}

// GUILESS rather than APPLESS: clang -Wpedantic rejects the empty variadic argument of the latter.
QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
