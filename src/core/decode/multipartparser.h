#pragma once

#include "decode/bodynotelist.h"
#include "decode/decodedbody.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace hookscope {

// multipart/* bodies (RFC 2046 5.1, RFC 7578): parts between "--boundary" lines, each with its
// header block and content span. Lenient where senders are: LF alone ends lines as well as CRLF,
// and a body without its closing "--boundary--" line keeps its last part, with a note. Parts are
// not split further when they are multipart themselves.
class MultipartParser
{
public:
    static constexpr int DefaultMaxParts = 10'000;
    static constexpr int MaxHeadersPerPart = 100;
    static constexpr qsizetype MaxBoundaryLength = 256; // RFC 2046 allows 70

    static QList<MultipartPart> parse(const QByteArray &body, QByteArrayView boundary,
                                      BodyNoteList &notes, int maxParts = DefaultMaxParts);

    // The boundary of the first line when it reads "--boundary": for bodies whose Content-Type
    // lacks the parameter. Null when the first line is not like that.
    static QByteArray boundaryFromFirstLine(QByteArrayView body);
};

} // namespace hookscope
