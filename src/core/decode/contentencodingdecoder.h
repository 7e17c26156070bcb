#pragma once

#include "common/httpheaders.h"
#include "decode/bodynotelist.h"
#include "decode/decodedbody.h"

#include <QByteArray>
#include <QList>

namespace hookscope {

struct ContentDecodingLimits
{
    qint64 maxDecodedSize = 64 * 1024 * 1024;
    // Beyond ratioFreeSize, a decoded size may be at most maxRatio times the received body, so a
    // small compression bomb stops early. JSON payloads compress about 5-20:1, far below it.
    qint64 maxRatio = 200;
    qint64 ratioFreeSize = 1024 * 1024;
    int maxCodings = 8; // more layers than that are not undone at all
};

// Undoes the Content-Encoding of a body with zlib: gzip and x-gzip (concatenated members too),
// deflate with or without its zlib wrapper, identity. Codings are undone in the reverse order of
// the header. Nothing is decoded partially: when any coding cannot be undone (unknown, not
// supported, corrupt, truncated, or over the size limits), the result is the raw body and a note
// says why.
class ContentEncodingDecoder
{
public:
    struct Result
    {
        QByteArray bytes;
        bool undone = true;
        QList<DecodingStep> steps;
    };

    explicit ContentEncodingDecoder(ContentDecodingLimits limits = {});

    // Every Content-Encoding header in order, split at commas, lower case, empty items dropped.
    static QList<QByteArray> codingsFromHeaders(const HttpHeaderList &headers);

    Result decode(const QByteArray &body, const QList<QByteArray> &codings,
                  BodyNoteList &notes) const;

    // The largest decoded size accepted for a body of receivedSize bytes.
    qint64 decodedSizeLimit(qint64 receivedSize) const;

private:
    bool undoCoding(const QByteArray &coding, QByteArray &bytes, qint64 receivedSize,
                    QList<DecodingStep> &steps, BodyNoteList &notes, bool outermost) const;
    QString limitExplanation(qint64 receivedSize) const;

    ContentDecodingLimits m_limits;
};

} // namespace hookscope
