#include "decode/jsondiff.h"

#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

QStringList describe(const QByteArray &a, const QByteArray &b, bool unchanged = false)
{
    const JsonTree left = JsonTree::parse(a, JsonParseMode::Strict);
    const JsonTree right = JsonTree::parse(b, JsonParseMode::Strict);
    QStringList lines;
    for (const JsonDifference &difference : JsonDiff::compare(left, 0, right, 0, unchanged)) {
        const char *kind = difference.kind == JsonDifference::Kind::Changed ? "changed"
                : difference.kind == JsonDifference::Kind::Added          ? "added"
                : difference.kind == JsonDifference::Kind::Removed        ? "removed"
                                                                          : "same";
        lines.append(QString::fromLatin1(kind) + u" "_s + difference.pointer);
    }
    return lines;
}

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT

private slots:
    void findsChangesAdditionsAndRemovals()
    {
        QCOMPARE(describe(R"({"a":1,"b":{"c":"x","d":[1,2,3]},"gone":true})",
                          R"({"a":1,"b":{"c":"y","d":[1,2]},"new":null})"),
                 QStringList({ u"changed /b/c"_s, u"removed /b/d/2"_s, u"removed /gone"_s, u"added /new"_s }));
    }

    void comparesNumbersAsWrittenAndTypes()
    {
        QCOMPARE(describe(R"({"n":1.0,"t":"1"})", R"({"n":1,"t":1})"),
                 QStringList({ u"changed /n"_s, u"changed /t"_s }));
        QCOMPARE(describe(R"({"o":{"x":1}})", R"({"o":[1]})"), QStringList({ u"changed /o"_s }));
    }

    void pairsRepeatedKeysByOrder()
    {
        QCOMPARE(describe(R"({"k":1,"k":2})", R"({"k":1,"k":3})"), QStringList({ u"changed /k"_s }));
        QCOMPARE(describe(R"({"a/b":1})", R"({"a/b":2})"), QStringList({ u"changed /a~1b"_s }));
    }

    void reportsNothingForEqualDocumentsAndAllWhenAsked()
    {
        QVERIFY(describe(R"({"a":[1,{"b":null}]})", R"({"a":[1,{"b":null}]})").isEmpty());
        QCOMPARE(describe(R"({"a":1})", R"({"a":1})", true), QStringList({ u"same "_s, u"same /a"_s }));
    }

    void survivesDeepNesting()
    {
        const QByteArray deep = QByteArray(50'000, '[') + "1" + QByteArray(50'000, ']');
        const QByteArray other = QByteArray(50'000, '[') + "2" + QByteArray(50'000, ']');
        const QStringList lines = describe(deep, other);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith(u"changed /0/0/0"_s));
    }
};

QTEST_APPLESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
