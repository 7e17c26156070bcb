#include "capture/requestframer.h"

#include <QTest>

using namespace hookscope;

namespace {

struct Trace
{
    QList<RequestHead> heads;
    int started = 0;
    int completed = 0;
    FramingError error = FramingError::None;
    qint64 bodyBytes = 0;
};

// Feeds the input in pieces of `chunkSize` bytes (0: all at once) and records the events.
Trace frame(const QByteArray &input, qsizetype chunkSize = 0, CaptureLimits limits = {})
{
    RequestFramer framer(limits);
    Trace trace;
    const qsizetype step = chunkSize > 0 ? chunkSize : qMax<qsizetype>(input.size(), 1);
    for (qsizetype offset = 0; offset < input.size() && trace.error == FramingError::None;
         offset += step) {
        QByteArrayView bytes = QByteArrayView(input).sliced(offset, qMin(step, input.size() - offset));
        for (;;) {
            const RequestFramer::Step result = framer.advance(bytes);
            bytes = bytes.sliced(result.consumed);
            if (result.event == RequestFramer::Event::RequestStarted)
                ++trace.started;
            else if (result.event == RequestFramer::Event::HeadComplete)
                trace.heads.append(framer.head());
            else if (result.event == RequestFramer::Event::RequestComplete) {
                ++trace.completed;
                trace.bodyBytes += framer.bodyBytesReceived();
            } else if (result.event == RequestFramer::Event::Error) {
                trace.error = framer.error();
                break;
            } else if (bytes.isEmpty() || result.consumed == 0) {
                break;
            }
        }
    }
    return trace;
}

} // namespace

class TestRequestFramer : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheHeadAsSent()
    {
        const Trace trace = frame("POST /enad/hooks?a=1&b=%20 HTTP/1.1\r\nHost: x\r\n"
                                  "X-Mixed-Case:  padded value \t\r\nx-dup: 1\r\nX-Dup: 2\r\n"
                                  "Content-Length: 4\r\n\r\nbody");
        QCOMPARE(trace.heads.size(), 1);
        const RequestHead &head = trace.heads.first();
        QCOMPARE(head.method, QByteArray("POST"));
        QCOMPARE(head.target, QByteArray("/enad/hooks?a=1&b=%20"));
        QCOMPARE(head.httpVersion, QByteArray("HTTP/1.1"));
        const HttpHeaderList expected = { { "Host", "x" },
                                          { "X-Mixed-Case", "padded value" },
                                          { "x-dup", "1" },
                                          { "X-Dup", "2" },
                                          { "Content-Length", "4" } };
        QCOMPARE(head.headers, expected);
        QCOMPARE(trace.completed, 1);
        QCOMPARE(trace.bodyBytes, 4);
    }

    void framesTheSameWhateverTheSegmentSize_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("requests");
        QTest::addColumn<qint64>("bodyBytes");
        QTest::newRow("content-length") << QByteArray("PUT /a HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123456789") << 1 << qint64(10);
        QTest::newRow("no body") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 1 << qint64(0);
        QTest::newRow("LF only") << QByteArray("GET / HTTP/1.0\nHost: a\n\n") << 1 << qint64(0);
        QTest::newRow("chunked with extension and trailer")
                << QByteArray("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "5;name=v\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n")
                << 1 << qint64(11);
        QTest::newRow("pipelined with blank lines between")
                << QByteArray("GET /1 HTTP/1.1\r\n\r\n\r\nPOST /2 HTTP/1.1\r\nContent-Length: 2\r\n\r\nab"
                              "BREW /3 HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n")
                << 3 << qint64(3);
    }

    void framesTheSameWhateverTheSegmentSize()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, requests);
        QFETCH(qint64, bodyBytes);
        const Trace whole = frame(input);
        QCOMPARE(whole.error, FramingError::None);
        QCOMPARE(whole.started, requests);
        QCOMPARE(whole.completed, requests);
        QCOMPARE(whole.bodyBytes, bodyBytes);
        for (qsizetype chunk : { 1, 2, 3, 7, 16 }) {
            const Trace pieces = frame(input, chunk);
            QCOMPARE(pieces.completed, requests);
            QCOMPARE(pieces.bodyBytes, bodyBytes);
            QCOMPARE(pieces.heads.size(), whole.heads.size());
            for (qsizetype i = 0; i < whole.heads.size(); ++i) {
                QCOMPARE(pieces.heads.at(i).target, whole.heads.at(i).target);
                QCOMPARE(pieces.heads.at(i).headers, whole.heads.at(i).headers);
            }
        }
    }

    void refusesWhatItCannotFrame_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        auto row = [](const char *name, const QByteArray &input, FramingError error) {
            QTest::newRow(name) << input << int(error) << httpStatusFor(error);
        };
        row("no version", "GET /\r\n\r\n", FramingError::MalformedRequestLine);
        row("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", FramingError::MalformedRequestLine);
        row("control byte in target", "GET /a\x01b HTTP/1.1\r\n\r\n", FramingError::MalformedRequestLine);
        row("method not a token", "G(T / HTTP/1.1\r\n\r\n", FramingError::MalformedRequestLine);
        row("header without colon", "GET / HTTP/1.1\r\nHost\r\n\r\n", FramingError::MalformedHeader);
        row("space before colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n", FramingError::MalformedHeader);
        row("obsolete folding", "GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n", FramingError::MalformedHeader);
        row("content-length not a number", "POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n", FramingError::BadContentLength);
        row("content-length list", "POST / HTTP/1.1\r\nContent-Length: 5, 5\r\n\r\n", FramingError::BadContentLength);
        row("content-lengths disagree", "POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n", FramingError::BadContentLength);
        row("chunked and content-length", "POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n", FramingError::ConflictingFraming);
        row("gzip transfer coding", "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", FramingError::UnsupportedTransferEncoding);
        row("bad chunk size", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", FramingError::MalformedChunk);
        row("chunk without CRLF", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n", FramingError::MalformedChunk);
        row("huge chunk size", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n", FramingError::BodyTooLarge);
        row("huge content-length", "POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n", FramingError::BodyTooLarge);
    }

    void refusesWhatItCannotFrame()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, error);
        QFETCH(int, status);
        QCOMPARE(int(frame(input).error), error);
        QCOMPARE(int(frame(input, 1).error), error);
        QVERIFY(status >= 400);
    }

    void enforcesLimits()
    {
        CaptureLimits limits;
        limits.maxBodyBytes = 10;
        limits.maxHeadBytes = 200;
        limits.maxRequestLineBytes = 50;
        limits.maxHeaderCount = 3;

        QCOMPARE(frame("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n", 0, limits).error,
                 FramingError::BodyTooLarge);
        QCOMPARE(frame("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123456789", 0, limits).error,
                 FramingError::None);
        const QByteArray chunked = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   "6\r\n012345\r\n5\r\n01234\r\n0\r\n\r\n";
        QCOMPARE(frame(chunked, 0, limits).error, FramingError::BodyTooLarge);
        QCOMPARE(frame(chunked, 1, limits).error, FramingError::BodyTooLarge);

        const QByteArray longTarget = "GET /" + QByteArray(60, 'a') + " HTTP/1.1\r\n\r\n";
        QCOMPARE(frame(longTarget, 0, limits).error, FramingError::RequestLineTooLong);
        QCOMPARE(frame(longTarget, 5, limits).error, FramingError::RequestLineTooLong);
        QCOMPARE(frame("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n", 0, limits).error,
                 FramingError::TooManyHeaders);
        const QByteArray bigHeader = "GET / HTTP/1.1\r\nA: " + QByteArray(300, 'x') + "\r\n\r\n";
        QCOMPARE(frame(bigHeader, 0, limits).error, FramingError::HeadTooLarge);
        QCOMPARE(frame(bigHeader, 1, limits).error, FramingError::HeadTooLarge);
        // A head that never ends is cut off at the limit, not buffered without end.
        QCOMPARE(frame("GET / HTTP/1.1\r\n" + QByteArray(10000, 'a'), 0, limits).error,
                 FramingError::HeadTooLarge);
    }

    void readsConnectionSemantics()
    {
        QVERIFY(frame("POST / HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 1\r\n\r\n").heads.first().expectsContinue);
        QVERIFY(!frame("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n").heads.first().expectsContinue);
        QVERIFY(frame("GET / HTTP/1.1\r\nConnection: keep-alive, Close\r\n\r\n").heads.first().wantsClose);
        QVERIFY(frame("GET / HTTP/1.0\r\n\r\n").heads.first().wantsClose);
        QVERIFY(!frame("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").heads.first().wantsClose);
        QVERIFY(!frame("GET / HTTP/1.1\r\n\r\n").heads.first().wantsClose);
    }

    void keepsBinaryAndNonUtf8Bytes()
    {
        const QByteArray input = QByteArray("POST /caf\xc3\xa9 HTTP/1.1\r\nX-Latin: caf\xe9\r\n"
                                            "Content-Length: 3\r\n\r\n", 58)
                + QByteArray("\x00\xff\x01", 3);
        const Trace trace = frame(input);
        QCOMPARE(trace.error, FramingError::None);
        QCOMPARE(trace.heads.first().target, QByteArray("/caf\xc3\xa9"));
        QCOMPARE(trace.heads.first().headers.first().value, QByteArray("caf\xe9"));
        QCOMPARE(trace.bodyBytes, 3);
    }
};

QTEST_APPLESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
