#include "contentencodingdecoder.h"

#include <QScopeGuard>

#include <zlib.h>

#if defined(HOOKSCOPE_HAVE_BROTLI)
#include <brotli/decode.h>
#endif

#include <limits>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

enum class ZlibFormat { Gzip, ZlibWrapped, RawDeflate };

struct InflateOutcome
{
    enum class Status { Done, Truncated, Corrupt, TooLarge };

    Status status = Status::Done;
    QByteArray bytes;
    qint64 errorOffset = -1; // into the input, for Corrupt
    QString zlibMessage;
    qint64 trailingBytes = 0; // after the end of the compressed data
};

bool startsWithGzipSignature(QByteArrayView bytes)
{
    return bytes.size() >= 2 && uchar(bytes[0]) == 0x1f && uchar(bytes[1]) == 0x8b;
}

// RFC 1950: compression method 8, a window of at most 32 KiB, and a header check multiple of 31.
bool startsWithZlibHeader(QByteArrayView bytes)
{
    if (bytes.size() < 2)
        return false;
    const uint cmf = uchar(bytes[0]);
    const uint flg = uchar(bytes[1]);
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && (cmf * 256 + flg) % 31 == 0;
}

// Inflates the whole input, never holding more than limit + 1 output bytes.
InflateOutcome inflateBounded(QByteArrayView input, ZlibFormat format, qint64 limit)
{
    InflateOutcome outcome;
    z_stream stream {};
    const int windowBits = format == ZlibFormat::Gzip ? 16 + MAX_WBITS
        : format == ZlibFormat::ZlibWrapped           ? MAX_WBITS
                                                      : -MAX_WBITS;
    if (inflateInit2(&stream, windowBits) != Z_OK) {
        outcome.status = InflateOutcome::Status::Corrupt;
        outcome.zlibMessage = u"zlib could not start"_s;
        return outcome;
    }
    const auto cleanup = qScopeGuard([&stream] { inflateEnd(&stream); });

    // zlib counts in uInt; feed and drain in pieces that always fit.
    constexpr qint64 MaxPiece = 1 << 30;
    const qint64 capacityLimit = limit + 1; // one byte more than allowed proves "too large"
    const auto *inputStart = reinterpret_cast<const Bytef *>(input.data());
    qint64 fed = 0;
    qint64 produced = 0;
    QByteArray &out = outcome.bytes;
    const auto inputPosition = [&] { return qint64(stream.next_in - inputStart); };

    for (;;) {
        if (stream.avail_in == 0 && fed < input.size()) {
            stream.next_in = const_cast<Bytef *>(inputStart + fed);
            stream.avail_in = uInt(qMin(MaxPiece, input.size() - fed));
            fed += stream.avail_in;
        }
        if (produced == out.size())
            out.resize(qMin(capacityLimit, qMax<qint64>(64 * 1024, out.size() * 2)));
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        stream.avail_out = uInt(qMin(MaxPiece, out.size() - produced));

        const int status = inflate(&stream, Z_NO_FLUSH);
        produced = reinterpret_cast<char *>(stream.next_out) - out.data();
        if (produced > limit) {
            outcome.status = InflateOutcome::Status::TooLarge;
            break;
        }
        if (status == Z_STREAM_END) {
            const QByteArrayView rest = input.sliced(inputPosition());
            if (format == ZlibFormat::Gzip && startsWithGzipSignature(rest)) {
                inflateReset(&stream); // RFC 1952 allows several members, one after another
                continue;
            }
            outcome.trailingBytes = rest.size();
            break;
        }
        if (status != Z_OK && status != Z_BUF_ERROR) {
            outcome.status = InflateOutcome::Status::Corrupt;
            outcome.errorOffset = inputPosition();
            outcome.zlibMessage = status == Z_NEED_DICT ? u"it needs a preset dictionary"_s
                : stream.msg                            ? QString::fromLatin1(stream.msg)
                                                        : u"zlib error %1"_s.arg(status);
            break;
        }
        if (stream.avail_in == 0 && fed == input.size() && stream.avail_out > 0) {
            outcome.status = InflateOutcome::Status::Truncated;
            break;
        }
    }
    if (outcome.status == InflateOutcome::Status::Done) {
        out.resize(produced);
        out.squeeze();
    } else {
        out = QByteArray();
    }
    return outcome;
}

#if defined(HOOKSCOPE_HAVE_BROTLI)
// Decodes Brotli (RFC 7932), never holding more than limit + 1 output bytes.
InflateOutcome brotliBounded(QByteArrayView input, qint64 limit)
{
    InflateOutcome outcome;
    BrotliDecoderState *state = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (!state) {
        outcome.status = InflateOutcome::Status::Corrupt;
        outcome.zlibMessage = u"the Brotli decoder could not start"_s;
        return outcome;
    }
    const auto cleanup = qScopeGuard([state] { BrotliDecoderDestroyInstance(state); });
    size_t availableIn = size_t(input.size());
    const auto *nextIn = reinterpret_cast<const uint8_t *>(input.data());
    QByteArray &out = outcome.bytes;
    qint64 produced = 0;
    for (;;) {
        if (produced == out.size())
            out.resize(qMin(limit + 1, qMax<qint64>(64 * 1024, out.size() * 2)));
        size_t availableOut = size_t(out.size() - produced);
        auto *nextOut = reinterpret_cast<uint8_t *>(out.data() + produced);
        const BrotliDecoderResult result =
                BrotliDecoderDecompressStream(state, &availableIn, &nextIn, &availableOut, &nextOut, nullptr);
        produced = reinterpret_cast<char *>(nextOut) - out.data();
        if (produced > limit) {
            outcome.status = InflateOutcome::Status::TooLarge;
            break;
        }
        if (result == BROTLI_DECODER_RESULT_SUCCESS) {
            outcome.trailingBytes = qint64(availableIn);
            break;
        }
        if (result == BROTLI_DECODER_RESULT_ERROR) {
            outcome.status = InflateOutcome::Status::Corrupt;
            outcome.errorOffset = qint64(nextIn - reinterpret_cast<const uint8_t *>(input.data()));
            outcome.zlibMessage = QString::fromLatin1(BrotliDecoderErrorString(BrotliDecoderGetErrorCode(state)));
            break;
        }
        if (result == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
            outcome.status = InflateOutcome::Status::Truncated;
            break;
        }
    }
    if (outcome.status == InflateOutcome::Status::Done)
        out.resize(produced);
    else
        out = QByteArray();
    return outcome;
}
#endif

QString knownUnsupportedCoding(const QByteArray &coding)
{
#if !defined(HOOKSCOPE_HAVE_BROTLI)
    if (coding == "br")
        return u"Brotli (br)"_s;
#endif
    if (coding == "zstd")
        return u"Zstandard (zstd)"_s;
    if (coding == "compress" || coding == "x-compress")
        return u"LZW (%1)"_s.arg(QString::fromLatin1(coding));
    return {};
}

} // namespace

ContentEncodingDecoder::ContentEncodingDecoder(ContentDecodingLimits limits) : m_limits(limits) { }

QList<QByteArray> ContentEncodingDecoder::codingsFromHeaders(const HttpHeaderList &headers)
{
    QList<QByteArray> codings;
    for (const HttpHeader &header : headers) {
        if (QByteArrayView(header.name).compare("content-encoding", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &item : header.value.split(',')) {
            const QByteArray coding = item.trimmed().toLower();
            if (!coding.isEmpty())
                codings.append(coding);
        }
    }
    return codings;
}

qint64 ContentEncodingDecoder::decodedSizeLimit(qint64 receivedSize) const
{
    const qint64 ratio = qMax<qint64>(1, m_limits.maxRatio);
    const qint64 byRatio = receivedSize > std::numeric_limits<qint64>::max() / ratio
        ? std::numeric_limits<qint64>::max()
        : qMax(m_limits.ratioFreeSize, receivedSize * ratio);
    return qMax<qint64>(0, qMin(m_limits.maxDecodedSize, byRatio));
}

QString ContentEncodingDecoder::limitExplanation(qint64 receivedSize) const
{
    const qint64 limit = decodedSizeLimit(receivedSize);
    if (limit == m_limits.maxDecodedSize)
        return u"the maximum decoded size, %1"_s.arg(formatByteSize(limit));
    if (limit == m_limits.ratioFreeSize)
        return u"%1 times the %2 received, but at least %3"_s.arg(m_limits.maxRatio)
            .arg(formatByteSize(receivedSize), formatByteSize(limit));
    return u"%1 times the %2 received"_s.arg(m_limits.maxRatio).arg(formatByteSize(receivedSize));
}

ContentEncodingDecoder::Result ContentEncodingDecoder::decode(const QByteArray &body,
                                                              const QList<QByteArray> &codings,
                                                              BodyNoteList &notes) const
{
    Result result;
    result.bytes = body;
    if (body.isEmpty())
        return result; // nothing to undo, whatever the header says
    qsizetype layers = 0;
    for (const QByteArray &coding : codings)
        layers += coding == "identity" ? 0 : 1;
    if (layers > m_limits.maxCodings) {
        result.undone = false;
        notes.add(BodyNote::Severity::Error,
                  u"Content-Encoding lists %1 codings, more than the %2 Hookscope undoes; showing "
                  "the raw body."_s.arg(layers)
                      .arg(m_limits.maxCodings));
        return result;
    }

    QByteArray bytes = body;
    bool outermost = true;
    for (auto it = codings.crbegin(); it != codings.crend(); ++it) {
        if (*it == "identity")
            continue;
        if (!undoCoding(*it, bytes, body.size(), result.steps, notes, outermost)) {
            result.undone = false;
            result.steps.clear(); // they led to bytes that are not shown
            return result;
        }
        outermost = false;
    }
    result.bytes = bytes;
    return result;
}

bool ContentEncodingDecoder::undoCoding(const QByteArray &coding, QByteArray &bytes,
                                        qint64 receivedSize, QList<DecodingStep> &steps,
                                        BodyNoteList &notes, bool outermost) const
{
    const QString name = QString::fromLatin1(coding);
    const auto fail = [&](const QString &why, qint64 offset = -1) {
        notes.add(BodyNote::Severity::Error, u"%1: %2; showing the raw body."_s.arg(name, why),
                  outermost ? offset : -1);
        return false;
    };

    ZlibFormat format = ZlibFormat::Gzip;
    QString stepName = name;
    const bool brotli = coding == "br" && knownUnsupportedCoding(coding).isEmpty();
    if (brotli) {
        // decoded below
    } else if (coding == "gzip" || coding == "x-gzip") {
        if (!bytes.isEmpty() && !startsWithGzipSignature(bytes))
            return fail(u"the data does not start with the gzip signature 1F 8B"_s, 0);
        format = ZlibFormat::Gzip;
    } else if (coding == "deflate") {
        // HTTP's "deflate" is the zlib format, but some servers send raw deflate.
        format = startsWithZlibHeader(bytes) ? ZlibFormat::ZlibWrapped : ZlibFormat::RawDeflate;
        if (format == ZlibFormat::RawDeflate)
            stepName = u"deflate (raw, without zlib header)"_s;
    } else if (const QString unsupported = knownUnsupportedCoding(coding); !unsupported.isEmpty()) {
        return fail(u"%1 is not supported by this build of Hookscope"_s.arg(unsupported));
    } else {
        return fail(u"\"%1\" is not a content coding Hookscope knows"_s.arg(name.left(80)));
    }
    if (bytes.isEmpty())
        return true; // an inner layer may be empty

    const qint64 limit = decodedSizeLimit(receivedSize);
#if defined(HOOKSCOPE_HAVE_BROTLI)
    const InflateOutcome outcome = brotli ? brotliBounded(bytes, limit) : inflateBounded(bytes, format, limit);
#else
    const InflateOutcome outcome = inflateBounded(bytes, format, limit);
#endif
    switch (outcome.status) {
    case InflateOutcome::Status::TooLarge:
        return fail(u"the decompressed size exceeds %1 bytes (%2)"_s.arg(limit).arg(
            limitExplanation(receivedSize)));
    case InflateOutcome::Status::Truncated:
        return fail(u"the compressed data ends early, after %1, without its end marker"_s.arg(
            formatByteSize(bytes.size())));
    case InflateOutcome::Status::Corrupt:
        return fail(u"the compressed data is corrupt at byte %1 (%2)"_s.arg(outcome.errorOffset)
                        .arg(outcome.zlibMessage),
                    outcome.errorOffset);
    case InflateOutcome::Status::Done:
        break;
    }
    if (outcome.trailingBytes > 0) {
        // No offset: the bytes shown are the decoded ones, the ignored bytes are in the raw body.
        notes.add(BodyNote::Severity::Warning,
                  u"%1: %2 after the end of the compressed data (from byte %3 of the encoded "
                  "data) were ignored."_s.arg(name, formatByteSize(outcome.trailingBytes))
                      .arg(bytes.size() - outcome.trailingBytes));
    }
    steps.append({ name, bytes.size(), outcome.bytes.size(),
                   u"%1: %2 -> %3"_s.arg(stepName, formatByteSize(bytes.size()),
                                         formatByteSize(outcome.bytes.size())) });
    bytes = outcome.bytes;
    return true;
}

} // namespace hookscope
