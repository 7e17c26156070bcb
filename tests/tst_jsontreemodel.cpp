#include "models/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void mapsNodesWithoutCopying()
    {
        const QByteArray json = R"({"id":678,"customers":[{"email":"john@acme.com"},{"email":null}],"ok":true,"id":679})";
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(JsonTree::parse(json, JsonParseMode::Strict));
        QCOMPARE(model.rowCount(), 4); // order and the duplicate "id" kept
        QCOMPARE(model.index(0, JsonTreeModel::Key).data().toString(), u"id"_s);
        QCOMPARE(model.index(3, JsonTreeModel::Key).data().toString(), u"id"_s);
        QCOMPARE(model.index(3, JsonTreeModel::Value).data().toString(), u"679"_s);
        const QModelIndex customers = model.index(1, 0);
        QCOMPARE(model.rowCount(customers), 2);
        QCOMPARE(model.index(1, JsonTreeModel::Value).data().toString(), u"[2 items]"_s);
        const QModelIndex second = model.index(1, 0, customers);
        QCOMPARE(second.data().toString(), u"[1]"_s);
        const QModelIndex email = model.index(0, JsonTreeModel::Value, second);
        QCOMPARE(email.data().toString(), u"null"_s);
        QCOMPARE(email.data(JsonTreeModel::PointerRole).toString(), u"/customers/1/email"_s);
        QCOMPARE(email.siblingAtColumn(JsonTreeModel::Path).data().toString(), u"customers[1].email"_s);
        QCOMPARE(model.parent(email), second.siblingAtColumn(0));

        // The value's bytes, for the raw and hex views.
        const QModelIndex john = model.index(0, 0, model.index(0, 0, customers));
        const qint64 offset = john.data(JsonTreeModel::ValueOffsetRole).toLongLong();
        const qint64 length = john.data(JsonTreeModel::ValueLengthRole).toLongLong();
        QCOMPARE(json.mid(offset, length), QByteArray("\"john@acme.com\""));
        QCOMPARE(model.indexOfPointer(u"/customers/0/email"_s), john);
    }

    void marksSchemaViolations()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(JsonTree::parse(R"({"a":{"b":42}})", JsonParseMode::Strict));
        model.setViolations({ { u"/a/b"_s, { u"number is not of a type the schema allows"_s } } });
        const QModelIndex b = model.indexOfPointer(u"/a/b"_s);
        QVERIFY(b.isValid());
        QVERIFY(b.data(JsonTreeModel::ViolationRole).toString().contains(u"not of a type"_s));
        QVERIFY(b.data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.indexOfPointer(u"/a"_s).data(Qt::ForegroundRole).isValid());
    }

    void showsScalarsEmptyAndHugeDocuments()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(JsonTree::parse("\"just text\"", JsonParseMode::Strict));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JsonTreeModel::Value).data().toString(), u"just text"_s);
        model.setTree(JsonTree());
        QCOMPARE(model.rowCount(), 0);
        model.setTree(JsonTree::parse(QByteArray(100'000, '[') + QByteArray(100'000, ']'), JsonParseMode::Strict));
        QModelIndex deepest;
        for (int level = 0; level < 1000; ++level)
            deepest = model.index(0, 0, deepest);
        QVERIFY(deepest.isValid());
    }
};

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
