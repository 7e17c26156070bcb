#include "multipartparser.h"

#include "decode/bodysniffer.h"
#include "decode/headerparameters.h"

#include <QByteArrayMatcher>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

bool isPadding(char c)
{
    return c == ' ' || c == '\t';
}

// End of the line starting at from (the index of its '\n', or the end of the range) and the
// start of the next one.
struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // without CR LF
    qsizetype next = 0;
};

Line lineAt(QByteArrayView bytes, qsizetype from, qsizetype limit)
{
    Line line;
    line.start = from;
    const qsizetype newline = bytes.first(limit).indexOf('\n', from);
    line.next = newline < 0 ? limit : newline + 1;
    line.end = newline < 0 ? limit : newline;
    if (line.end > from && bytes[line.end - 1] == '\r')
        --line.end;
    return line;
}

class DelimiterFinder
{
public:
    DelimiterFinder(QByteArrayView body, QByteArrayView boundary)
        : m_body(body), m_delimiter("--" + boundary.toByteArray()), m_matcher(m_delimiter)
    { }

    qsizetype delimiterSize() const { return m_delimiter.size(); }

    // The next "--boundary" at the start of a line, followed only by "--" or padding up to the
    // end of the line; -1 if there is none.
    qsizetype find(qsizetype from) const
    {
        while (from <= m_body.size()) {
            const qsizetype at = m_matcher.indexIn(m_body.data(), m_body.size(), from);
            if (at < 0)
                return -1;
            if ((at == 0 || m_body[at - 1] == '\n') && endsDelimiterLine(at + m_delimiter.size()))
                return at;
            from = at + 1;
        }
        return -1;
    }

    bool isCloseDelimiter(qsizetype at) const
    {
        return m_body.sliced(at + m_delimiter.size()).startsWith("--");
    }

private:
    bool endsDelimiterLine(qsizetype i) const
    {
        if (m_body.sliced(i).startsWith("--"))
            return true;
        while (i < m_body.size() && isPadding(m_body[i]))
            ++i;
        return i == m_body.size() || m_body[i] == '\n' || m_body.sliced(i).startsWith("\r\n");
    }

    QByteArrayView m_body;
    QByteArray m_delimiter;
    QByteArrayMatcher m_matcher;
};

// The CR LF (or LF) before a delimiter belongs to the delimiter, not to the content.
qsizetype contentEndBefore(QByteArrayView body, qsizetype delimiter, qsizetype contentStart)
{
    qsizetype end = delimiter;
    if (end > contentStart && body[end - 1] == '\n')
        --end;
    if (end > contentStart && body[end - 1] == '\r')
        --end;
    return end;
}

void applyHeaders(MultipartPart &part)
{
    const QByteArray disposition = headerValue(part.headers, "content-disposition");
    if (!disposition.isNull()) {
        const qsizetype semicolon = disposition.indexOf(';');
        if (semicolon >= 0) {
            const HeaderParameters parameters
                = HeaderParameters::parse(QByteArrayView(disposition).sliced(semicolon + 1));
            part.name = QString::fromUtf8(parameters.value("name"));
            if (parameters.contains("filename"))
                part.fileName = QString::fromUtf8(parameters.value("filename"));
        }
    }
    const QByteArray contentType = headerValue(part.headers, "content-type");
    if (!contentType.isNull())
        part.contentType = MediaType::parse(contentType);
}

} // namespace

QByteArray MultipartParser::boundaryFromFirstLine(QByteArrayView body)
{
    const Line line = lineAt(body, 0, body.size());
    QByteArrayView text = body.sliced(0, line.end);
    while (!text.isEmpty() && isPadding(text.back()))
        text.chop(1);
    if (!text.startsWith("--") || text.size() < 3 || text.size() > MaxBoundaryLength + 2)
        return {};
    for (char c : text) {
        if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
            return {};
    }
    return text.sliced(2).toByteArray();
}

QList<MultipartPart> MultipartParser::parse(const QByteArray &body, QByteArrayView boundary,
                                            BodyNoteList &notes, int maxParts)
{
    QList<MultipartPart> parts;
    if (boundary.isEmpty() || boundary.size() > MaxBoundaryLength) {
        notes.add(BodyNote::Severity::Error,
                  u"The multipart boundary is %1; no parts were read."_s.arg(
                      boundary.isEmpty() ? u"empty"_s
                                         : u"longer than %1 bytes"_s.arg(MaxBoundaryLength)));
        return parts;
    }
    const QByteArrayView view(body);
    const DelimiterFinder finder(view, boundary);
    const QString delimiterText = u"--"_s + QString::fromLatin1(boundary);

    qsizetype delimiter = finder.find(0);
    if (delimiter < 0) {
        notes.add(BodyNote::Severity::Error,
                  u"The body has no \"%1\" line; no parts were read."_s.arg(delimiterText));
        return parts;
    }
    while (!finder.isCloseDelimiter(delimiter)) {
        if (parts.size() >= maxParts) {
            notes.add(
                BodyNote::Severity::Warning,
                u"The body has more than %1 parts; only the first %1 are listed."_s.arg(maxParts),
                delimiter);
            return parts;
        }
        const qsizetype partStart = lineAt(view, delimiter, view.size()).next;
        const qsizetype next = finder.find(partStart);
        const qsizetype partLimit = next < 0 ? view.size() : next;

        MultipartPart part;
        qsizetype contentStart = -1;
        qsizetype position = partStart;
        while (position < partLimit) {
            const Line line = lineAt(view, position, partLimit);
            position = line.next;
            if (line.end == line.start) {
                contentStart = line.next;
                break;
            }
            const QByteArrayView text = view.sliced(line.start, line.end - line.start);
            if (isPadding(text.front()) && !part.headers.isEmpty()) {
                part.headers.last().value += ' ' + text.trimmed().toByteArray();
                continue;
            }
            const qsizetype colon = text.indexOf(':');
            if (colon <= 0 || part.headers.size() >= MaxHeadersPerPart) {
                notes.addLazily(BodyNote::Severity::Warning, line.start, [&] {
                    return colon <= 0
                        ? u"Part %1 has a header line without a name and colon; it was "
                          "ignored."_s.arg(parts.size() + 1)
                        : u"Part %1 has more than %2 header lines; the rest were ignored."_s
                              .arg(parts.size() + 1)
                              .arg(MaxHeadersPerPart);
                });
                continue;
            }
            part.headers.append({ text.first(colon).trimmed().toByteArray(),
                                  text.sliced(colon + 1).trimmed().toByteArray() });
        }
        if (contentStart < 0) {
            notes.add(BodyNote::Severity::Warning,
                      u"Part %1 has no empty line after its headers; its content is empty."_s.arg(
                          parts.size() + 1),
                      partStart);
            contentStart = partLimit;
        }
        const qsizetype contentEnd
            = next < 0 ? view.size() : contentEndBefore(view, next, contentStart);
        part.headerSpan = { partStart, qMax<qsizetype>(0, contentStart - partStart) };
        part.contentSpan = { contentStart, contentEnd - contentStart };
        applyHeaders(part);
        const QByteArrayView content = view.sliced(contentStart, contentEnd - contentStart);
        part.isJson = part.contentType.isJson()
            || (!part.contentType.isValid() && BodySniffer::startsLikeJson(content)
                && BodySniffer::isJsonDocument(content.toByteArray()));
        parts.append(std::move(part));

        if (next < 0) {
            notes.add(BodyNote::Severity::Warning,
                      u"The body ends without the closing \"%1--\" line; the last part runs to "
                      "the end of the body."_s.arg(delimiterText),
                      view.size());
            return parts;
        }
        delimiter = next;
    }
    return parts;
}

} // namespace hookscope
