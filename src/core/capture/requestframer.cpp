#include "requestframer.h"

#include "common/textsyntax.h"

#include <QtGlobal>

#include <cstring>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

constexpr qsizetype kMaxChunkSizeLineBytes = 4096;
constexpr int kMaxChunkSizeHexDigits = 15; // keeps the size inside qint64

bool isOws(char c) { return c == ' ' || c == '\t'; }

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && isOws(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isOws(text.back()))
        text.chop(1);
    return text;
}

QByteArrayView withoutLineEnding(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool hasToken(QByteArrayView commaList, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= commaList.size()) {
        qsizetype end = commaList.indexOf(',', start);
        if (end < 0)
            end = commaList.size();
        if (trimmedOws(commaList.sliced(start, end - start)).compare(token, Qt::CaseInsensitive)
            == 0)
            return true;
        start = end + 1;
    }
    return false;
}

// Position just past the blank line that ends a head ("\n\n" or "\n\r\n"), or -1.
qsizetype findHeadEnd(QByteArrayView bytes, qsizetype from)
{
    for (qsizetype i = bytes.indexOf('\n', from); i >= 0; i = bytes.indexOf('\n', i + 1)) {
        if (i + 1 < bytes.size() && bytes[i + 1] == '\n')
            return i + 2;
        if (i + 2 < bytes.size() && bytes[i + 1] == '\r' && bytes[i + 2] == '\n')
            return i + 3;
    }
    return -1;
}

} // namespace

int httpStatusFor(FramingError error)
{
    switch (error) {
    case FramingError::None:
        return 200;
    case FramingError::RequestLineTooLong:
        return 414;
    case FramingError::HeadTooLarge:
    case FramingError::TooManyHeaders:
        return 431;
    case FramingError::BodyTooLarge:
        return 413;
    case FramingError::UnsupportedTransferEncoding:
        return 501;
    case FramingError::MalformedRequestLine:
    case FramingError::MalformedHeader:
    case FramingError::BadContentLength:
    case FramingError::ConflictingFraming:
    case FramingError::MalformedChunk:
        return 400;
    }
    return 400;
}

QString describeFramingError(FramingError error)
{
    switch (error) {
    case FramingError::None:
        return {};
    case FramingError::MalformedRequestLine:
        return u"malformed request line"_s;
    case FramingError::MalformedHeader:
        return u"malformed header line"_s;
    case FramingError::RequestLineTooLong:
        return u"request line too long"_s;
    case FramingError::HeadTooLarge:
        return u"request headers too large"_s;
    case FramingError::TooManyHeaders:
        return u"too many request headers"_s;
    case FramingError::BadContentLength:
        return u"invalid Content-Length"_s;
    case FramingError::ConflictingFraming:
        return u"both Content-Length and Transfer-Encoding: chunked"_s;
    case FramingError::UnsupportedTransferEncoding:
        return u"unsupported Transfer-Encoding"_s;
    case FramingError::BodyTooLarge:
        return u"request body too large"_s;
    case FramingError::MalformedChunk:
        return u"malformed chunked body"_s;
    }
    return {};
}

RequestFramer::RequestFramer(const CaptureLimits &limits) : m_limits(limits) { }

RequestFramer::Step RequestFramer::advance(QByteArrayView bytes)
{
    switch (m_state) {
    case State::BeforeRequest:
        return consumeBeforeRequest(bytes);
    case State::Head:
        return consumeHead(bytes);
    case State::FixedBody:
        return consumeFixedBody(bytes);
    case State::ChunkSizeLine:
        return consumeChunkSizeLine(bytes);
    case State::ChunkData:
        return consumeChunkData(bytes);
    case State::ChunkDataEnd:
        return consumeChunkDataEnd(bytes);
    case State::Trailers:
        return consumeTrailers(bytes);
    case State::Complete:
        m_state = State::BeforeRequest;
        return { 0, Event::RequestComplete };
    case State::Failed:
        return {};
    }
    return {};
}

RequestFramer::Step RequestFramer::consumeBeforeRequest(QByteArrayView bytes)
{
    // Like QHttpServer, ignore blank lines and whitespace left over between requests.
    qsizetype skipped = 0;
    while (skipped < bytes.size()) {
        const char c = bytes[skipped];
        if (c != '\r' && c != '\n' && c != ' ' && c != '\t' && c != '\v')
            break;
        ++skipped;
    }
    if (skipped == bytes.size())
        return { skipped, Event::None };

    m_state = State::Head;
    m_head = RequestHead();
    m_hasHead = false;
    m_headBytes.clear();
    m_line.clear();
    m_bodyReceived = 0;
    m_remaining = 0;
    m_trailerBytes = 0;
    return { skipped, Event::RequestStarted };
}

RequestFramer::Step RequestFramer::consumeHead(QByteArrayView bytes)
{
    const qsizetype before = m_headBytes.size();
    const qsizetype room = m_limits.maxHeadBytes - before;
    const qsizetype appended = qMin(bytes.size(), qMax<qsizetype>(room, 0));
    m_headBytes.append(bytes.first(appended));

    const qsizetype end = findHeadEnd(m_headBytes, qMax<qsizetype>(before - 2, 0));
    if (end < 0) {
        const qsizetype firstNewline = m_headBytes.indexOf('\n');
        if ((firstNewline < 0 && m_headBytes.size() > m_limits.maxRequestLineBytes)
            || firstNewline > m_limits.maxRequestLineBytes)
            return fail(FramingError::RequestLineTooLong, appended);
        if (m_headBytes.size() >= m_limits.maxHeadBytes)
            return fail(FramingError::HeadTooLarge, appended);
        return { appended, Event::None };
    }

    const qsizetype consumed = end - before;
    m_headBytes.truncate(end);
    if (m_headBytes.indexOf('\n') > m_limits.maxRequestLineBytes)
        return fail(FramingError::RequestLineTooLong, consumed);
    if (!parseHead())
        return fail(m_error, consumed);
    m_hasHead = true;
    if (!m_head.chunked && m_head.contentLength > m_limits.maxBodyBytes)
        return fail(FramingError::BodyTooLarge, consumed);
    enterBody();
    return { consumed, Event::HeadComplete };
}

void RequestFramer::enterBody()
{
    if (m_head.chunked) {
        m_state = State::ChunkSizeLine;
        m_line.clear();
    } else if (m_head.contentLength > 0) {
        m_state = State::FixedBody;
        m_remaining = m_head.contentLength;
    } else {
        m_state = State::Complete;
    }
}

RequestFramer::Step RequestFramer::consumeFixedBody(QByteArrayView bytes)
{
    const qsizetype take = qMin<qint64>(m_remaining, bytes.size());
    m_remaining -= take;
    m_bodyReceived += take;
    if (m_remaining > 0)
        return { take, Event::None };
    m_state = State::BeforeRequest;
    return { take, Event::RequestComplete };
}

RequestFramer::Step RequestFramer::consumeChunkSizeLine(QByteArrayView bytes)
{
    bool complete = false;
    bool tooLong = false;
    const qsizetype taken = takeLine(bytes, kMaxChunkSizeLineBytes, &complete, &tooLong);
    if (tooLong)
        return fail(FramingError::MalformedChunk, taken);
    if (!complete)
        return { taken, Event::None };

    QByteArrayView sizeText = withoutLineEnding(m_line);
    const qsizetype extension = sizeText.indexOf(';');
    if (extension >= 0)
        sizeText = sizeText.first(extension);
    sizeText = trimmedOws(sizeText);
    if (sizeText.isEmpty())
        return fail(FramingError::MalformedChunk, taken);
    if (sizeText.size() > kMaxChunkSizeHexDigits)
        return fail(FramingError::BodyTooLarge, taken);
    bool ok = false;
    const qint64 size = sizeText.toLongLong(&ok, 16);
    if (!ok || size < 0)
        return fail(FramingError::MalformedChunk, taken);
    if (size > m_limits.maxBodyBytes - m_bodyReceived)
        return fail(FramingError::BodyTooLarge, taken);

    m_line.clear();
    if (size == 0) {
        m_state = State::Trailers;
    } else {
        m_state = State::ChunkData;
        m_remaining = size;
    }
    return { taken, Event::None };
}

RequestFramer::Step RequestFramer::consumeChunkData(QByteArrayView bytes)
{
    const qsizetype take = qMin<qint64>(m_remaining, bytes.size());
    m_remaining -= take;
    m_bodyReceived += take;
    if (m_remaining == 0) {
        m_state = State::ChunkDataEnd;
        m_line.clear();
    }
    return { take, Event::None };
}

RequestFramer::Step RequestFramer::consumeChunkDataEnd(QByteArrayView bytes)
{
    bool complete = false;
    bool tooLong = false;
    const qsizetype taken = takeLine(bytes, 2, &complete, &tooLong);
    if (tooLong || (complete && !withoutLineEnding(m_line).isEmpty()))
        return fail(FramingError::MalformedChunk, taken);
    if (!complete)
        return { taken, Event::None };
    m_line.clear();
    m_state = State::ChunkSizeLine;
    return { taken, Event::None };
}

RequestFramer::Step RequestFramer::consumeTrailers(QByteArrayView bytes)
{
    bool complete = false;
    bool tooLong = false;
    const qsizetype taken = takeLine(bytes, m_limits.maxHeadBytes, &complete, &tooLong);
    m_trailerBytes += taken;
    if (tooLong || m_trailerBytes > m_limits.maxHeadBytes)
        return fail(FramingError::HeadTooLarge, taken);
    if (!complete)
        return { taken, Event::None };
    const bool blank = withoutLineEnding(m_line).isEmpty();
    m_line.clear();
    if (!blank)
        return { taken, Event::None };
    m_state = State::BeforeRequest;
    return { taken, Event::RequestComplete };
}

RequestFramer::Step RequestFramer::fail(FramingError error, qsizetype consumed)
{
    m_error = error;
    m_state = State::Failed;
    return { consumed, Event::Error };
}

qsizetype RequestFramer::takeLine(QByteArrayView bytes, qsizetype maxLineBytes, bool *lineComplete,
                                  bool *tooLong)
{
    const qsizetype newline = bytes.indexOf('\n');
    const qsizetype taken = newline >= 0 ? newline + 1 : bytes.size();
    *lineComplete = newline >= 0;
    // Count the line without its ending against the limit.
    const qsizetype contentBytes = m_line.size() + taken - (newline >= 0 ? 1 : 0);
    if (contentBytes > maxLineBytes + 1) { // +1 tolerates the CR of a CRLF ending
        *tooLong = true;
        return taken;
    }
    m_line.append(bytes.first(taken));
    return taken;
}

bool RequestFramer::parseHead()
{
    const qsizetype lineEnd = m_headBytes.indexOf('\n');
    if (!parseRequestLine(withoutLineEnding(QByteArrayView(m_headBytes).first(lineEnd + 1))))
        return false;
    if (!parseHeaderLines(QByteArrayView(m_headBytes).sliced(lineEnd + 1)))
        return false;
    return decideFraming();
}

bool RequestFramer::parseRequestLine(QByteArrayView line)
{
    m_error = FramingError::MalformedRequestLine;
    const qsizetype methodEnd = line.indexOf(' ');
    if (methodEnd <= 0)
        return false;
    qsizetype targetStart = methodEnd;
    while (targetStart < line.size() && line[targetStart] == ' ')
        ++targetStart;
    const qsizetype targetEnd = line.indexOf(' ', targetStart);
    if (targetEnd < 0)
        return false;
    qsizetype versionStart = targetEnd;
    while (versionStart < line.size() && line[versionStart] == ' ')
        ++versionStart;
    qsizetype versionEnd = line.indexOf(' ', versionStart);
    if (versionEnd < 0)
        versionEnd = line.size();

    const QByteArrayView method = line.first(methodEnd);
    const QByteArrayView target = line.sliced(targetStart, targetEnd - targetStart);
    const QByteArrayView version = line.sliced(versionStart, versionEnd - versionStart);
    if (!isToken(method) || target.isEmpty())
        return false;
    for (char c : target) {
        if (static_cast<unsigned char>(c) < 0x21 || c == 0x7f)
            return false;
    }
    if (version.size() != 8 || !version.startsWith("HTTP/1.") || version[7] < '0'
        || version[7] > '9')
        return false;

    m_head.method = method.toByteArray();
    m_head.target = target.toByteArray();
    m_head.httpVersion = version.toByteArray();
    m_error = FramingError::None;
    return true;
}

bool RequestFramer::parseHeaderLines(QByteArrayView block)
{
    qsizetype start = 0;
    while (start < block.size()) {
        qsizetype end = block.indexOf('\n', start);
        if (end < 0)
            end = block.size();
        const QByteArrayView line = withoutLineEnding(block.sliced(start, end - start));
        start = end + 1;
        if (line.isEmpty())
            break;
        if (isOws(line.front())) { // obsolete line folding (RFC 9112 section 5.2)
            m_error = FramingError::MalformedHeader;
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            m_error = FramingError::MalformedHeader;
            return false;
        }
        if (m_head.headers.size() >= m_limits.maxHeaderCount) {
            m_error = FramingError::TooManyHeaders;
            return false;
        }
        m_head.headers.append(HttpHeader
                { line.first(colon).toByteArray(), trimmedOws(line.sliced(colon + 1)).toByteArray() });
    }
    return true;
}

bool RequestFramer::decideFraming()
{
    QByteArray transferEncoding;
    QByteArray contentLength;
    bool sawContentLength = false;
    for (const HttpHeader &header : std::as_const(m_head.headers)) {
        if (header.name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (!transferEncoding.isEmpty())
                transferEncoding.append(',');
            transferEncoding.append(header.value);
        } else if (header.name.compare("content-length", Qt::CaseInsensitive) == 0) {
            // Repeated Content-Length must agree, and a list ("5, 5") is refused: QHttpServer
            // would read it differently and the two parsers would fall out of step.
            if (sawContentLength && header.value != contentLength) {
                m_error = FramingError::BadContentLength;
                return false;
            }
            sawContentLength = true;
            contentLength = header.value;
        }
    }

    if (!transferEncoding.isEmpty()) {
        if (sawContentLength) {
            m_error = FramingError::ConflictingFraming;
            return false;
        }
        if (trimmedOws(transferEncoding).compare("chunked", Qt::CaseInsensitive) != 0) {
            m_error = FramingError::UnsupportedTransferEncoding;
            return false;
        }
        m_head.chunked = true;
    } else if (sawContentLength) {
        if (contentLength.isEmpty()) {
            m_error = FramingError::BadContentLength;
            return false;
        }
        for (char c : std::as_const(contentLength)) {
            if (c < '0' || c > '9') {
                m_error = FramingError::BadContentLength;
                return false;
            }
        }
        bool ok = false;
        const qint64 length = contentLength.toLongLong(&ok);
        m_head.contentLength = ok ? length : std::numeric_limits<qint64>::max();
    }

    const QByteArray expect = headerValue(m_head.headers, "expect");
    m_head.expectsContinue = expect.compare("100-continue", Qt::CaseInsensitive) == 0
            && m_head.httpVersion != "HTTP/1.0";
    const QByteArray connection = headerValue(m_head.headers, "connection");
    m_head.wantsClose = hasToken(connection, "close")
            || (m_head.httpVersion == "HTTP/1.0" && !hasToken(connection, "keep-alive"));
    return true;
}

} // namespace hookscope
