#include "damagedstores.h"
#include "exchange/ndjsonreader.h"
#include "headlessprocess.h"
#include "rawhttpclient.h"
#include "store/datadirectory.h"
#include "store/deliverystore.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hookscope;
using namespace Qt::StringLiterals;

namespace {

struct SentRequest
{
    QByteArray target;
    QByteArray contentType;
    QByteArray body;
};

// Every bundled sample, plus bodies that are hard to keep byte-exact.
QList<SentRequest> requestsToSend()
{
    QList<SentRequest> requests;
    QDirIterator samples(QStringLiteral(HOOKSCOPE_SOURCE_DIR "/samples"), { u"*.json"_s },
                         QDir::Files, QDirIterator::Subdirectories);
    while (samples.hasNext()) {
        QFile file(samples.next());
        if (file.open(QIODevice::ReadOnly)) {
            const QString provider = QFileInfo(file.fileName()).dir().dirName();
            requests.append({ "/" + provider.toUtf8(), "application/json", file.readAll() });
        }
    }
    QByteArray allBytes;
    for (int byte = 0; byte < 256; ++byte)
        allBytes.append(char(byte));
    requests.append({ "/binary", "application/octet-stream", allBytes.repeated(40) });
    requests.append({ "/latin1?name=caf%E9", "text/plain; charset=iso-8859-1", "caf\xe9 cr\xe8me" });
    requests.append({ "/empty", "application/json", QByteArray() });
    requests.append({ "/lenient", "application/json", "{\"a\": 1,}\n// trailing comment\n" });
    return requests;
}

QByteArray postRequest(const SentRequest &request)
{
    return "POST " + request.target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
            + request.contentType + "\r\nContent-Length: " + QByteArray::number(request.body.size())
            + "\r\n\r\n" + request.body;
}

QList<Delivery> readNdjson(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    NdjsonReader reader(&buffer);
    QList<Delivery> deliveries;
    while (!reader.atEnd()) {
        if (std::optional<Delivery> delivery = reader.next())
            deliveries.append(*delivery);
    }
    return deliveries;
}

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private slots:
    void printsVersionAndHelp()
    {
        QByteArray output;
        QCOMPARE(runHookscope({ u"--version"_s }, &output), 0);
        QVERIFY(output.startsWith("hookscope " HOOKSCOPE_VERSION));
        QCOMPARE(runHookscope({ u"--help"_s }, &output), 0);
        QVERIFY(output.contains("--headless"));
        QVERIFY(output.contains("--listen"));
        QVERIFY(output.contains("export"));
        QByteArray error;
        QCOMPARE(runHookscope({ u"--headless"_s, u"--listen"_s, u"nonsense"_s }, nullptr, &error), 2);
        QVERIFY(error.contains("expected ADDR:PORT"));
        QCOMPARE(runHookscope({ u"--headless"_s, u"--max-body"_s, u"12X"_s }, nullptr, &error), 2);
        QVERIFY2(error.contains("--max-body \"12X\": expected a size"), error.constData());
        QCOMPARE(runHookscope({ u"--headless"_s, u"--idle-timeout"_s, u"-1"_s }, nullptr, &error), 2);
        QVERIFY2(error.contains("--idle-timeout"), error.constData());
        QCOMPARE(runHookscope({ u"--headless"_s, u"--max-connections"_s, u"0"_s }, nullptr, &error), 2);
        QVERIFY2(error.contains("--max-connections"), error.constData());
    }

    void refusesAStoreItCannotUse_data()
    {
        QTest::addColumn<damagedstores::Damage>("damage");
        QTest::addColumn<QString>("problem");
        QTest::newRow("garbage") << damagedstores::Damage::Garbage << u"not an SQLite database"_s;
        QTest::newRow("truncated") << damagedstores::Damage::Truncated << u"cut short"_s;
        QTest::newRow("newer") << damagedstores::Damage::Newer << u"written by a newer Hookscope"_s;
    }

    // Capture, export, import and replay all say what is wrong with the store and how out, exit
    // non-zero, and leave the file as it was.
    void refusesAStoreItCannotUse()
    {
        QFETCH(damagedstores::Damage, damage);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(u"data"_s);
        const QString database = damagedstores::makeDamaged(dataDir, damage);
        QVERIFY(!database.isEmpty());
        const QByteArray before = damagedstores::digestOf(database);
        QFile ndjson(dir.filePath(u"one.ndjson"_s));
        QVERIFY(damagedstores::writeStore(dir.filePath(u"good"_s), 1));
        QCOMPARE(runHookscope({ u"export"_s, u"--data-dir"_s, dir.filePath(u"good"_s), u"-o"_s, ndjson.fileName() }), 0);

        const QList<QStringList> commands = {
            { u"--headless"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, dataDir },
            { u"export"_s, u"--data-dir"_s, dataDir },
            { u"import"_s, u"--data-dir"_s, dataDir, ndjson.fileName() },
            { u"replay"_s, u"--data-dir"_s, dataDir, u"--id"_s, u"1"_s, u"--url"_s, u"http://127.0.0.1:9/"_s },
        };
        for (const QStringList &command : commands) {
            QByteArray output;
            QByteArray error;
            const int exitCode = runHookscope(command, &output, &error);
            QVERIFY2(exitCode > 0, qPrintable(command.first() + u" exited with "_s + QString::number(exitCode)));
            const QString said = QString::fromUtf8(error);
            QVERIFY2(said.contains(database) && said.contains(problem) && said.contains(u"Nothing was changed"_s)
                             && said.contains(u"--data-dir"_s),
                     qPrintable(command.first() + u": "_s + said));
            QVERIFY2(!said.contains(u"Sanitizer"_s), qPrintable(said));
            QVERIFY(output.isEmpty());
            QCOMPARE(damagedstores::digestOf(database), before);
        }
    }

    // A data directory or store that others can read is named with the chmod that fixes it.
    void warnsOfADataDirectoryOthersCanRead()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(u"open"_s);
        QVERIFY(damagedstores::writeStore(dataDir, 1));
        const QString database = DataDirectory::databasePath(dataDir);
        QVERIFY(QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(database, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup));
        HeadlessProcess hookscope;
        QVERIFY(hookscope.start(dataDir));
        QVERIFY(hookscope.terminate());
        const QString said = QString::fromUtf8(hookscope.process().readAllStandardError());
        QVERIFY2(said.contains(u"warning: the data directory %1 can be read by its group and every user"_s.arg(dataDir))
                         && said.contains(u"chmod 700 %1"_s.arg(dataDir)),
                 qPrintable(said));
        QVERIFY2(said.contains(u"the delivery store %1 can be read and changed by its group"_s.arg(database))
                         && said.contains(u"chmod 600 %1"_s.arg(database)),
                 qPrintable(said));

        // A data directory Hookscope makes is its owner's alone, and says nothing.
        const QString fresh = dir.filePath(u"fresh"_s);
        HeadlessProcess second;
        QVERIFY(second.start(fresh));
        QVERIFY(second.terminate());
        QCOMPARE(second.process().readAllStandardError(), QByteArray());
        QVERIFY(DataDirectory::exposure(fresh).isEmpty());
        QCOMPARE(QFileInfo(DataDirectory::databasePath(fresh)).permissions() & 0x0077, QFile::Permissions());
    }

    void capturesExportsAndImportsByteForByte()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(u"data"_s);
        HeadlessProcess hookscope;
        QVERIFY(hookscope.start(dataDir, { u"--endpoint"_s, u"/willsuite=willsuite,status=202"_s }));

        const QList<SentRequest> requests = requestsToSend();
        QVERIFY(requests.size() >= 4);
        for (const SentRequest &request : requests) {
            RawHttpClient client(hookscope.port());
            QVERIFY(client.waitConnected());
            client.send(postRequest(request));
            QTRY_COMPARE(client.responses().size(), 1);
            const int expected = request.target == "/willsuite" ? 202 : 200;
            QCOMPARE(RawHttpClient::statusOf(client.responses().first()), expected);
        }

        const QString exportFile = dir.filePath(u"export.ndjson"_s);
        QByteArray error;
        QCOMPARE(runHookscope({ u"export"_s, u"--data-dir"_s, dataDir, u"--format"_s, u"ndjson"_s,
                                u"-o"_s, exportFile },
                              nullptr, &error),
                 0);
        QVERIFY(hookscope.terminate());

        QFile file(exportFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray exported = file.readAll();
        const QList<Delivery> deliveries = readNdjson(exported);
        QCOMPARE(deliveries.size(), requests.size());
        for (qsizetype i = 0; i < requests.size(); ++i) {
            QCOMPARE(deliveries.at(i).target, requests.at(i).target);
            QCOMPARE(deliveries.at(i).body, requests.at(i).body);
            QCOMPARE(headerValue(deliveries.at(i).headers, "Content-Type"), requests.at(i).contentType);
        }

        // Import into a fresh store and export again: the same raw bytes come back.
        const QString otherDir = dir.filePath(u"other"_s);
        QCOMPARE(runHookscope({ u"import"_s, u"--data-dir"_s, otherDir, exportFile }, nullptr, &error), 0);
        QVERIFY(error.contains("imported " + QByteArray::number(requests.size())));
        QByteArray reexported;
        QCOMPARE(runHookscope({ u"export"_s, u"--data-dir"_s, otherDir }, &reexported), 0);
        const QList<Delivery> again = readNdjson(reexported);
        QCOMPARE(again.size(), deliveries.size());
        for (qsizetype i = 0; i < again.size(); ++i) {
            QCOMPARE(again.at(i).body, deliveries.at(i).body);
            QCOMPARE(again.at(i).headers, deliveries.at(i).headers);
            QCOMPARE(again.at(i).target, deliveries.at(i).target);
            QCOMPARE(again.at(i).receivedAtNs, deliveries.at(i).receivedAtNs);
            QCOMPARE(again.at(i).response.body, deliveries.at(i).response.body);
            QCOMPARE(again.at(i).response.status, deliveries.at(i).response.status);
        }
        QVERIFY(reexported.contains("\"imported\":true"));
    }

    void exportFiltersByProvider()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(u"data"_s);
        HeadlessProcess hookscope;
        QVERIFY(hookscope.start(dataDir, { u"--endpoint"_s, u"/a=alpha"_s, u"--endpoint"_s, u"/b=beta/thing.done"_s }));
        for (const QByteArray target : { "/a/1", "/b", "/a/2", "/c" }) {
            RawHttpClient client(hookscope.port());
            QVERIFY(client.waitConnected());
            client.send("POST " + target + " HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}");
            QTRY_COMPARE(client.responses().size(), 1);
        }
        QVERIFY(hookscope.terminate());
        QByteArray output;
        QCOMPARE(runHookscope({ u"export"_s, u"--data-dir"_s, dataDir, u"--provider"_s, u"alpha"_s }, &output), 0);
        QCOMPARE(output.count('\n'), 2);
        QCOMPARE(runHookscope({ u"export"_s, u"--data-dir"_s, dataDir, u"--event-type"_s, u"thing.done"_s }, &output), 0);
        QCOMPARE(output.count('\n'), 1);
        QVERIFY(output.contains("\"endpoint\":\"/b\""));
        QByteArray error;
        QCOMPARE(runHookscope({ u"export"_s, u"--data-dir"_s, dir.filePath(u"missing"_s) }, nullptr, &error), 1);
        QVERIFY(error.contains("no delivery store"));
    }

    void refusesA500MiBUploadWithoutGrowing()
    {
#if defined(Q_OS_LINUX)
        QTemporaryDir dir;
        HeadlessProcess hookscope;
        QVERIFY(hookscope.start(dir.filePath(u"data"_s)));
        auto peakKiB = [&] {
            QFile status(u"/proc/%1/status"_s.arg(hookscope.process().processId()));
            if (!status.open(QIODevice::ReadOnly))
                return qint64(-1);
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    return line.mid(6).trimmed().split(' ').first().toLongLong();
            }
            return qint64(-1);
        };
        const qint64 before = peakKiB();
        QVERIFY(before > 0);

        // Stream the body as a client that does not wait for 100 Continue would, until the
        // server answers or closes; bounded by 500 MiB and 30 s.
        constexpr qint64 kTotal = 500LL * 1024 * 1024;
        RawHttpClient client(hookscope.port());
        QVERIFY(client.waitConnected());
        client.send("PUT /upload HTTP/1.1\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                    + QByteArray::number(kTotal) + "\r\n\r\n");
        const QByteArray chunk(1024 * 1024, 'x');
        qint64 sent = 0;
        QElapsedTimer clock;
        clock.start();
        while (sent < kTotal && !client.isClosed() && client.responses().isEmpty() && clock.elapsed() < 30000) {
            if (client.socket().bytesToWrite() < 4 * chunk.size()) {
                client.socket().write(chunk);
                sent += chunk.size();
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!client.responses().isEmpty() || client.isClosed(), 10000);
        if (!client.responses().isEmpty())
            QCOMPARE(RawHttpClient::statusOf(client.responses().first()), 413);
        const qint64 after = peakKiB();
        qInfo("sent %lld MiB before the answer; peak RSS %lld MiB before, %lld MiB after",
              sent >> 20, before >> 10, after >> 10);
        QVERIFY2(after - before < 48 * 1024, "a refused upload must not be buffered");

        // Still serving, and the refusal is on record.
        RawHttpClient next(hookscope.port());
        QVERIFY(next.waitConnected());
        next.send("GET /after HTTP/1.1\r\n\r\n");
        QTRY_COMPARE(next.responses().size(), 1);
        QCOMPARE(RawHttpClient::statusOf(next.responses().first()), 200);
        QVERIFY(hookscope.terminate());
        QByteArray exported;
        QCOMPARE(runHookscope({ u"export"_s, u"--data-dir"_s, dir.filePath(u"data"_s) }, &exported), 0);
        QVERIFY(exported.contains("\"rejection\":\"request body too large"));
#else
        QSKIP("reads /proc");
#endif
    }

    void keepsEveryAcknowledgedDeliveryThroughKill9()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(u"data"_s);
        HeadlessProcess hookscope;
        QVERIFY(hookscope.start(dataDir));

        // Eight keep-alive connections, each sending its next request when answered; the
        // process is killed mid-stream. Bounded: at most 4000 requests or 20 s.
        constexpr int kConnections = 8;
        constexpr int kKillAfter = 1500;
        QSet<QByteArray> acknowledged;
        QList<RawHttpClient *> clients;
        QList<int> answered(kConnections, 0);
        int sent = 0;
        auto sendNext = [&](int connection) {
            const QByteArray marker = "c" + QByteArray::number(connection) + "-" + QByteArray::number(sent++);
            clients[connection]->socket().setProperty("marker", marker);
            clients[connection]->send("POST /load HTTP/1.1\r\nContent-Length: " + QByteArray::number(marker.size())
                                      + "\r\n\r\n" + marker);
        };
        for (int c = 0; c < kConnections; ++c) {
            clients.append(new RawHttpClient(hookscope.port()));
            QVERIFY(clients.last()->waitConnected());
        }
        for (int c = 0; c < kConnections; ++c)
            sendNext(c);
        QElapsedTimer clock;
        clock.start();
        bool killed = false;
        while (clock.elapsed() < 20000 && sent < 4000 && !killed) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            for (int c = 0; c < kConnections; ++c) {
                const QList<QByteArray> responses = clients[c]->responses();
                if (responses.size() > answered[c]) {
                    answered[c] = int(responses.size());
                    if (RawHttpClient::statusOf(responses.last()) / 100 == 2)
                        acknowledged.insert(clients[c]->socket().property("marker").toByteArray());
                    if (acknowledged.size() >= kKillAfter) {
                        hookscope.process().kill();
                        killed = true;
                        break;
                    }
                    sendNext(c);
                }
            }
        }
        QVERIFY(killed);
        hookscope.process().waitForFinished(5000);
        qDeleteAll(clients);

        // The next process to open the store (here an export) indexes what the killed one
        // journaled but had not indexed yet; a restarted capture then finds nothing left to do.
        QByteArray exported;
        QCOMPARE(runHookscope({ u"export"_s, u"--data-dir"_s, dataDir }, &exported), 0);
        QSet<QByteArray> stored;
        for (const Delivery &delivery : readNdjson(exported))
            stored.insert(delivery.body);
        const QSet<QByteArray> lost = acknowledged - stored;
        QVERIFY2(lost.isEmpty(), qPrintable(u"%1 of %2 acknowledged deliveries lost"_s.arg(lost.size()).arg(acknowledged.size())));

        HeadlessProcess restarted;
        QVERIFY(restarted.start(dataDir));
        QVERIFY(restarted.terminate());
        QCOMPARE(runHookscope({ u"export"_s, u"--data-dir"_s, dataDir }, &exported), 0);
        QCOMPARE(readNdjson(exported).size(), stored.size()); // nothing indexed twice
        qInfo("acknowledged %lld, stored %lld after SIGKILL", qint64(acknowledged.size()), qint64(stored.size()));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
