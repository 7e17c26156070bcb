#pragma once

#include "capturelimits.h"
#include "common/httpheaders.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace hookscope {

// The request line and headers of one HTTP/1.x request, exactly as the client sent them.
struct RequestHead
{
    QByteArray method;
    QByteArray target;
    QByteArray httpVersion;
    HttpHeaderList headers;
    qint64 contentLength = 0;
    bool chunked = false;
    bool expectsContinue = false;
    bool wantsClose = false;
};

enum class FramingError {
    None,
    MalformedRequestLine,
    MalformedHeader,
    RequestLineTooLong,
    HeadTooLarge,
    TooManyHeaders,
    BadContentLength,
    ConflictingFraming,
    UnsupportedTransferEncoding,
    BodyTooLarge,
    MalformedChunk,
};

int httpStatusFor(FramingError error);
QString describeFramingError(FramingError error);

// Incremental HTTP/1.x request framing over a connection's byte stream: where each request's
// head and body begin and end, with every size bounded by CaptureLimits. It keeps the head
// bytes only; the body is counted, never buffered. Feed it bytes with advance() until it
// reports Event::None (needs more input).
class RequestFramer
{
public:
    enum class Event { None, RequestStarted, HeadComplete, RequestComplete, Error };
    struct Step
    {
        qsizetype consumed = 0;
        Event event = Event::None;
    };

    explicit RequestFramer(const CaptureLimits &limits);

    Step advance(QByteArrayView bytes);

    // Valid from HeadComplete until the next request starts; also after a BodyTooLarge error.
    const RequestHead &head() const { return m_head; }
    bool hasHead() const { return m_hasHead; }
    FramingError error() const { return m_error; }
    qint64 bodyBytesReceived() const { return m_bodyReceived; }

    bool isBetweenRequests() const { return m_state == State::BeforeRequest; }
    bool isReceivingHead() const { return m_state == State::Head; }

private:
    enum class State {
        BeforeRequest,
        Head,
        FixedBody,
        ChunkSizeLine,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Complete,
        Failed,
    };

    Step consumeBeforeRequest(QByteArrayView bytes);
    Step consumeHead(QByteArrayView bytes);
    Step consumeFixedBody(QByteArrayView bytes);
    Step consumeChunkSizeLine(QByteArrayView bytes);
    Step consumeChunkData(QByteArrayView bytes);
    Step consumeChunkDataEnd(QByteArrayView bytes);
    Step consumeTrailers(QByteArrayView bytes);
    void enterBody();
    Step fail(FramingError error, qsizetype consumed);

    bool parseHead();
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLines(QByteArrayView block);
    bool decideFraming();
    // Appends to m_line up to and including '\n'; returns bytes taken and whether a line ended.
    qsizetype takeLine(QByteArrayView bytes, qsizetype maxLineBytes, bool *lineComplete,
                       bool *tooLong);

    CaptureLimits m_limits;
    State m_state = State::BeforeRequest;
    FramingError m_error = FramingError::None;
    RequestHead m_head;
    bool m_hasHead = false;
    QByteArray m_headBytes;
    QByteArray m_line;
    qint64 m_bodyReceived = 0;
    qint64 m_remaining = 0;
    qint64 m_trailerBytes = 0;
};

} // namespace hookscope
