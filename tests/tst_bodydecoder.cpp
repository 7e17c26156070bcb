#include "decode/bodydecoder.h"
#include "decode/charsetdecoder.h"
#include "decode/jsontree.h"
#include "decode/mediatype.h"

#include <QElapsedTimer>
#include <QTest>

#include <brotli/encode.h>

#include <zlib.h>

#include <initializer_list>

using namespace Qt::StringLiterals;
using namespace hookscope;

Q_DECLARE_METATYPE(BodyKind)
Q_DECLARE_METATYPE(JsonSource::Origin)

namespace {

enum class Wrapper { Gzip, Zlib, Raw };

int windowBits(Wrapper wrapper)
{
    switch (wrapper) {
    case Wrapper::Gzip:
        return 16 + MAX_WBITS;
    case Wrapper::Zlib:
        return MAX_WBITS;
    case Wrapper::Raw:
        return -MAX_WBITS;
    }
    return MAX_WBITS;
}

QByteArray compressed(const QByteArray &data, Wrapper wrapper)
{
    z_stream stream {};
    if (deflateInit2(&stream, 6, Z_DEFLATED, windowBits(wrapper), 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate did not finish");
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// gzip of `total` zero bytes, compressed in 1 MiB steps so the input never exists at once.
QByteArray gzipOfZeros(qint64 total)
{
    z_stream stream {};
    if (deflateInit2(&stream, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    const QByteArray zeros(1024 * 1024, '\0');
    QByteArray out;
    char buffer[64 * 1024];
    qint64 fed = 0;
    int flush = Z_NO_FLUSH;
    while (flush != Z_FINISH) {
        const qint64 piece = qMin<qint64>(zeros.size(), total - fed);
        fed += piece;
        flush = fed == total ? Z_FINISH : Z_NO_FLUSH;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = uInt(piece);
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return out;
}

// "Name: value" lines.
HttpHeaderList headers(std::initializer_list<const char *> lines)
{
    HttpHeaderList list;
    for (const char *line : lines) {
        const QByteArray text(line);
        const qsizetype colon = text.indexOf(':');
        list.append({ text.first(colon), text.sliced(colon + 1).trimmed() });
    }
    return list;
}

HttpHeaderList contentType(const QByteArray &type)
{
    return type.isNull() ? HttpHeaderList() : HttpHeaderList { { "Content-Type", type } };
}

DecodedBody decoded(const HttpHeaderList &list, const QByteArray &body,
                    BodyDecoderLimits limits = {})
{
    return BodyDecoder(limits).decode(list, body);
}

QString allNotes(const DecodedBody &body)
{
    QStringList messages;
    for (const BodyNote &note : body.notes)
        messages.append(note.message);
    return messages.join(u'\n');
}

// The first note whose message contains text; fails the test when there is none.
BodyNote noteContaining(const DecodedBody &body, const QString &text)
{
    for (const BodyNote &note : body.notes) {
        if (note.message.contains(text))
            return note;
    }
    qWarning().noquote() << "notes:" << allNotes(body);
    return {};
}

bool hasNoteContaining(const DecodedBody &body, const QString &text)
{
    for (const BodyNote &note : body.notes) {
        if (note.message.contains(text))
            return true;
    }
    return false;
}

bool hasErrorNote(const DecodedBody &body)
{
    for (const BodyNote &note : body.notes) {
        if (note.severity == BodyNote::Severity::Error)
            return true;
    }
    return false;
}

QByteArray sliceOf(const DecodedBody &body, ByteSpan span)
{
    return body.bytes.sliced(span.offset, span.length);
}

const QByteArray SampleJson
    = R"({"event":"order.created","data":{"id":"ord_1","note":"caf\u00e9"}})";

} // namespace

class TestBodyDecoder : public QObject
{
    Q_OBJECT

private slots:
    void contentCodingRoundTrip_data();
    void contentCodingRoundTrip();
    void stackedCodingsAreUndoneInReverse();
    void codingsFromSeveralHeaderLines();
    void concatenatedGzipMembersAndTrailingBytes();
    void gzipBombIsBounded();
    void ratioLimitStopsSmallBombs();
    void configurableDecodedSizeLimit();
    void truncatedGzip();
    void corruptDeflate();
    void undecodableCodings_data();
    void undecodableCodings();
    void brotli();
    void tooManyCodings();
    void emptyBodyWithCoding();

    void mediaTypeParsing_data();
    void mediaTypeParsing();
    void kindFromMediaType_data();
    void kindFromMediaType();
    void sniffing_data();
    void sniffing();
    void invalidAndRepeatedContentType();

    void charsetIso88591Form();
    void charsetUtf16WithByteOrderMark();
    void jsonInOtherCharsetIsConvertedToUtf8();
    void unknownCharset_data();
    void unknownCharset();
    void invalidUtf8IsNotedWithOffset();
    void byteOrderMarkOverridesDeclaredCharset();

    void formFields();
    void formBadEscapes();
    void formPayloadJson_data();
    void formPayloadJson();
    void formThatIsJson();
    void formFieldLimit();

    void multipartThreeParts_data();
    void multipartThreeParts();
    void multipartJsonPartInOtherCharset();
    void multipartMissingBoundary();
    void multipartMissingBoundaryNotGuessable();
    void multipartUnterminated();
    void multipartWithoutDelimiter();
    void multipartPartWithoutBlankLine();
    void multipartBoundaryInsideContent();
    void multipartPartLimit();

    void xmlWellFormed();
    void xmlMalformed_data();
    void xmlMalformed();
    void xmlEncodingDeclaration();
    void xmlDeepNesting();

    void binaryAndEmpty();
    void notesAreCapped();
    void decodingStepsAndKindNames();
};

void TestBodyDecoder::contentCodingRoundTrip_data()
{
    QTest::addColumn<QByteArray>("coding");
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("step");

    const QByteArray json = SampleJson;
    QTest::newRow("gzip") << QByteArray("gzip") << compressed(json, Wrapper::Gzip) << u"gzip: "_s;
    QTest::newRow("x-gzip") << QByteArray("x-gzip") << compressed(json, Wrapper::Gzip)
                            << u"x-gzip: "_s;
    QTest::newRow("GZIP upper case")
        << QByteArray(" GZIP ") << compressed(json, Wrapper::Gzip) << u"gzip: "_s;
    QTest::newRow("deflate, zlib-wrapped")
        << QByteArray("deflate") << compressed(json, Wrapper::Zlib) << u"deflate: "_s;
    QTest::newRow("deflate, raw") << QByteArray("deflate") << compressed(json, Wrapper::Raw)
                                  << u"deflate (raw, without zlib header): "_s;
    QTest::newRow("identity") << QByteArray("identity") << json << QString();
    QTest::newRow("gzip, identity")
        << QByteArray("gzip, identity") << compressed(json, Wrapper::Gzip) << u"gzip: "_s;
}

void TestBodyDecoder::contentCodingRoundTrip()
{
    QFETCH(QByteArray, coding);
    QFETCH(QByteArray, encoded);
    QFETCH(QString, step);

    const DecodedBody body = decoded(
        { { "Content-Type", "application/json" }, { "Content-Encoding", coding } }, encoded);
    QVERIFY2(!hasErrorNote(body), qPrintable(allNotes(body)));
    QVERIFY(body.contentEncodingUndone);
    QCOMPARE(body.bytes, SampleJson);
    QCOMPARE(body.kind, BodyKind::Json);
    QCOMPARE(body.jsonBytes, SampleJson);
    QVERIFY(JsonTree::parse(body.jsonBytes, JsonParseMode::Strict).isValid());
    if (step.isEmpty()) {
        QVERIFY(body.steps.isEmpty());
    } else {
        QCOMPARE(body.steps.size(), 1);
        QVERIFY2(body.steps[0].description.startsWith(step), qPrintable(body.steps[0].description));
        QCOMPARE(body.steps[0].inputSize, encoded.size());
        QCOMPARE(body.steps[0].outputSize, SampleJson.size());
        QVERIFY(body.steps[0].description.endsWith(u" -> %1 bytes"_s.arg(SampleJson.size())));
    }
}

void TestBodyDecoder::stackedCodingsAreUndoneInReverse()
{
    // "deflate, gzip": deflate was applied first, so gzip is undone first.
    const QByteArray once = compressed(SampleJson, Wrapper::Zlib);
    const QByteArray twice = compressed(once, Wrapper::Gzip);
    const DecodedBody body = decoded(
        headers({ "Content-Type: application/json", "Content-Encoding: deflate, gzip" }), twice);
    QVERIFY2(!hasErrorNote(body), qPrintable(allNotes(body)));
    QCOMPARE(body.bytes, SampleJson);
    QCOMPARE(body.steps.size(), 2);
    QCOMPARE(body.steps[0].name, u"gzip"_s);
    QCOMPARE(body.steps[0].inputSize, twice.size());
    QCOMPARE(body.steps[0].outputSize, once.size());
    QCOMPARE(body.steps[1].name, u"deflate"_s);
    QCOMPARE(body.steps[1].outputSize, SampleJson.size());

    // In the wrong order the gzip layer is not where the decoder looks first.
    const DecodedBody wrongOrder = decoded(
        headers({ "Content-Type: application/json", "Content-Encoding: gzip, deflate" }), twice);
    QVERIFY(!wrongOrder.contentEncodingUndone);
    QCOMPARE(wrongOrder.bytes, twice);
    QVERIFY(hasErrorNote(wrongOrder));
}

void TestBodyDecoder::codingsFromSeveralHeaderLines()
{
    const QByteArray body = compressed(compressed(SampleJson, Wrapper::Gzip), Wrapper::Gzip);
    const HttpHeaderList list = headers(
        { "content-encoding: gzip", "Content-Type: application/json", "CONTENT-ENCODING: , gzip" });
    QCOMPARE(ContentEncodingDecoder::codingsFromHeaders(list),
             QList<QByteArray>({ "gzip", "gzip" }));
    const DecodedBody result = decoded(list, body);
    QCOMPARE(result.bytes, SampleJson);
    QCOMPARE(result.steps.size(), 2);
}

void TestBodyDecoder::concatenatedGzipMembersAndTrailingBytes()
{
    const QByteArray members
        = compressed("{\"a\":", Wrapper::Gzip) + compressed("1}", Wrapper::Gzip);
    const DecodedBody body
        = decoded(headers({ "Content-Encoding: gzip", "Content-Type: application/json" }),
                  members + QByteArray(7, '\0'));
    QCOMPARE(body.bytes, QByteArray("{\"a\":1}"));
    QVERIFY(body.contentEncodingUndone);
    const BodyNote note = noteContaining(
        body,
        u"gzip: 7 bytes after the end of the compressed data (from byte %1 of the encoded data) were ignored."_s
            .arg(members.size()));
    QCOMPARE(note.severity, BodyNote::Severity::Warning);
    QCOMPARE(note.byteOffset, -1); // not in the decoded bytes
}

void TestBodyDecoder::gzipBombIsBounded()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray bomb = gzipOfZeros(qint64(1) << 30);
    qInfo("1 GiB of zeros gzipped to %lld bytes in %lld ms", qlonglong(bomb.size()),
          qlonglong(timer.restart()));
    QVERIFY(bomb.size() < 2 * 1024 * 1024);

    const DecodedBody body
        = decoded(headers({ "Content-Encoding: gzip", "Content-Type: application/json" }), bomb);
    qInfo("decoder gave up after %lld ms", qlonglong(timer.elapsed()));
    QVERIFY(!body.contentEncodingUndone);
    QCOMPARE(body.bytes, bomb); // the raw body, not a partial decoding
    QVERIFY(body.steps.isEmpty());
    const BodyNote note = noteContaining(
        body,
        u"gzip: the decompressed size exceeds 67108864 bytes (the maximum decoded size, 64.0 MiB); showing the raw body."_s);
    QCOMPARE(note.severity, BodyNote::Severity::Error);
    QCOMPARE(body.kind, BodyKind::Binary); // still compressed bytes, so not JSON
    QVERIFY(!body.hasJson());
}

void TestBodyDecoder::ratioLimitStopsSmallBombs()
{
    const QByteArray bomb = gzipOfZeros(20 * 1024 * 1024); // about 20 KiB
    const ContentEncodingDecoder decoder;
    const qint64 limit = decoder.decodedSizeLimit(bomb.size());
    QCOMPARE(limit, qMax<qint64>(1024 * 1024, 200 * bomb.size()));
    const DecodedBody body = decoded(headers({ "Content-Encoding: gzip" }), bomb);
    QVERIFY(!body.contentEncodingUndone);
    noteContaining(
        body,
        u"the decompressed size exceeds %1 bytes (200 times the %2 received"_s.arg(limit).arg(
            formatByteSize(bomb.size())));

    // Small bodies may expand beyond the ratio up to 1 MiB: JSON with long runs of spaces.
    const QByteArray spacious = "{\"a\":" + QByteArray(900 * 1024, ' ') + "1}";
    const DecodedBody fine
        = decoded(headers({ "Content-Encoding: gzip", "Content-Type: application/json" }),
                  compressed(spacious, Wrapper::Gzip));
    QVERIFY2(fine.contentEncodingUndone, qPrintable(allNotes(fine)));
    QCOMPARE(fine.bytes, spacious);
}

void TestBodyDecoder::configurableDecodedSizeLimit()
{
    BodyDecoderLimits limits;
    limits.content.maxDecodedSize = 1000;
    const QByteArray text = QByteArray("abcdefghij").repeated(100);
    const DecodedBody exact
        = decoded(headers({ "Content-Encoding: gzip" }), compressed(text, Wrapper::Gzip), limits);
    QVERIFY(exact.contentEncodingUndone);
    QCOMPARE(exact.bytes, text);

    const DecodedBody over = decoded(headers({ "Content-Encoding: gzip" }),
                                     compressed(text + 'k', Wrapper::Gzip), limits);
    QVERIFY(!over.contentEncodingUndone);
    noteContaining(over, u"the decompressed size exceeds 1000 bytes"_s);
}

void TestBodyDecoder::truncatedGzip()
{
    const QByteArray full = compressed(SampleJson.repeated(20), Wrapper::Gzip);
    for (const qsizetype cut : { qsizetype(4), qsizetype(11), full.size() / 2, full.size() - 1 }) {
        const QByteArray truncated = full.first(cut);
        const DecodedBody body = decoded(
            headers({ "Content-Encoding: gzip", "Content-Type: application/json" }), truncated);
        QVERIFY(!body.contentEncodingUndone);
        QCOMPARE(body.bytes, truncated);
        const BodyNote note = noteContaining(
            body,
            u"gzip: the compressed data ends early, after %1, without its end marker; showing the raw body."_s
                .arg(formatByteSize(cut)));
        QCOMPARE(note.severity, BodyNote::Severity::Error);
    }
}

void TestBodyDecoder::corruptDeflate()
{
    QByteArray data = compressed(SampleJson, Wrapper::Zlib);
    data[2] = char(0xff); // reserved block type 3
    const DecodedBody body = decoded(headers({ "Content-Encoding: deflate" }), data);
    QVERIFY(!body.contentEncodingUndone);
    const BodyNote note
        = noteContaining(body, u"deflate: the compressed data is corrupt at byte"_s);
    QVERIFY(note.byteOffset >= 2 && note.byteOffset <= data.size());
    QVERIFY(note.message.contains(u"invalid block type"_s));
    QVERIFY(note.message.endsWith(u"; showing the raw body."_s));
}

void TestBodyDecoder::undecodableCodings_data()
{
    QTest::addColumn<QByteArray>("coding");
    QTest::addColumn<QString>("message");

    QTest::newRow("br that is not")
        << QByteArray("br") << u"br: the compressed data is corrupt at byte"_s;
    QTest::newRow("zstd") << QByteArray("zstd")
                          << u"zstd: Zstandard (zstd) is not supported by this build"_s;
    QTest::newRow("compress") << QByteArray("compress") << u"LZW (compress) is not supported"_s;
    QTest::newRow("unknown")
        << QByteArray("utf-8")
        << u"utf-8: \"utf-8\" is not a content coding Hookscope knows; showing the raw body."_s;
    QTest::newRow("chunked") << QByteArray("chunked")
                             << u"\"chunked\" is not a content coding Hookscope knows"_s;
    QTest::newRow("gzip that is not")
        << QByteArray("gzip")
        << u"gzip: the data does not start with the gzip signature 1F 8B; showing the raw body."_s;
    QTest::newRow("br after gzip") << QByteArray("br, gzip") << u"br: the compressed data"_s;
}

void TestBodyDecoder::undecodableCodings()
{
    QFETCH(QByteArray, coding);
    QFETCH(QString, message);

    const QByteArray raw
        = coding.startsWith("br,") ? compressed(SampleJson, Wrapper::Gzip) : SampleJson;
    const DecodedBody body
        = decoded({ { "Content-Type", "application/json" }, { "Content-Encoding", coding } }, raw);
    QVERIFY(!body.contentEncodingUndone);
    QCOMPARE(body.bytes, raw);
    QCOMPARE(noteContaining(body, message).severity, BodyNote::Severity::Error);
    // Bytes that could not be decoded are identified by what they are.
    QCOMPARE(body.kind, raw == SampleJson ? BodyKind::Json : BodyKind::Binary);
}

void TestBodyDecoder::brotli()
{
    size_t size = BrotliEncoderMaxCompressedSize(size_t(SampleJson.size()));
    QByteArray encoded(qsizetype(size), Qt::Uninitialized);
    QVERIFY(BrotliEncoderCompress(BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT,
                                  size_t(SampleJson.size()), reinterpret_cast<const uint8_t *>(SampleJson.constData()),
                                  &size, reinterpret_cast<uint8_t *>(encoded.data())));
    encoded.truncate(qsizetype(size));
    const DecodedBody body = decoded({ { "Content-Type", "application/json" }, { "Content-Encoding", "br" } }, encoded);
    QVERIFY(body.contentEncodingUndone);
    QCOMPARE(body.bytes, SampleJson);
    QCOMPARE(body.kind, BodyKind::Json);
    QCOMPARE(body.steps.size(), 1);
    // A truncated stream says so.
    const DecodedBody cut = decoded({ { "Content-Encoding", "br" } }, encoded.chopped(4));
    QVERIFY(!cut.contentEncodingUndone);
    noteContaining(cut, u"ends early"_s);
}

void TestBodyDecoder::tooManyCodings()
{
    QByteArray data = SampleJson;
    QByteArrayList codings;
    for (int i = 0; i < 9; ++i) {
        data = compressed(data, Wrapper::Gzip);
        codings.append("gzip");
    }
    const DecodedBody body = decoded({ { "Content-Encoding", codings.join(", ") } }, data);
    QVERIFY(!body.contentEncodingUndone);
    noteContaining(body, u"Content-Encoding lists 9 codings, more than the 8 Hookscope undoes"_s);

    BodyDecoderLimits limits;
    limits.content.maxCodings = 9;
    QCOMPARE(decoded({ { "Content-Encoding", codings.join(", ") } }, data, limits).bytes,
             SampleJson);
}

void TestBodyDecoder::emptyBodyWithCoding()
{
    for (const char *coding : { "gzip", "br", "nonsense" }) {
        const DecodedBody body = decoded(
            { { "Content-Encoding", coding }, { "Content-Type", "application/json" } }, {});
        QCOMPARE(body.kind, BodyKind::Empty);
        QVERIFY(body.contentEncodingUndone);
        QVERIFY(body.notes.isEmpty());
        QVERIFY(!body.hasJson());
    }
}

void TestBodyDecoder::mediaTypeParsing_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("essence");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("boundary");

    QTest::newRow("plain") << QByteArray("application/json") << QByteArray("application/json")
                           << QByteArray() << QByteArray();
    QTest::newRow("case and spaces")
        << QByteArray(" Application/JSON ;  CharSet = UTF-8 ") << QByteArray("application/json")
        << QByteArray("UTF-8") << QByteArray();
    QTest::newRow("quoted") << QByteArray(R"(text/plain; charset="iso-8859-1"; format=flowed)")
                            << QByteArray("text/plain") << QByteArray("iso-8859-1") << QByteArray();
    QTest::newRow("quoted boundary with ; and escapes")
        << QByteArray(R"(multipart/form-data; boundary="a;b \"c\""; charset=x)")
        << QByteArray("multipart/form-data") << QByteArray("x") << QByteArray(R"(a;b "c")");
    QTest::newRow("first of duplicates")
        << QByteArray("text/plain; charset=a; charset=b") << QByteArray("text/plain")
        << QByteArray("a") << QByteArray();
    QTest::newRow("unterminated quote")
        << QByteArray("text/plain; charset=\"utf-8") << QByteArray("text/plain")
        << QByteArray("utf-8") << QByteArray();
    QTest::newRow("no subtype") << QByteArray("json") << QByteArray() << QByteArray()
                                << QByteArray();
    QTest::newRow("empty subtype")
        << QByteArray("text/; charset=utf-8") << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("space inside") << QByteArray("text /pl ain") << QByteArray() << QByteArray()
                                  << QByteArray();
}

void TestBodyDecoder::mediaTypeParsing()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, essence);
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, boundary);

    const MediaType type = MediaType::parse(header);
    QCOMPARE(type.isValid(), !essence.isEmpty());
    QCOMPARE(type.essence(), essence);
    QCOMPARE(type.charset(), charset);
    QCOMPARE(type.parameter("BOUNDARY"), boundary);
    QCOMPARE(type.toString(), type.isValid() ? QString::fromLatin1(header.trimmed()) : QString());
    if (type.isValid())
        QCOMPARE(type.parameters().list().size(), header.count('='));
}

void TestBodyDecoder::kindFromMediaType_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<BodyKind>("kind");

    QTest::newRow("application/json")
        << QByteArray("application/json") << SampleJson << BodyKind::Json;
    QTest::newRow("text/json") << QByteArray("text/json") << SampleJson << BodyKind::Json;
    QTest::newRow("+json") << QByteArray("application/vnd.api+json; charset=utf-8") << SampleJson
                           << BodyKind::Json;
    QTest::newRow("json that does not parse stays JSON")
        << QByteArray("application/json") << QByteArray("{\"a\":") << BodyKind::Json;
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << QByteArray("a=1")
                          << BodyKind::Form;
    QTest::newRow("xml") << QByteArray("application/xml") << QByteArray("<a/>") << BodyKind::Xml;
    QTest::newRow("text/xml") << QByteArray("text/xml") << QByteArray("<a/>") << BodyKind::Xml;
    QTest::newRow("+xml") << QByteArray("image/svg+xml") << QByteArray("<svg/>") << BodyKind::Xml;
    QTest::newRow("text/html") << QByteArray("text/html") << QByteArray("<p>hi") << BodyKind::Text;
    QTest::newRow("text/csv") << QByteArray("text/csv") << QByteArray("a,b\n1,2\n")
                              << BodyKind::Text;
    QTest::newRow("text/plain with JSON")
        << QByteArray("text/plain") << SampleJson << BodyKind::Text;
    QTest::newRow("multipart") << QByteArray("multipart/mixed; boundary=x")
                               << QByteArray("--x\r\n\r\nhi\r\n--x--\r\n") << BodyKind::Multipart;
}

void TestBodyDecoder::kindFromMediaType()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(BodyKind, kind);

    const DecodedBody result = decoded(contentType(type), body);
    QCOMPARE(result.kind, kind);
    QVERIFY(!result.mediaTypeGuessed);
    QCOMPARE(result.mediaType.essence(), MediaType::parse(type).essence());
}

void TestBodyDecoder::sniffing_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<BodyKind>("kind");
    QTest::addColumn<QByteArray>("guessedType");
    QTest::addColumn<QString>("note");

    const QByteArray none;
    QTest::newRow("json, no type")
        << none << SampleJson << BodyKind::Json << QByteArray("application/json")
        << u"There is no Content-Type; the body was identified as JSON by its content."_s;
    QTest::newRow("json, octet-stream")
        << QByteArray("application/octet-stream") << QByteArray(" \n[1, 2]") << BodyKind::Json
        << QByteArray("application/json")
        << u"The Content-Type is application/octet-stream; the body was identified as JSON by its content."_s;
    QTest::newRow("lenient json") << none << QByteArray("{\"a\": 1, // note\n}") << BodyKind::Json
                                  << QByteArray("application/json") << QString();
    QTest::newRow("json, unknown type")
        << QByteArray("application/x-vendor") << SampleJson << BodyKind::Json
        << QByteArray("application/json")
        << u"The Content-Type application/x-vendor is not one Hookscope interprets; the body was identified as JSON"_s;
    QTest::newRow("broken json") << none << QByteArray("{\"a\": tru}") << BodyKind::Text
                                 << QByteArray("text/plain")
                                 << u"The body starts like JSON but does not parse ("_s;
    QTest::newRow("form") << none << QByteArray("a=1&b=hello+world&c=%7B%7D") << BodyKind::Form
                          << QByteArray("application/x-www-form-urlencoded") << QString();
    QTest::newRow("base64 is not a form") << none << QByteArray("eyJhIjoxfQ==") << BodyKind::Text
                                          << QByteArray("text/plain") << QString();
    QTest::newRow("form, single pair")
        << QByteArray("application/octet-stream") << QByteArray("token=abc") << BodyKind::Form
        << QByteArray("application/x-www-form-urlencoded") << QString();
    QTest::newRow("xml declaration")
        << none << QByteArray("<?xml version=\"1.0\"?><a/>") << BodyKind::Xml
        << QByteArray("application/xml") << u"identified as XML by its content."_s;
    QTest::newRow("xml element") << none << QByteArray("\n  <note>hi</note>") << BodyKind::Xml
                                 << QByteArray("application/xml") << QString();
    QTest::newRow("html is text") << none << QByteArray("<!DOCTYPE html><p>hi</p>")
                                  << BodyKind::Text << QByteArray("text/html") << QString();
    QTest::newRow("text") << none << QByteArray("hello, world\r\n\tsecond line") << BodyKind::Text
                          << QByteArray("text/plain") << QString();
    QTest::newRow("utf-8 text") << none << QByteArray("caf\xc3\xa9 = bar") << BodyKind::Text
                                << QByteArray("text/plain") << QString();
    QTest::newRow("control byte") << none << QByteArray("abc\x01") << BodyKind::Binary
                                  << QByteArray("application/octet-stream")
                                  << u"identified as binary by its content."_s;
    QTest::newRow("invalid utf-8") << none << QByteArray("caf\xe9") << BodyKind::Binary
                                   << QByteArray("application/octet-stream") << QString();
    QTest::newRow("png") << QByteArray("image/png") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)
                         << BodyKind::Binary << QByteArray("application/octet-stream") << QString();
    QTest::newRow("utf-16 json with bom")
        << none << QByteArray("\xff\xfe{\0}\0", 6) << BodyKind::Json
        << QByteArray("application/json") << QString();
}

void TestBodyDecoder::sniffing()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(BodyKind, kind);
    QFETCH(QByteArray, guessedType);
    QFETCH(QString, note);

    const DecodedBody result = decoded(contentType(type), body);
    QCOMPARE(result.kind, kind);
    QVERIFY(result.mediaTypeGuessed);
    QCOMPARE(result.mediaType.essence(), guessedType);
    if (!note.isEmpty())
        QVERIFY2(hasNoteContaining(result, note), qPrintable(allNotes(result)));
    QCOMPARE(result.hasJson(), kind == BodyKind::Json);
    if (kind == BodyKind::Json)
        QVERIFY(JsonTree::parse(result.jsonBytes, JsonParseMode::Lenient).isValid());
    if (kind == BodyKind::Text || kind == BodyKind::Json || kind == BodyKind::Form)
        QVERIFY(!result.text.isEmpty());
}

void TestBodyDecoder::invalidAndRepeatedContentType()
{
    const DecodedBody invalid = decoded(contentType("json"), SampleJson);
    noteContaining(invalid,
                   u"The Content-Type \"json\" is not a media type of the form type/subtype."_s);
    QCOMPARE(invalid.kind, BodyKind::Json);
    QVERIFY(invalid.mediaTypeGuessed);

    const DecodedBody repeated = decoded(
        headers({ "Content-Type: text/plain", "content-type: application/json" }), SampleJson);
    noteContaining(repeated, u"The request has 2 Content-Type headers; the first one is used."_s);
    QCOMPARE(repeated.kind, BodyKind::Text);
}

void TestBodyDecoder::charsetIso88591Form()
{
    const QByteArray body = "name=Jos%E9+Mar%EDa&city=M%FCnchen&raw=\xe9t\xe9";
    const DecodedBody result
        = decoded(contentType("application/x-www-form-urlencoded; charset=ISO-8859-1"), body);
    QCOMPARE(result.kind, BodyKind::Form);
    QCOMPARE(result.charset, QByteArray("ISO-8859-1"));
    QVERIFY2(result.notes.isEmpty(), qPrintable(allNotes(result)));
    QCOMPARE(result.formFields.size(), 3);
    QCOMPARE(result.formFields[0].value, u"José María"_s);
    QCOMPARE(result.formFields[1].value, u"München"_s);
    QCOMPARE(result.formFields[2].value, u"été"_s);
    QCOMPARE(result.text, QString::fromLatin1(body));

    // The same percent-escapes read as UTF-8 are invalid bytes.
    const DecodedBody asUtf8
        = decoded(contentType("application/x-www-form-urlencoded"), "name=Jos%E9&ok=%C3%A9");
    QCOMPARE(asUtf8.formFields[0].value, u"Jos\uFFFD"_s);
    QCOMPARE(asUtf8.formFields[1].value, u"é"_s);
    const BodyNote note = noteContaining(
        asUtf8, u"Field 1 (\"name\") is not valid UTF-8; invalid bytes are shown as U+FFFD."_s);
    QCOMPARE(note.byteOffset, 0);
}

void TestBodyDecoder::charsetUtf16WithByteOrderMark()
{
    const QString text = u"Grüße, 世界\n"_s;
    QByteArray little("\xff\xfe");
    for (const QChar c : text) {
        little.append(char(c.unicode() & 0xff));
        little.append(char(c.unicode() >> 8));
    }
    QByteArray big("\xfe\xff");
    for (const QChar c : text) {
        big.append(char(c.unicode() >> 8));
        big.append(char(c.unicode() & 0xff));
    }
    const DecodedBody le = decoded(contentType("text/plain; charset=utf-16"), little);
    QCOMPARE(le.kind, BodyKind::Text);
    QCOMPARE(le.charset, QByteArray("UTF-16LE"));
    QCOMPARE(le.text, text);
    QVERIFY2(le.notes.isEmpty(), qPrintable(allNotes(le)));

    const DecodedBody be = decoded(contentType("text/plain"), big);
    QCOMPARE(be.charset, QByteArray("UTF-16BE"));
    QCOMPARE(be.text, text);

    // Without a byte order mark, UTF-16 is big-endian (RFC 2781).
    const DecodedBody noBom = decoded(contentType("text/plain; charset=UTF-16"), big.sliced(2));
    QCOMPARE(noBom.charset, QByteArray("UTF-16BE"));
    QCOMPARE(noBom.text, text);

    // Sniffed: no Content-Type, the byte order mark says text.
    const DecodedBody sniffed = decoded({}, little);
    QCOMPARE(sniffed.kind, BodyKind::Text);
    QCOMPARE(sniffed.text, text);
}

void TestBodyDecoder::jsonInOtherCharsetIsConvertedToUtf8()
{
    const QByteArray latin1 = "{\"name\":\"Jos\xe9\"}";
    const DecodedBody body = decoded(contentType("application/json; charset=iso-8859-1"), latin1);
    QCOMPARE(body.kind, BodyKind::Json);
    QCOMPARE(body.jsonBytes, QByteArray("{\"name\":\"Jos\xc3\xa9\"}"));
    QVERIFY(!body.jsonSource.verbatim);
    QCOMPARE(body.jsonSource.origin, JsonSource::Origin::WholeBody);
    noteContaining(
        body,
        u"JSON is UTF-8 (RFC 8259); this ISO-8859-1 text was converted to UTF-8 for parsing"_s);
    QCOMPARE(body.steps.size(), 1);
    QCOMPARE(body.steps[0].description, u"ISO-8859-1 -> UTF-8: 15 bytes -> 16 bytes"_s);
    const JsonTree tree = JsonTree::parse(body.jsonBytes, JsonParseMode::Strict);
    QVERIFY(tree.isValid());
    QCOMPARE(tree.scalarText(tree.findPointer(u"/name")), u"José"_s);

    // UTF-16 with a byte order mark.
    const QByteArray utf16("\xff\xfe[\0\"\0\xe9\0\"\0]\0", 12);
    const DecodedBody wide = decoded(contentType("application/json"), utf16);
    QCOMPARE(wide.jsonBytes, QByteArray("[\"\xc3\xa9\"]"));
    noteContaining(wide, u"this UTF-16LE text was converted to UTF-8"_s);

    // ASCII JSON declared as us-ascii needs no conversion.
    const DecodedBody ascii = decoded(contentType("application/json; charset=us-ascii"), "[1]");
    QVERIFY(ascii.jsonSource.verbatim);
    QVERIFY(ascii.steps.isEmpty());
    QVERIFY2(ascii.notes.isEmpty(), qPrintable(allNotes(ascii)));
}

void TestBodyDecoder::unknownCharset_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("usedCharset");
    QTest::addColumn<QString>("text");

    QTest::newRow("unknown, valid utf-8")
        << QByteArray("x-klingon") << QByteArray("qapla\xe2\x80\x99") << QByteArray("UTF-8")
        << u"qapla\u2019"_s;
    QTest::newRow("unknown, not utf-8") << QByteArray("x-klingon") << QByteArray("caf\xe9")
                                        << QByteArray("ISO-8859-1") << u"café"_s;
    QTest::newRow("machine locale refused")
        << QByteArray("locale") << QByteArray("abc") << QByteArray("UTF-8") << u"abc"_s;
    QTest::newRow("system refused")
        << QByteArray("System") << QByteArray("abc") << QByteArray("UTF-8") << u"abc"_s;
    QTest::newRow("garbage name") << QByteArray("utf-8\" onload=x") << QByteArray("abc")
                                  << QByteArray("UTF-8") << u"abc"_s;
    QTest::newRow("very long name")
        << QByteArray(500, 'a') << QByteArray("abc") << QByteArray("UTF-8") << u"abc"_s;
}

void TestBodyDecoder::unknownCharset()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, usedCharset);
    QFETCH(QString, text);

    const DecodedBody result
        = decoded({ { "Content-Type", "text/plain; charset=" + charset } }, body);
    QCOMPARE(result.kind, BodyKind::Text);
    QCOMPARE(result.charset, usedCharset);
    QCOMPARE(result.text, text);
    const BodyNote note = noteContaining(
        result,
        u"is not supported; the text is shown as %1."_s.arg(QString::fromLatin1(usedCharset)));
    QCOMPARE(note.severity, BodyNote::Severity::Warning);
}

void TestBodyDecoder::invalidUtf8IsNotedWithOffset()
{
    const QByteArray body = "abc\xc3\xa9 ok \xed\xa0\x80 then \xff";
    const DecodedBody result = decoded(contentType("text/plain; charset=utf-8"), body);
    const BodyNote note = noteContaining(
        result,
        u"The text is not valid UTF-8 from byte 9 on; invalid bytes are shown as U+FFFD."_s);
    QCOMPARE(note.byteOffset, 9); // the encoded surrogate
    QVERIFY(result.text.startsWith(u"abcé ok "_s));

    QCOMPARE(CharsetDecoder::firstInvalidUtf8("plain"), -1);
    QCOMPARE(CharsetDecoder::firstInvalidUtf8("\xf0\x9f\x98\x80"), -1);
    QCOMPARE(CharsetDecoder::firstInvalidUtf8("a\xc0\xaf"), 1); // overlong
    QCOMPARE(CharsetDecoder::firstInvalidUtf8("ab\xe2\x82"), 2); // cut short
    QCOMPARE(CharsetDecoder::firstInvalidUtf8("\xf4\x90\x80\x80"), 0); // beyond U+10FFFF
    QCOMPARE(CharsetDecoder::firstInvalidUtf8("x\x80"), 1);
}

void TestBodyDecoder::byteOrderMarkOverridesDeclaredCharset()
{
    const QByteArray body("\xff\xfeh\0i\0", 6);
    const DecodedBody result = decoded(contentType("text/plain; charset=utf-8"), body);
    QCOMPARE(result.text, u"hi"_s);
    QCOMPARE(result.charset, QByteArray("UTF-16LE"));
    noteContaining(
        result,
        u"The body starts with a UTF-16LE byte order mark, which overrides the declared charset \"utf-8\"."_s);

    const DecodedBody utf8Bom = decoded(contentType("text/plain"), "\xef\xbb\xbfhi");
    QCOMPARE(utf8Bom.text, u"hi"_s);
    QVERIFY(utf8Bom.notes.isEmpty());
}

void TestBodyDecoder::formFields()
{
    const QByteArray body = "tag=a&tag=b&msg=hello+world%21&empty=&flag&&%3Dk%3D=v%26w&x=1+2%2B3";
    const DecodedBody result = decoded(contentType("application/x-www-form-urlencoded"), body);
    QCOMPARE(result.kind, BodyKind::Form);
    QVERIFY2(result.notes.isEmpty(), qPrintable(allNotes(result)));
    const QList<FormField> &fields = result.formFields;
    QCOMPARE(fields.size(), 7);

    const QStringList names {
        u"tag"_s, u"tag"_s, u"msg"_s, u"empty"_s, u"flag"_s, u"=k="_s, u"x"_s
    };
    const QStringList values { u"a"_s,    u"b"_s,   u"hello world!"_s, QString(),
                               QString(), u"v&w"_s, u"1 2+3"_s };
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QCOMPARE(fields[i].name, names[i]);
        QCOMPARE(fields[i].value, values[i]);
        QCOMPARE(sliceOf(result, fields[i].span),
                 fields[i].rawValue.isNull() ? fields[i].rawName
                                             : fields[i].rawName + '=' + fields[i].rawValue);
    }
    QCOMPARE(fields[2].rawValue, QByteArray("hello+world%21"));
    QVERIFY(!fields[3].rawValue.isNull()); // "empty=" has an empty value ...
    QVERIFY(fields[4].rawValue.isNull()); // ... "flag" has none
    QCOMPARE(fields[5].rawName, QByteArray("%3Dk%3D"));
    QVERIFY(!result.hasJson());
}

void TestBodyDecoder::formBadEscapes()
{
    const QByteArray body = "ok=1&bad=50%+off&name%zz=%4&worse=%%%";
    const DecodedBody result = decoded(contentType("application/x-www-form-urlencoded"), body);
    QCOMPARE(result.formFields.size(), 4);
    QCOMPARE(result.formFields[1].value, u"50% off"_s);
    QCOMPARE(result.formFields[2].name, u"name%zz"_s);
    QCOMPARE(result.formFields[2].value, u"%4"_s);
    QCOMPARE(result.formFields[3].value, u"%%%"_s);

    const BodyNote first = noteContaining(
        result,
        u"Field 2 (\"bad\") has a bad percent-escape \"%+o\" at byte 11; it is kept as written."_s);
    QCOMPARE(first.byteOffset, body.indexOf("%+"));
    QCOMPARE(first.severity, BodyNote::Severity::Warning);
    const BodyNote second = noteContaining(result, u"Field 3 (\"name%zz\")"_s);
    QCOMPARE(second.byteOffset, body.indexOf("%zz"));
    QVERIFY(second.message.contains(u"(and 1 more in this field)"_s));
    const BodyNote third = noteContaining(result, u"Field 4 (\"worse\")"_s);
    QCOMPARE(third.byteOffset, body.indexOf("%%%"));
    QVERIFY(third.message.contains(u"(and 2 more in this field)"_s));
}

void TestBodyDecoder::formPayloadJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("slack payload") << QByteArray(
        "token=x&payload=%7B%22type%22%3A%22block_actions%22%2C%22text%22%3A%22a+b%22%7D&team=T1")
                                   << u"payload"_s << 1
                                   << QByteArray(R"({"type":"block_actions","text":"a b"})");
    QTest::newRow("github form") << QByteArray("payload=%7B%22zen%22%3A%22Keep+it+simple.%22%7D")
                                 << u"payload"_s << 0 << QByteArray(R"({"zen":"Keep it simple."})");
    QTest::newRow("single field") << QByteArray("data=%5B1%2C2%5D") << u"data"_s << 0
                                  << QByteArray("[1,2]");
    QTest::newRow("unescaped json value")
        << QByteArray("payload=[1,2]") << u"payload"_s << 0 << QByteArray("[1,2]");
    QTest::newRow("two fields, none payload")
        << QByteArray("a=%7B%7D&b=%7B%7D") << QString() << -1 << QByteArray();
    QTest::newRow("payload not json")
        << QByteArray("payload=hello&x=1") << QString() << -1 << QByteArray();
}

void TestBodyDecoder::formPayloadJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(int, index);
    QFETCH(QByteArray, json);

    const DecodedBody result = decoded(contentType("application/x-www-form-urlencoded"), body);
    QCOMPARE(result.kind, BodyKind::Form);
    QCOMPARE(result.hasJson(), index >= 0);
    if (index < 0)
        return;
    QCOMPARE(result.jsonSource.origin, JsonSource::Origin::FormField);
    QCOMPARE(result.jsonSource.name, field);
    QCOMPARE(result.jsonSource.index, index);
    QCOMPARE(result.jsonBytes, json);
    QCOMPARE(sliceOf(result, result.jsonSource.span), result.formFields[index].rawValue);
    QCOMPARE(result.jsonSource.verbatim, result.formFields[index].rawValue == json);
    QVERIFY(JsonTree::parse(result.jsonBytes, JsonParseMode::Strict).isValid());

    // The same as a broken document is noted.
    if (field == u"payload") {
        const DecodedBody broken
            = decoded(contentType("application/x-www-form-urlencoded"), "payload=%7B%22a%22%3A");
        QVERIFY(!broken.hasJson());
        noteContaining(broken, u"The form field \"payload\" starts like JSON but does not parse"_s);
    }
}

void TestBodyDecoder::formThatIsJson()
{
    const DecodedBody result
        = decoded(contentType("application/x-www-form-urlencoded"), SampleJson);
    QCOMPARE(result.kind, BodyKind::Json);
    QCOMPARE(result.jsonBytes, SampleJson);
    QVERIFY(result.jsonSource.verbatim);
    noteContaining(
        result, u"The body is declared as a form but is a JSON document; it is shown as JSON."_s);
}

void TestBodyDecoder::formFieldLimit()
{
    BodyDecoderLimits limits;
    limits.maxFormFields = 5;
    const DecodedBody result = decoded(contentType("application/x-www-form-urlencoded"),
                                       QByteArray("a=1&").repeated(10), limits);
    QCOMPARE(result.formFields.size(), 5);
    const BodyNote note = noteContaining(
        result, u"The form has more than 5 fields; only the first 5 are listed."_s);
    QCOMPARE(note.byteOffset, 20);
}

void TestBodyDecoder::multipartThreeParts_data()
{
    QTest::addColumn<QByteArray>("newline");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("LF") << QByteArray("\n");
}

void TestBodyDecoder::multipartThreeParts()
{
    QFETCH(QByteArray, newline);
    const QByteArray fileContent = "line 1" + newline + "--not-the-boundary" + newline + "\0\xff";
    const QByteArray jsonContent = R"({"event":"upload","size":8})";
    const QByteArrayList lines {
        "preamble, ignored",
        "--XyZ-boundary",
        R"(Content-Disposition: form-data; name="comment")",
        "",
        "Hello, world",
        "--XyZ-boundary  ",
        R"(Content-Disposition: form-data; name="file"; filename="report.bin")",
        "Content-Type: application/octet-stream",
        "",
        fileContent,
        "--XyZ-boundary",
        "content-disposition: form-data;",
        "  name=\"meta\"",
        "Content-Type: application/json; charset=utf-8",
        "",
        jsonContent,
        "--XyZ-boundary--",
        "epilogue, ignored",
    };
    const QByteArray body = lines.join(newline);
    const DecodedBody result
        = decoded(contentType(R"(multipart/form-data; boundary="XyZ-boundary")"), body);
    QCOMPARE(result.kind, BodyKind::Multipart);
    QVERIFY2(result.notes.isEmpty(), qPrintable(allNotes(result)));
    QCOMPARE(result.parts.size(), 3);

    const MultipartPart &comment = result.parts[0];
    QCOMPARE(comment.name, u"comment"_s);
    QVERIFY(comment.fileName.isNull());
    QVERIFY(!comment.contentType.isValid());
    QCOMPARE(sliceOf(result, comment.contentSpan), QByteArray("Hello, world"));
    QCOMPARE(comment.headers.size(), 1);
    QVERIFY(!comment.isJson);

    const MultipartPart &file = result.parts[1];
    QCOMPARE(file.name, u"file"_s);
    QCOMPARE(file.fileName, u"report.bin"_s);
    QCOMPARE(file.contentType.essence(), QByteArray("application/octet-stream"));
    QCOMPARE(sliceOf(result, file.contentSpan), fileContent);
    QCOMPARE(sliceOf(result, file.headerSpan),
             R"(Content-Disposition: form-data; name="file"; filename="report.bin")" + newline
                 + "Content-Type: application/octet-stream" + newline + newline);

    const MultipartPart &meta = result.parts[2];
    QCOMPARE(meta.name, u"meta"_s); // from a folded header line
    QCOMPARE(meta.headers[0].name, QByteArray("content-disposition"));
    QVERIFY(meta.isJson);
    QCOMPARE(sliceOf(result, meta.contentSpan), jsonContent);

    QCOMPARE(result.jsonSource.origin, JsonSource::Origin::MultipartPart);
    QCOMPARE(result.jsonSource.name, u"meta"_s);
    QCOMPARE(result.jsonSource.index, 2);
    QCOMPARE(result.jsonSource.span, meta.contentSpan);
    QVERIFY(result.jsonSource.verbatim);
    QCOMPARE(result.jsonBytes, jsonContent);
    QVERIFY(result.text.isEmpty());
}

void TestBodyDecoder::multipartJsonPartInOtherCharset()
{
    const QByteArray body = "--b\r\n"
                            "Content-Disposition: form-data; name=\"first\"\r\n\r\n"
                            "[1]\r\n"
                            "--b\r\n"
                            "Content-Disposition: form-data; name=\"payload\"\r\n"
                            "Content-Type: application/json; charset=windows-1252\r\n\r\n"
                            "{\"price\":\"\x80 5\"}\r\n"
                            "--b--\r\n";
    const DecodedBody result = decoded(contentType("multipart/form-data; boundary=b"), body);
    QCOMPARE(result.parts.size(), 2);
    QVERIFY(result.parts[0].isJson); // no Content-Type, but the content parses
    QCOMPARE(result.jsonSource.name, u"payload"_s); // preferred over the first JSON part
    QCOMPARE(result.jsonBytes, QByteArray("{\"price\":\"\xe2\x82\xac 5\"}"));
    QVERIFY(!result.jsonSource.verbatim);
    noteContaining(result, u"this windows-1252 text was converted to UTF-8"_s);
}

void TestBodyDecoder::multipartMissingBoundary()
{
    const QByteArray body
        = "--abc\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--abc--\r\n";
    const DecodedBody result = decoded(contentType("multipart/form-data"), body);
    QCOMPARE(result.kind, BodyKind::Multipart);
    const BodyNote note = noteContaining(
        result,
        u"The Content-Type multipart/form-data has no boundary parameter; the boundary \"abc\" was taken from the first line of the body."_s);
    QCOMPARE(note.severity, BodyNote::Severity::Warning);
    QCOMPARE(result.parts.size(), 1);
    QCOMPARE(sliceOf(result, result.parts[0].contentSpan), QByteArray("1"));
}

void TestBodyDecoder::multipartMissingBoundaryNotGuessable()
{
    const DecodedBody result = decoded(contentType("multipart/form-data"), "just some text");
    QCOMPARE(result.kind, BodyKind::Text);
    QVERIFY(result.mediaTypeGuessed);
    QCOMPARE(
        noteContaining(
            result,
            u"The Content-Type multipart/form-data has no boundary parameter, and the body does not start with a boundary line."_s)
            .severity,
        BodyNote::Severity::Error);
    noteContaining(result, u"No multipart boundary was found; the body was identified as text"_s);
}

void TestBodyDecoder::multipartUnterminated()
{
    const QByteArray body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
                            "--b\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\ncut off here";
    const DecodedBody result = decoded(contentType("multipart/form-data; boundary=b"), body);
    QCOMPARE(result.parts.size(), 2);
    QCOMPARE(sliceOf(result, result.parts[1].contentSpan), QByteArray("cut off here"));
    const BodyNote note = noteContaining(
        result,
        u"The body ends without the closing \"--b--\" line; the last part runs to the end of the body."_s);
    QCOMPARE(note.byteOffset, body.size());
    QCOMPARE(note.severity, BodyNote::Severity::Warning);

    // A body that stops right after a delimiter line.
    const DecodedBody bare = decoded(contentType("multipart/mixed; boundary=b"), "--b");
    QCOMPARE(bare.parts.size(), 1);
    QCOMPARE(bare.parts[0].contentSpan.length, 0);
    QVERIFY(hasNoteContaining(bare, u"without the closing"_s));
}

void TestBodyDecoder::multipartWithoutDelimiter()
{
    const DecodedBody result
        = decoded(contentType("multipart/form-data; boundary=zzz"), "--abc\r\n\r\nx\r\n--abc--");
    QCOMPARE(result.kind, BodyKind::Multipart);
    QVERIFY(result.parts.isEmpty());
    QCOMPARE(
        noteContaining(result, u"The body has no \"--zzz\" line; no parts were read."_s).severity,
        BodyNote::Severity::Error);
}

void TestBodyDecoder::multipartPartWithoutBlankLine()
{
    const QByteArray body = "--b\r\nContent-Type: text/plain\r\n--b\r\n\r\nsecond\r\n--b--";
    const DecodedBody result = decoded(contentType("multipart/mixed; boundary=b"), body);
    QCOMPARE(result.parts.size(), 2);
    QCOMPARE(result.parts[0].contentSpan.length, 0);
    QCOMPARE(result.parts[0].contentType.essence(), QByteArray("text/plain"));
    noteContaining(result, u"Part 1 has no empty line after its headers; its content is empty."_s);
    QVERIFY(result.parts[1].headers.isEmpty());
    QCOMPARE(sliceOf(result, result.parts[1].contentSpan), QByteArray("second"));
}

void TestBodyDecoder::multipartBoundaryInsideContent()
{
    // "--b" inside a line, or followed by more text, is content.
    const QByteArray content = "x --b\r\n--bb\r\n--b text";
    const QByteArray body = "--b\r\n\r\n" + content + "\r\n--b--\r\n";
    const DecodedBody result = decoded(contentType("multipart/mixed; boundary=b"), body);
    QCOMPARE(result.parts.size(), 1);
    QCOMPARE(sliceOf(result, result.parts[0].contentSpan), content);
}

void TestBodyDecoder::multipartPartLimit()
{
    BodyDecoderLimits limits;
    limits.maxMultipartParts = 3;
    const QByteArray body = QByteArray("--b\r\n\r\nx\r\n").repeated(10) + "--b--";
    const DecodedBody result = decoded(contentType("multipart/mixed; boundary=b"), body, limits);
    QCOMPARE(result.parts.size(), 3);
    noteContaining(result, u"The body has more than 3 parts; only the first 3 are listed."_s);
}

void TestBodyDecoder::xmlWellFormed()
{
    const QByteArray body
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<!-- delivery -->\n<ns:event xmlns:ns=\"urn:x\"><id>1</id></ns:event>\n";
    const DecodedBody result = decoded(contentType("application/xml"), body);
    QCOMPARE(result.kind, BodyKind::Xml);
    QVERIFY(result.xml.wellFormed);
    QCOMPARE(result.xml.rootElement, u"ns:event"_s);
    QVERIFY(result.xml.errorMessage.isEmpty());
    QCOMPARE(result.xml.errorOffset, -1);
    QVERIFY(result.notes.isEmpty());
    QCOMPARE(result.text, QString::fromUtf8(body));
}

void TestBodyDecoder::xmlMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("root");

    // Qt reports the position where it stopped reading: after the offending token.
    const QByteArray mismatch = "<a>\n  <b>caf\xc3\xa9</c>\n</a>";
    QTest::newRow("tag mismatch, after a two-byte character")
        << mismatch << 2 << 14 << qint64(mismatch.indexOf("</c>") + 4) << u"a"_s;
    const QByteArray twoRoots = "<a/><b/>";
    QTest::newRow("two roots") << twoRoots << 1 << 9 << qint64(8) << u"a"_s;
    const QByteArray unclosed = "<a><b>";
    QTest::newRow("premature end") << unclosed << 1 << 7 << qint64(6) << u"a"_s;
    const QByteArray undeclared = "<x:a/>";
    QTest::newRow("undeclared prefix") << undeclared << 1 << 7 << qint64(6) << QString();
    const QByteArray bom = "\xef\xbb\xbf<a>\xe2\x82\xac</b>";
    QTest::newRow("after a byte order mark") << bom << 1 << 9 << qint64(bom.size()) << u"a"_s;
}

void TestBodyDecoder::xmlMalformed()
{
    QFETCH(QByteArray, body);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(qint64, offset);
    QFETCH(QString, root);

    const DecodedBody result = decoded(contentType("text/xml"), body);
    QCOMPARE(result.kind, BodyKind::Xml);
    QVERIFY(!result.xml.wellFormed);
    QVERIFY(!result.xml.errorMessage.isEmpty());
    QCOMPARE(result.xml.errorLine, line);
    QCOMPARE(result.xml.errorColumn, column);
    QCOMPARE(result.xml.errorOffset, offset);
    QCOMPARE(result.xml.rootElement, root);
    const BodyNote note = noteContaining(result, u"The XML is not well-formed: "_s);
    QCOMPARE(note.severity, BodyNote::Severity::Error);
    QCOMPARE(note.byteOffset, offset);
    QVERIFY(note.message.endsWith(
        u"(line %1, column %2, byte %3)."_s.arg(line).arg(column).arg(offset)));
}

void TestBodyDecoder::xmlEncodingDeclaration()
{
    const QByteArray body = "<?xml version='1.0' encoding='ISO-8859-1'?><name>Jos\xe9</name><";
    const DecodedBody result = decoded(contentType("application/xml"), body);
    QCOMPARE(result.charset, QByteArray("ISO-8859-1"));
    QVERIFY(result.text.contains(u"José"_s));
    QCOMPARE(result.xml.rootElement, u"name"_s);
    QVERIFY(!result.xml.wellFormed);
    QCOMPARE(result.xml.errorOffset, body.size()); // Latin-1: one byte per character

    // The Content-Type charset wins over the declaration.
    const DecodedBody declared
        = decoded(contentType("application/xml; charset=utf-8"),
                  "<?xml version='1.0' encoding='ISO-8859-1'?><n>\xc3\xa9</n>");
    QCOMPARE(declared.charset, QByteArray("UTF-8"));
    QVERIFY(declared.text.contains(u"<n>é</n>"_s));
}

void TestBodyDecoder::xmlDeepNesting()
{
    constexpr int Depth = 200'000;
    const QByteArray body = QByteArray("<a>").repeated(Depth) + QByteArray("</a>").repeated(Depth);
    const DecodedBody result = decoded(contentType("application/xml"), body);
    QVERIFY(result.xml.wellFormed);
    const DecodedBody entities = decoded(
        contentType("application/xml"),
        "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d "
        "\"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
        "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f "
        "\"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
        "<l>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</l>");
    QVERIFY(!entities.xml.wellFormed); // Qt's entity expansion limit
    QVERIFY(!entities.xml.errorMessage.isEmpty());
}

void TestBodyDecoder::binaryAndEmpty()
{
    const QByteArray binary("\x00\x01\x02\xff\xfe\x80 binary", 13);
    const DecodedBody bin = decoded(contentType("application/octet-stream"), binary);
    QCOMPARE(bin.kind, BodyKind::Binary);
    QCOMPARE(bin.bytes, binary);
    QVERIFY(bin.text.isEmpty());
    QVERIFY(bin.charset.isEmpty());
    QVERIFY(!bin.hasJson());

    const DecodedBody declaredBinary = decoded(contentType("image/png"), binary);
    QCOMPARE(declaredBinary.kind, BodyKind::Binary);

    const DecodedBody empty = decoded(contentType("application/json"), {});
    QCOMPARE(empty.kind, BodyKind::Empty);
    QCOMPARE(empty.mediaType.essence(), QByteArray("application/json"));
    QVERIFY(!empty.mediaTypeGuessed);
    QVERIFY(!empty.hasJson());
    QVERIFY(empty.notes.isEmpty());
    QCOMPARE(decoded({}, {}).kind, BodyKind::Empty);
}

void TestBodyDecoder::notesAreCapped()
{
    const QByteArray body = QByteArray("a=%zz&").repeated(5000);
    const DecodedBody result = decoded(contentType("application/x-www-form-urlencoded"), body);
    QCOMPARE(result.formFields.size(), 5000);
    QCOMPARE(result.notes.size(), BodyNoteList::DefaultMaxNotes + 1);
    QCOMPARE(result.notes.last().message, u"4900 more notes like these were left out."_s);
}

void TestBodyDecoder::decodingStepsAndKindNames()
{
    QCOMPARE(bodyKindName(BodyKind::Json), u"JSON"_s);
    QCOMPARE(bodyKindName(BodyKind::Multipart), u"multipart"_s);
    QCOMPARE(formatByteSize(12), u"12 bytes"_s);
    QCOMPARE(formatByteSize(1229), u"1.2 KiB"_s);
    const QByteArray text = QByteArray("0123456789abcdef").repeated(1000);
    const DecodedBody result
        = decoded(headers({ "Content-Encoding: gzip" }), compressed(text, Wrapper::Gzip));
    QCOMPARE(result.steps.size(), 1);
    QVERIFY(result.steps[0].description.endsWith(u" -> 15.6 KiB"_s));
}

QTEST_GUILESS_MAIN(TestBodyDecoder)
#include "tst_bodydecoder.moc"
