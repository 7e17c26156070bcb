// EventFields: the columns of an event type's table from the bundled schemas and from fields
// seen in events, and each event's values in them.
#include "providers/eventfields.h"
#include "providers/providercatalog.h"
#include "providers/samplelibrary.h"

#include <QElapsedTimer>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

using Shape = EventFieldColumn::Shape;
using Origin = EventFieldColumn::Origin;

QStringList names(const EventFields &fields)
{
    QStringList names;
    for (const EventFieldColumn &column : fields.columns())
        names.append(column.name);
    return names;
}

const ProviderCatalog &catalog()
{
    static const std::shared_ptr<const ProviderCatalog> loaded = ProviderCatalog::loadDefault();
    return *loaded;
}

EventFields bundledFields(const QString &provider, const QString &eventType)
{
    return EventFields::forEventType(catalog().provider(provider), eventType);
}

QString valueOf(const EventFields &fields, const JsonTree &tree, int event, const QString &column)
{
    const int index = fields.indexOf(column);
    if (index < 0)
        return u"<no column %1>"_s.arg(column);
    return fields.values(tree, event).at(index).text;
}

} // namespace

class TestEventFields : public QObject
{
    Q_OBJECT

private slots:
    void smarterPayColumnsFollowTheSchema()
    {
        const EventFields fields = bundledFields(u"smarterpay"_s, u"customer_account.create"_s);
        const QStringList columns = names(fields);
        // Schema order, nested objects flattened where they sit.
        QCOMPARE(columns.mid(0, 9),
                 (QStringList { u"billing_address_line_1"_s, u"billing_address_line_2"_s,
                                u"billing_city"_s, u"billing_country_code"_s,
                                u"billing_postal_code"_s, u"billing_state"_s, u"client.id"_s,
                                u"company_name"_s, u"created_at"_s }));
        QCOMPARE(columns.at(9), u"created_by.id"_s);
        QCOMPARE(columns.last(), u"title"_s);
        QCOMPARE(columns.size(), 30);
        const EventFieldColumn &line2 = fields.columns().at(1);
        QCOMPARE(line2.types, (QStringList { u"string"_s, u"null"_s }));
        QCOMPARE(line2.description, u"Second line of the billing address, if set."_s);
        QCOMPARE(line2.origin, Origin::Schema);
        const EventFieldColumn &client = fields.columns().at(fields.indexOf(u"client.id"_s));
        QCOMPARE(client.path, (QStringList { u"client"_s, u"id"_s }));
        QCOMPARE(client.pointer, u"/client/id"_s);
        QCOMPARE(client.shape, Shape::Scalar);
    }

    void enadAndPhasioArraysAndFreeFormObjectsAreOneColumn()
    {
        const EventFields enad = bundledFields(u"enad"_s, u"organisations.created"_s);
        const QStringList columns = names(enad);
        QCOMPARE(columns.first(), u"event_type"_s);
        QCOMPARE(columns.at(1), u"payload.id"_s);
        QCOMPARE(enad.columns().at(enad.indexOf(u"payload.store_group_ids"_s)).shape, Shape::Array);
        QCOMPARE(enad.columns().at(enad.indexOf(u"payload.shipping"_s)).shape, Shape::Array);
        QCOMPARE(enad.columns().at(enad.indexOf(u"payload.custom_fields"_s)).shape, Shape::Object);
        QVERIFY(!columns.contains(u"payload.shipping.id"_s));

        const EventFields phasio = bundledFields(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s);
        QCOMPARE(names(phasio),
                 (QStringList { u"id"_s, u"name"_s, u"taxNumber"_s, u"language"_s, u"customers"_s,
                                u"addresses"_s, u"isTaxExempt"_s, u"isApproved"_s, u"createdAt"_s,
                                u"lastUpdatedOn"_s }));
        QCOMPARE(phasio.columns().at(0).types, QStringList { u"integer"_s });
    }

    void valuesOfTheBundledSamples()
    {
        const QByteArray body = SampleLibrary::body(u"smarterpay"_s, u"customer_account.create"_s);
        const JsonTree tree = JsonTree::parse(body, JsonParseMode::Strict);
        QVERIFY(tree.isValid());
        const EventFields fields = bundledFields(u"smarterpay"_s, u"customer_account.create"_s);
        const int first = EventFields::eventNode(tree, u"/events/0"_s);
        const int second = EventFields::eventNode(tree, u"/events/1"_s);
        QVERIFY(first > 0 && second > 0);
        QCOMPARE(valueOf(fields, tree, first, u"billing_city"_s), u"Hull"_s);
        QCOMPARE(valueOf(fields, tree, first, u"created_by.id"_s), u"CU01LG420EJ9VWP1VQWR"_s);
        QCOMPARE(valueOf(fields, tree, second, u"billing_address_line_1"_s),
                 u"Unit 4, Kirkstall Industrial Park"_s);
        const QList<EventFieldValue> values = fields.values(tree, first);
        const EventFieldValue company = values.at(fields.indexOf(u"company_name"_s));
        QVERIFY(company.isPresent());
        QVERIFY(company.isNull());
        QVERIFY(company.text.isEmpty());
        QCOMPARE(tree.key(company.node), u"company_name"_s);

        const QByteArray phasioBody
            = SampleLibrary::body(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s);
        const JsonTree phasio = JsonTree::parse(phasioBody, JsonParseMode::Strict);
        const EventFields phasioFields
            = bundledFields(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s);
        const QList<EventFieldValue> row = phasioFields.values(phasio, JsonTree::RootNode);
        QCOMPARE(row.at(0).text, u"678"_s);
        QCOMPARE(row.at(0).kind, JsonNodeKind::Number);
        const EventFieldValue customers = row.at(phasioFields.indexOf(u"customers"_s));
        QCOMPARE(customers.text, u"1 item"_s);
        QCOMPARE(customers.itemCount, 1);
        QCOMPARE(phasio.kind(customers.node), JsonNodeKind::Array);
        QCOMPARE(row.at(phasioFields.indexOf(u"isTaxExempt"_s)).text, u"false"_s);

        const JsonTree enad = JsonTree::parse(
            SampleLibrary::body(u"enad"_s, u"organisations.created"_s), JsonParseMode::Strict);
        const EventFields enadFields = bundledFields(u"enad"_s, u"organisations.created"_s);
        QCOMPARE(valueOf(enadFields, enad, JsonTree::RootNode, u"payload.custom_fields"_s),
                 u"industry=Technology, size=Enterprise"_s);
        QCOMPARE(valueOf(enadFields, enad, JsonTree::RootNode, u"payload.store_group_ids"_s),
                 u"2 items"_s);
    }

    void seenFieldsAreAppendedInFirstSeenOrder()
    {
        EventFields fields = bundledFields(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s);
        const int schemaColumns = fields.columnCount();
        const JsonTree first = JsonTree::parse(
            R"({"id": 1, "zeta": "z", "extra": {"b": [1, 2, 3], "a": {"deep": true}},)"
            R"("customers": [{"unknown": 1}], "empty": {}})",
            JsonParseMode::Strict);
        QCOMPARE(fields.observe(first, JsonTree::RootNode), 3);
        QCOMPARE(names(fields).mid(schemaColumns),
                 (QStringList { u"zeta"_s, u"extra.b"_s, u"extra.a.deep"_s }));
        QCOMPARE(fields.columns().last().origin, Origin::Seen);
        QCOMPARE(fields.columns().at(schemaColumns + 1).shape, Shape::Array);
        QVERIFY(fields.columns().last().types.isEmpty());
        // Seen again: nothing new. A later event adds its own new fields at the end.
        QCOMPARE(fields.observe(first, JsonTree::RootNode), 0);
        const JsonTree second
            = JsonTree::parse(R"({"empty": {"now": null}, "alpha": 2})", JsonParseMode::Strict);
        QCOMPARE(fields.observe(second, JsonTree::RootNode), 2);
        QCOMPARE(names(fields).mid(schemaColumns + 3),
                 (QStringList { u"empty.now"_s, u"alpha"_s }));

        const QList<EventFieldValue> values = fields.values(first, JsonTree::RootNode);
        QCOMPARE(values.size(), fields.columnCount());
        QCOMPARE(values.at(fields.indexOf(u"extra.b"_s)).text, u"3 items"_s);
        QCOMPARE(values.at(fields.indexOf(u"extra.a.deep"_s)).text, u"true"_s);
        QVERIFY(!values.at(fields.indexOf(u"alpha"_s)).isPresent());
        QVERIFY(!values.at(fields.indexOf(u"name"_s)).isPresent());
    }

    void withoutASchemaEveryColumnIsSeen()
    {
        EventFields fields = EventFields::forEventType(nullptr, u"anything"_s);
        QCOMPARE(fields.columnCount(), 0);
        const JsonTree tree = JsonTree::parse("{\"n\": 1.50, \"big\": 1e400, \"neg\": -0, \"s\": "
                                              "\"caf\\u00e9 \\\"q\\\"\", \"t\": null,"
                                              R"("a.b": 1, "x/y": 2, "": 3, "o": {"k[1]": "v"}})",
                                              JsonParseMode::Strict);
        fields.observe(tree, JsonTree::RootNode);
        QCOMPARE(names(fields),
                 (QStringList { u"n"_s, u"big"_s, u"neg"_s, u"s"_s, u"t"_s, u"[\"a.b\"]"_s,
                                u"x/y"_s, u"[\"\"]"_s, u"o[\"k[1]\"]"_s }));
        QCOMPARE(fields.columns().at(6).pointer, u"/x~1y"_s);
        QCOMPARE(fields.columns().at(5).path, QStringList { u"a.b"_s });
        const QList<EventFieldValue> values = fields.values(tree, JsonTree::RootNode);
        QCOMPARE(values.at(0).text, u"1.50"_s);
        QCOMPARE(values.at(1).text, u"1e400"_s);
        QCOMPARE(values.at(2).text, u"-0"_s);
        QCOMPARE(values.at(3).text, u"café \"q\""_s);
        QVERIFY(values.at(4).isNull());
        QCOMPARE(values.at(5).text, u"1"_s);
        QCOMPARE(values.at(8).text, u"v"_s);
    }

    void ofDuplicateKeysTheFirstCounts()
    {
        EventFields fields;
        const JsonTree tree
            = JsonTree::parse(R"({"a": 1, "a": 2, "o": {"x": "first"}, "o": {"x": "second"}})",
                              JsonParseMode::Strict);
        fields.observe(tree, JsonTree::RootNode);
        QCOMPARE(names(fields), (QStringList { u"a"_s, u"o.x"_s }));
        const QList<EventFieldValue> values = fields.values(tree, JsonTree::RootNode);
        QCOMPARE(values.at(0).text, u"1"_s);
        QCOMPARE(values.at(1).text, u"first"_s);
    }

    void anObjectWhereTheSchemaSaysScalarIsFlattened()
    {
        EventFields fields = bundledFields(u"smarterpay"_s, u"customer_account.create"_s);
        const JsonTree tree = JsonTree::parse(
            R"({"metadata": {"crm": {"id": 7, "tags": ["a"]}, "empty": {}, "none": null},)"
            R"("client": "not an object"})",
            JsonParseMode::Strict);
        const int before = fields.columnCount();
        // metadata's column covers what is below it; client (an object in the schema) gets one.
        QCOMPARE(fields.observe(tree, JsonTree::RootNode), 1);
        QCOMPARE(fields.columns().at(before).name, u"client"_s);
        const QList<EventFieldValue> values = fields.values(tree, JsonTree::RootNode);
        QCOMPARE(values.at(fields.indexOf(u"metadata"_s)).text,
                 u"crm.id=7, crm.tags=1 item, empty={}, none=null"_s);
        QCOMPARE(values.at(fields.indexOf(u"client"_s)).text, u"not an object"_s);
        QVERIFY(!values.at(fields.indexOf(u"client.id"_s)).isPresent());
    }

    void depthIsBounded()
    {
        // 20 levels of {"l": ...} over a scalar; with the default of 8 the 8th key holds the rest.
        QByteArray deep = "1";
        for (int level = 0; level < 20; ++level)
            deep = "{\"l\":" + deep + '}';
        const JsonTree tree = JsonTree::parse(deep, JsonParseMode::Strict);
        EventFields fields;
        QCOMPARE(fields.observe(tree, JsonTree::RootNode), 1);
        const EventFieldColumn column = fields.columns().first();
        QCOMPARE(column.path.size(), EventFields::DefaultMaxDepth);
        QCOMPARE(column.shape, Shape::Object);
        const QString text = fields.values(tree, JsonTree::RootNode).first().text;
        QVERIFY2(text.endsWith(u"={…}"_s), qPrintable(text));
        QVERIFY(text.count(u'.') < 12);

        EventFields shallow(2);
        shallow.observe(tree, JsonTree::RootNode);
        QCOMPARE(names(shallow), QStringList { u"l.l"_s });

        // Far deeper than any stack would take: iterative all the way.
        QByteArray abyss(200'000, '[');
        abyss = "{\"a\":" + abyss + QByteArray(200'000, ']') + '}';
        const JsonTree huge = JsonTree::parse(abyss, JsonParseMode::Strict);
        QVERIFY(huge.isValid());
        EventFields anyDepth;
        anyDepth.observe(huge, JsonTree::RootNode);
        QCOMPARE(anyDepth.values(huge, JsonTree::RootNode).first().text, u"1 item"_s);
    }

    void schemaReferencesAndAllOfAreFollowed()
    {
        const QByteArray schema
            = R"({)"
              R"("definitions": {"address": {"type": "object", "properties": {)"
              R"("city": {"type": "string", "title": "City"}, "zip": {"type": "string"}}},)"
              R"("loop": {"$ref": "#/definitions/loop"}},)"
              R"("allOf": [{"properties": {"fromAllOf": {"type": "number"}}}],)"
              R"("properties": {)"
              R"("home": {"$ref": "#/definitions/address"},)"
              R"("self": {"$ref": "#"},)"
              R"("loop": {"$ref": "#/definitions/loop"},)"
              R"("remote": {"$ref": "https://example.test/schema.json"},)"
              R"("list": {"items": {"type": "string"}})"
              R"(}})";
        const EventFields fields = EventFields::fromSchema(schema);
        const QStringList columns = names(fields);
        QCOMPARE(columns.mid(0, 2), (QStringList { u"home.city"_s, u"home.zip"_s }));
        QCOMPARE(fields.columns().first().title, u"City"_s);
        // "#" is the whole schema again: it nests until the depth limit, then stops.
        QVERIFY(columns.contains(u"self.home.city"_s));
        QVERIFY(columns.contains(u"loop"_s));
        QVERIFY(columns.contains(u"remote"_s));
        QCOMPARE(fields.columns().at(fields.indexOf(u"list"_s)).shape, Shape::Array);
        QCOMPARE(columns.last(), u"fromAllOf"_s);
        for (const EventFieldColumn &column : fields.columns())
            QVERIFY(column.path.size() <= EventFields::DefaultMaxDepth);

        QCOMPARE(EventFields::fromSchema("not json").columnCount(), 0);
        QCOMPARE(EventFields::fromSchema("[]").columnCount(), 0);
    }

    void valuesOfAnythingButAnObjectAreAbsent()
    {
        const EventFields fields = bundledFields(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s);
        const JsonTree array = JsonTree::parse("[1, 2]", JsonParseMode::Strict);
        for (const EventFieldValue &value : fields.values(array, JsonTree::RootNode))
            QVERIFY(!value.isPresent());
        QCOMPARE(fields.values(JsonTree(), 0).size(), fields.columnCount());
        QCOMPARE(EventFields::eventNode(JsonTree::parse("{", JsonParseMode::Strict), QString()),
                 -1);
        QCOMPARE(EventFields::itemCountText(0), u"0 items"_s);
    }

    void thousandsOfRowsAreCheap()
    {
        const QByteArray body = SampleLibrary::body(u"smarterpay"_s, u"customer_account.create"_s);
        const JsonTree tree = JsonTree::parse(body, JsonParseMode::Strict);
        EventFields fields = bundledFields(u"smarterpay"_s, u"customer_account.create"_s);
        const int event = EventFields::eventNode(tree, u"/events/1"_s);
        QElapsedTimer clock;
        clock.start();
        qsizetype cells = 0;
        for (int row = 0; row < 10'000; ++row) {
            fields.observe(tree, event);
            cells += fields.values(tree, event).size();
        }
        QCOMPARE(cells, 10'000 * fields.columnCount());
        qInfo("10,000 rows of %d columns: observe + values in %lld ms", fields.columnCount(),
              clock.elapsed());
        QVERIFY(clock.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestEventFields)
#include "tst_eventfields.moc"
