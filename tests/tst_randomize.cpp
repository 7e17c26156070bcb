// "Randomize" of the composer: FakeValues' formats, and BodyRandomizer over every bundled
// sample (still valid against its schemas, same keys in the same order, pins kept, one seed one
// body).
#include "decode/jsontree.h"
#include "providers/providercatalog.h"
#include "providers/samplelibrary.h"
#include "send/bodycomposer.h"
#include "send/bodyrandomizer.h"
#include "send/fakevalues.h"
#include "send/timetext.h"
#include "send/sendrequestbuilder.h"

#include <QRegularExpression>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);

std::shared_ptr<const ProviderCatalog> catalog()
{
    static const std::shared_ptr<const ProviderCatalog> loaded = ProviderCatalog::loadDefault();
    return loaded;
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

const QString kEmail = u"[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}"_s;
const QString kUuidV4 = u"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"_s;
// RFC 3339 date-time (section 5.6), seconds and zone required.
const QString kRfc3339 = u"\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})"_s;

// Keys in document order with their pointer, and the kind of every value: what randomizing
// must not change.
QStringList shapeOf(const QByteArray &json)
{
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
    QStringList shape;
    for (int node = 0; node < tree.nodeCount(); ++node)
        shape.append(tree.jsonPointer(node) + u' ' + tree.typeName(node));
    return shape;
}

// The decoded text of a string (or a number's text) at a pointer.
QString textAt(const QByteArray &json, const QString &pointer)
{
    const JsonTree tree = JsonTree::parse(json, JsonParseMode::Strict);
    return tree.scalarText(tree.findPointer(pointer));
}

BodyRandomizer::Result randomized(const QString &provider, const QString &eventType, quint32 seed,
                                  const QSet<QString> &pinned = {})
{
    const BodyComposer composer(catalog()->provider(provider), eventType);
    QString error;
    const std::optional<BodyRandomizer::Result> result =
            BodyRandomizer(composer, seed, kNow).randomize(SampleLibrary::body(provider, eventType), pinned, &error);
    if (!result)
        qWarning() << error;
    return result.value_or(BodyRandomizer::Result());
}

} // namespace

class TestRandomize : public QObject
{
    Q_OBJECT

private slots:
    void drawsValuesOfTheirFormat()
    {
        FakeValues values(7);
        for (int round = 0; round < 200; ++round) {
            const QString country = values.country();
            const FakeValues::Person person = values.person(country);
            const QString email = values.email(person, country);
            QVERIFY2(matches(kEmail, email), qPrintable(email));
            const QString uuid = values.uuidV4();
            QVERIFY2(matches(kUuidV4, uuid), qPrintable(uuid));
            const QString time = TimeText::format(kNow.addSecs(-round * 7919));
            QVERIFY2(matches(kRfc3339, time), qPrintable(time));
            QVERIFY(QDateTime::fromString(time, Qt::ISODate).isValid());
            const QString phone = values.phone(country);
            QVERIFY2(matches(u"\\+\\d[\\d -]{7,18}\\d"_s, phone), qPrintable(phone));
        }
    }

    void keepsTheStyleOfTheTimeItReplaces_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("expected");
        const QString at = u"2026-03-14T09:30:00"_s;
        QTest::newRow("Z") << u"2024-04-15T10:28:51Z"_s << at + u"Z"_s;
        QTest::newRow("no zone") << u"2025-01-10T08:00:00"_s << at;
        QTest::newRow("offset") << u"2025-03-12T10:21:03+01:00"_s << u"2026-03-14T10:30:00+01:00"_s;
        QTest::newRow("fraction") << u"2025-03-12T09:41:27.318204Z"_s << at + u".000000Z"_s;
        QTest::newRow("none") << QString() << at + u"Z"_s;
    }

    void keepsTheStyleOfTheTimeItReplaces()
    {
        QFETCH(QString, example);
        QFETCH(QString, expected);
        QCOMPARE(TimeText::format(kNow, example), expected);
        // What an editor shows of a time and writes back is what was there.
        if (!example.isEmpty()) {
            const std::optional<QDateTime> wall = TimeText::wallClock(example);
            QVERIFY(wall);
            QCOMPARE(TimeText::withWallClock(*wall, example), example.contains(u'.') ? example.left(19) + u".318000Z"_s : example);
        }
    }

    // Real postcodes of real places: each country's form, and the place's region.
    void drawsAddressesWithTheirCountrysPostcodes()
    {
        const QHash<QString, QString> postcodes = {
            { u"GB"_s, u"[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}"_s },
            { u"US"_s, u"\\d{5}"_s },
            { u"DE"_s, u"\\d{5}"_s },
            { u"FR"_s, u"\\d{5}"_s },
            { u"ES"_s, u"\\d{5}"_s },
            { u"IT"_s, u"\\d{5}"_s },
            { u"NL"_s, u"[1-9]\\d{3} [A-Z]{2}"_s },
            { u"SE"_s, u"\\d{3} \\d{2}"_s },
        };
        const QStringList countries = FakeValues::countries();
        QCOMPARE(QSet<QString>(countries.cbegin(), countries.cend()),
                 QSet<QString>(postcodes.keyBegin(), postcodes.keyEnd()));
        FakeValues values(11);
        for (auto it = postcodes.cbegin(); it != postcodes.cend(); ++it) {
            QSet<QString> cities;
            for (int round = 0; round < 40; ++round) {
                const FakeValues::Address address = values.address(it.key());
                QCOMPARE(address.country, it.key());
                QVERIFY2(matches(it.value(), address.postcode), qPrintable(it.key() + u' ' + address.postcode));
                QVERIFY(!address.city.isEmpty());
                QVERIFY(!address.region.isEmpty());
                QVERIFY(!address.line1.isEmpty());
                cities.insert(address.city);
            }
            QVERIFY2(cities.size() > 2, qPrintable(it.key()));
        }
    }

    void drawsIdsOfTheExamplesShape_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("shape");
        QTest::newRow("SmarterPay") << u"CA01G420EJ9D44P1VQWR"_s << u"CA01[0-9A-Z]{16}"_s;
        QTest::newRow("SmarterPay client") << u"CL01LG420EJ9DP1VQWR9"_s << u"CL01[0-9A-Z]{16}"_s;
        QTest::newRow("Stripe") << u"evt_1PqLk2Hk2sD9vXa0yH3nR6tJ"_s << u"evt_[0-9A-Za-z]{24}"_s;
        QTest::newRow("Stripe short") << u"cus_QiB3nP7sXv9KdT"_s << u"cus_[0-9A-Za-z]{14}"_s;
        QTest::newRow("dashed") << u"addr-001"_s << u"addr-\\d{3}"_s;
        QTest::newRow("git sha") << u"9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d"_s << u"[0-9a-f]{40}"_s;
        QTest::newRow("uuid") << u"123e4567-e89b-12d3-a456-426614174000"_s << kUuidV4;
        QTest::newRow("digits") << u"48213"_s << u"\\d{5}"_s;
    }

    void drawsIdsOfTheExamplesShape()
    {
        QFETCH(QString, example);
        QFETCH(QString, shape);
        FakeValues values(3);
        QSet<QString> seen;
        for (int round = 0; round < 50; ++round) {
            const QString id = values.idLike(example);
            QVERIFY2(matches(shape, id), qPrintable(id));
            seen.insert(id);
        }
        QVERIFY(seen.size() > 40);
    }

    // Every sample stays valid against its schemas and keeps its keys, order and types.
    void randomizedSamplesStayValid()
    {
        const SendRequestBuilder builder(catalog());
        for (const SampleReference &sample : SampleLibrary::bundled()) {
            const ProviderDefinition *provider = catalog()->provider(sample.provider);
            QVERIFY(provider);
            const QByteArray original = SampleLibrary::body(sample.provider, sample.eventType);
            for (quint32 seed : { 1u, 2u, 3u, 4u, 5u }) {
                const BodyRandomizer::Result result = randomized(sample.provider, sample.eventType, seed);
                QVERIFY2(!result.body.isEmpty(), qPrintable(sample.name()));
                QCOMPARE(shapeOf(result.body), shapeOf(original));
                const QList<SchemaViolation> violations = builder.violations(result.body, *provider, sample.eventType);
                QVERIFY2(violations.isEmpty(),
                         qPrintable(sample.name() + u" seed "_s + QString::number(seed) + u": "_s
                                    + violations.value(0).pointer + u' ' + violations.value(0).message));
            }
            QVERIFY2(randomized(sample.provider, sample.eventType, 1).changed > 0, qPrintable(sample.name()));
        }
    }

    void oneSeedGivesOneBody()
    {
        const QByteArray first = randomized(u"smarterpay"_s, u"customer_account.create"_s, 42).body;
        QCOMPARE(randomized(u"smarterpay"_s, u"customer_account.create"_s, 42).body, first);
        QVERIFY(randomized(u"smarterpay"_s, u"customer_account.create"_s, 43).body != first);
    }

    void fillsSmarterPayFieldsRealistically()
    {
        const QByteArray original = SampleLibrary::body(u"smarterpay"_s, u"customer_account.create"_s);
        for (quint32 seed = 1; seed <= 20; ++seed) {
            const QByteArray body = randomized(u"smarterpay"_s, u"customer_account.create"_s, seed).body;
            for (const QString &event : { u"/events/0"_s, u"/events/1"_s }) {
                for (const QString &id : { u"/id"_s, u"/event_id"_s, u"/client/id"_s, u"/created_by/id"_s })
                    QVERIFY2(matches(u"[A-Z]{2}\\d{2}[0-9A-Z]{16}"_s, textAt(body, event + id)), qPrintable(textAt(body, event + id)));
                QVERIFY(textAt(body, event + u"/id"_s).startsWith(u"CA01"_s));
                QVERIFY(textAt(body, event + u"/id"_s) != textAt(original, event + u"/id"_s));
                QVERIFY(matches(kEmail, textAt(body, event + u"/email"_s)));
                QVERIFY(matches(kRfc3339, textAt(body, event + u"/created_at"_s)));
                // A UK Direct Debit vendor's customers stay in the UK, with UK postcodes.
                QCOMPARE(textAt(body, event + u"/billing_country_code"_s), u"GB"_s);
                QVERIFY(matches(u"[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}"_s, textAt(body, event + u"/billing_postal_code"_s)));
                // The event type stays, and so do nulls.
                QCOMPARE(textAt(body, event + u"/event_type"_s), textAt(original, event + u"/event_type"_s));
                QCOMPARE(textAt(body, event + u"/delivery_city"_s), textAt(original, event + u"/delivery_city"_s));
                // Times follow each other as in the record.
                QVERIFY(textAt(body, event + u"/created_at"_s) <= textAt(body, event + u"/edited_at"_s));
            }
            // One client everywhere it is named.
            QCOMPARE(textAt(body, u"/events/0/client/id"_s), textAt(body, u"/client/id"_s));
            QCOMPARE(textAt(body, u"/events/1/client/id"_s), textAt(body, u"/client/id"_s));
            // A person's e-mail address is made from their name.
            const QString local = textAt(body, u"/events/0/email"_s).section(u'@', 0, 0);
            const auto folded = [](const QString &name) {
                return name.toLower().normalized(QString::NormalizationForm_KD).remove(QRegularExpression(u"[^a-z]"_s));
            };
            QVERIFY2(local.contains(folded(textAt(body, u"/events/0/first_name"_s)))
                             || local.contains(folded(textAt(body, u"/events/0/last_name"_s))),
                     qPrintable(local));
        }
    }

    void keepsPinnedFields()
    {
        const QByteArray original = SampleLibrary::body(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s);
        const QSet<QString> pinned = { u"/name"_s, u"/customers/0"_s };
        for (quint32 seed = 1; seed <= 10; ++seed) {
            const QByteArray body = randomized(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s, seed, pinned).body;
            QCOMPARE(textAt(body, u"/name"_s), textAt(original, u"/name"_s));
            for (const QString &field : { u"/id"_s, u"/email"_s, u"/firstName"_s, u"/phoneNumber"_s })
                QCOMPARE(textAt(body, u"/customers/0"_s + field), textAt(original, u"/customers/0"_s + field));
            QVERIFY(textAt(body, u"/id"_s) != textAt(original, u"/id"_s));
        }
        // Everything pinned: nothing changes.
        QCOMPARE(randomized(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s, 1, { QString() }).body, original);
        QCOMPARE(randomized(u"phasio"_s, u"CUSTOMER_ORGANISATION_CREATED"_s, 1, { QString() }).changed, 0);
    }

    void refusesWhatIsNotJson()
    {
        const BodyComposer composer(nullptr, QString());
        QString error;
        QVERIFY(!BodyRandomizer(composer, 1, kNow).randomize("{\"a\": ", {}, &error));
        QVERIFY(error.contains(u"not JSON"_s));
    }
};

QTEST_GUILESS_MAIN(TestRandomize)
#include "tst_randomize.moc"
