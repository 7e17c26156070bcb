#include "store/deliveryjournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

Delivery sample(int n)
{
    Delivery delivery;
    delivery.receivedAtNs = 1'700'000'000'000'000'000LL + n;
    delivery.method = "POST";
    delivery.target = "/j/" + QByteArray::number(n);
    delivery.httpVersion = "HTTP/1.1";
    delivery.headers = { { "X-N", QByteArray::number(n) }, { "x-n", "again" } };
    delivery.body = QByteArray(n % 7, char(n)) + QByteArray("\x00\xff", 2);
    delivery.peerAddress = u"127.0.0.1"_s;
    delivery.peerPort = quint16(n);
    delivery.response = { 202, { { "Content-Length", "0" } }, {} };
    delivery.declaredBodyBytes = delivery.body.size();
    delivery.classification = { u"/j"_s, u"willsuite"_s, { u"customer.created"_s }, u"missing"_s };
    return delivery;
}

QList<Delivery> replayAll(const QString &directory, quint64 after = 0)
{
    QList<Delivery> seen;
    QString error;
    DeliveryJournal::replay(directory, after, [&](Delivery &&delivery) { seen.append(delivery); },
                            &error);
    return seen;
}

QStringList journalFiles(const QString &directory)
{
    return QDir(directory).entryList({ u"*.journal"_s }, QDir::Files, QDir::Name);
}

} // namespace

class TestDeliveryJournal : public QObject
{
    Q_OBJECT

private slots:
    void encodesEveryField()
    {
        Delivery original = sample(5);
        original.rejection = u"too large"_s;
        original.origin = Delivery::Origin::Imported;
        Delivery decoded;
        QVERIFY(DeliveryJournal::decode(DeliveryJournal::encode(original), &decoded));
        QCOMPARE(decoded.receivedAtNs, original.receivedAtNs);
        QCOMPARE(decoded.target, original.target);
        QCOMPARE(decoded.headers, original.headers);
        QCOMPARE(decoded.body, original.body);
        QCOMPARE(decoded.peerPort, original.peerPort);
        QCOMPARE(decoded.response.status, 202);
        QCOMPARE(decoded.response.headers, original.response.headers);
        QCOMPARE(decoded.rejection, original.rejection);
        QCOMPARE(decoded.origin, Delivery::Origin::Imported);
        QCOMPARE(decoded.classification.eventTypes, original.classification.eventTypes);
        QCOMPARE(decoded.classification.signature, u"missing"_s);
        QVERIFY(!DeliveryJournal::decode("garbage", &decoded));
    }

    void appendsAndReplaysInOrder()
    {
        QTemporaryDir dir;
        DeliveryJournal journal;
        QVERIFY(journal.open({ dir.path(), false, 1 << 20 }, 0));
        QList<Delivery> first = { sample(1), sample(2) };
        QList<Delivery> second = { sample(3) };
        QVERIFY(journal.append(first));
        QVERIFY(journal.append(second));
        QCOMPARE(first.at(0).journalSequence, 1u);
        QCOMPARE(second.at(0).journalSequence, 3u);
        journal.close();

        const QList<Delivery> all = replayAll(dir.path());
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(2).target, QByteArray("/j/3"));
        QCOMPARE(all.at(2).journalSequence, 3u);
        QCOMPARE(replayAll(dir.path(), 2).size(), 1);
    }

    void cutsOffATornTailAndContinues()
    {
        QTemporaryDir dir;
        {
            DeliveryJournal journal;
            QVERIFY(journal.open({ dir.path(), false, 1 << 20 }, 0));
            QList<Delivery> batch = { sample(1), sample(2) };
            QVERIFY(journal.append(batch));
        }
        const QString file = dir.filePath(journalFiles(dir.path()).constFirst());
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.resize(f.size() - 5); // a crash in the middle of the second record
        }
        QCOMPARE(replayAll(dir.path()).size(), 1);
        DeliveryJournal journal;
        QVERIFY(journal.open({ dir.path(), false, 1 << 20 }, 0));
        QList<Delivery> next = { sample(9) };
        QVERIFY(journal.append(next));
        QCOMPARE(next.first().journalSequence, 2u);
        journal.close();
        const QList<Delivery> all = replayAll(dir.path());
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).target, QByteArray("/j/9"));
    }

    void rotatesAndDiscardsIndexedFiles()
    {
        QTemporaryDir dir;
        DeliveryJournal journal;
        QVERIFY(journal.open({ dir.path(), false, 50 }, 0)); // tiny files: one batch each
        for (int n = 1; n <= 4; ++n) {
            QList<Delivery> batch = { sample(n) };
            QVERIFY(journal.append(batch));
        }
        QCOMPARE(journalFiles(dir.path()).size(), 5); // four full ones and the current one
        DeliveryJournal::discardIndexed(dir.path(), 2);
        QCOMPARE(journalFiles(dir.path()).size(), 3);
        QCOMPARE(replayAll(dir.path()).constFirst().journalSequence, 3u);
        DeliveryJournal::discardIndexed(dir.path(), 4);
        QCOMPARE(journalFiles(dir.path()).size(), 1); // the newest file always stays
        QVERIFY(replayAll(dir.path()).isEmpty());
    }

    void sequencesNeverGoBackwards()
    {
        QTemporaryDir dir;
        DeliveryJournal journal;
        // The store is indexed further than any file here (files discarded): continue after it.
        QVERIFY(journal.open({ dir.path(), false, 1 << 20 }, 41));
        QList<Delivery> batch = { sample(1) };
        QVERIFY(journal.append(batch));
        QCOMPARE(batch.first().journalSequence, 42u);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryJournal)
#include "tst_deliveryjournal.moc"
