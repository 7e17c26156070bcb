#include "bodydecoder.h"

#include "decode/bodysniffer.h"
#include "decode/charsetdecoder.h"
#include "decode/xmlchecker.h"

#include <QStringDecoder>

#include <optional>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

using Severity = BodyNote::Severity;

MediaType declaredMediaType(const HttpHeaderList &headers, BodyNoteList &notes)
{
    QByteArray value;
    int count = 0;
    for (const HttpHeader &header : headers) {
        if (QByteArrayView(header.name).compare("content-type", Qt::CaseInsensitive) == 0) {
            if (count++ == 0)
                value = header.value;
        }
    }
    if (count > 1) {
        notes.add(Severity::Warning,
                  u"The request has %1 Content-Type headers; the first one is used."_s.arg(count));
    }
    if (value.trimmed().isEmpty())
        return {};
    const MediaType type = MediaType::parse(value);
    if (!type.isValid()) {
        notes.add(Severity::Warning,
                  u"The Content-Type \"%1\" is not a media type of the form type/subtype."_s.arg(
                      QString::fromLatin1(value.left(200))));
    }
    return type;
}

// The kind a declared media type asks for; nothing when the content has to tell.
std::optional<BodyKind> kindOfMediaType(const MediaType &type)
{
    if (type.isJson())
        return BodyKind::Json;
    if (type.isForm())
        return BodyKind::Form;
    if (type.isMultipart())
        return BodyKind::Multipart;
    if (type.isXml())
        return BodyKind::Xml;
    if (type.isText())
        return BodyKind::Text;
    return std::nullopt;
}

// What the body is by its content. A UTF-16 or UTF-32 byte order mark makes it text in that
// encoding, so its UTF-8 conversion is what gets sniffed.
BodySniffer::Guess sniff(const QByteArray &bytes)
{
    const auto bom = QStringConverter::encodingForData(bytes);
    if (bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom);
        return BodySniffer::guess(QString(decoder.decode(bytes)).toUtf8());
    }
    return BodySniffer::guess(bytes);
}

QString whySniffed(const MediaType &declared, bool headerPresent)
{
    if (!headerPresent)
        return u"There is no Content-Type"_s;
    if (!declared.isValid())
        return u"The Content-Type is not a valid media type"_s;
    if (declared.isOctetStream())
        return u"The Content-Type is application/octet-stream"_s;
    if (declared.isMultipart())
        return u"No multipart boundary was found"_s;
    return u"The Content-Type %1 is not one Hookscope interprets"_s.arg(
        QString::fromLatin1(declared.essence()));
}

class Decoding
{
public:
    Decoding(const BodyDecoderLimits &limits, DecodedBody &result)
        : m_limits(limits), m_result(result), m_notes(limits.maxNotes)
    { }

    void run(const HttpHeaderList &headers, const QByteArray &body);

private:
    BodyKind resolveKind(const HttpHeaderList &headers, bool contentEncodingUndone);
    void decodeText(); // JSON, form, XML and text: one charset for the whole body
    void decodeJson(const CharsetDecoder &charset);
    void decodeForm(const CharsetDecoder &charset);
    void decodeMultipart();
    void decodeXml(const CharsetDecoder &charset);
    // Sets jsonBytes from bytes in the given charset, converting to UTF-8 with a note if needed.
    void takeJson(const QByteArray &bytes, const CharsetDecoder &charset, JsonSource source);

    const BodyDecoderLimits &m_limits;
    DecodedBody &m_result;
    BodyNoteList m_notes;
    MediaType m_declared;
    QByteArray m_boundary;
};

void Decoding::run(const HttpHeaderList &headers, const QByteArray &body)
{
    const ContentEncodingDecoder::Result content
        = ContentEncodingDecoder(m_limits.content)
              .decode(body, ContentEncodingDecoder::codingsFromHeaders(headers), m_notes);
    m_result.bytes = content.bytes;
    m_result.steps = content.steps;
    m_result.contentEncodingUndone = content.undone;

    m_result.kind = resolveKind(headers, content.undone);
    switch (m_result.kind) {
    case BodyKind::Empty:
    case BodyKind::Binary:
        break;
    case BodyKind::Multipart:
        decodeMultipart(); // each part has its own charset
        break;
    case BodyKind::Json:
    case BodyKind::Form:
    case BodyKind::Xml:
    case BodyKind::Text:
        decodeText();
        break;
    }
    m_result.notes = m_notes.take();
}

BodyKind Decoding::resolveKind(const HttpHeaderList &headers, bool contentEncodingUndone)
{
    const bool headerPresent = hasHeader(headers, "content-type");
    m_declared = declaredMediaType(headers, m_notes);
    const MediaType &declared = m_declared;
    m_result.mediaType = declared;
    if (m_result.bytes.isEmpty())
        return BodyKind::Empty;

    // Undecoded compressed bytes are not what the media type describes.
    std::optional<BodyKind> kind
        = contentEncodingUndone ? kindOfMediaType(declared) : std::optional<BodyKind>();
    if (kind == BodyKind::Multipart) {
        m_boundary = declared.parameter("boundary");
        if (m_boundary.isEmpty()) {
            m_boundary = MultipartParser::boundaryFromFirstLine(m_result.bytes);
            if (m_boundary.isEmpty()) {
                m_notes.add(
                    Severity::Error,
                    u"The Content-Type %1 has no boundary parameter, and the body does not "
                    "start with a boundary line."_s.arg(QString::fromLatin1(declared.essence())));
                kind.reset();
            } else {
                m_notes.add(
                    Severity::Warning,
                    u"The Content-Type %1 has no boundary parameter; the boundary \"%2\" "
                    "was taken from the first line of the body."_s.arg(
                        QString::fromLatin1(declared.essence()), QString::fromLatin1(m_boundary)),
                    0);
            }
        }
    }
    if (kind)
        return *kind;

    const BodySniffer::Guess guess = sniff(m_result.bytes);
    m_result.mediaType = guess.mediaType;
    m_result.mediaTypeGuessed = true;
    if (!guess.jsonError.isEmpty()) {
        m_notes.add(
            Severity::Warning,
            u"The body starts like JSON but does not parse (%1), so it is shown as %2."_s.arg(
                guess.jsonError, bodyKindName(guess.kind)));
    }
    if (contentEncodingUndone) {
        m_notes.add(Severity::Info,
                    u"%1; the body was identified as %2 by its content."_s.arg(
                        whySniffed(declared, headerPresent), bodyKindName(guess.kind)));
    }
    return guess.kind;
}

void Decoding::decodeText()
{
    QByteArray charsetName = m_declared.charset();
    if (charsetName.isEmpty() && m_result.kind == BodyKind::Xml)
        charsetName = XmlChecker::declaredEncoding(m_result.bytes);
    const CharsetDecoder charset(m_result.bytes, charsetName, m_notes);
    m_result.charset = charset.name();
    switch (m_result.kind) {
    case BodyKind::Form:
        decodeForm(charset);
        break;
    case BodyKind::Json:
        decodeJson(charset);
        break;
    case BodyKind::Xml:
        decodeXml(charset);
        break;
    default:
        m_result.text = charset.decodeBody(m_result.bytes, m_notes);
        break;
    }
}

void Decoding::decodeJson(const CharsetDecoder &charset)
{
    m_result.text = charset.decodeBody(m_result.bytes, m_notes);
    JsonSource source;
    source.origin = JsonSource::Origin::WholeBody;
    source.span = { 0, m_result.bytes.size() };
    takeJson(m_result.bytes, charset, source);
}

void Decoding::decodeForm(const CharsetDecoder &charset)
{
    m_result.text = charset.decodeBody(m_result.bytes, m_notes);
    if (BodySniffer::isJsonDocument(m_result.bytes)) {
        m_notes.add(Severity::Warning,
                    u"The body is declared as a form but is a JSON document; it is shown as "
                    "JSON."_s);
        m_result.kind = BodyKind::Json;
        decodeJson(charset);
        return;
    }
    m_result.formFields
        = FormUrlEncodedParser::parse(m_result.bytes, charset, m_notes, m_limits.maxFormFields);

    // Slack and GitHub (form deliveries) send the JSON document as the value of "payload".
    const QList<FormField> &fields = m_result.formFields;
    qsizetype candidate = fields.size() == 1 ? 0 : -1;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields[i].name == u"payload") {
            candidate = i;
            break;
        }
    }
    if (candidate < 0)
        return;
    const FormField &field = fields[candidate];
    const QByteArray value = charset.isUtf8()
        ? FormUrlEncodedParser::percentDecode(field.rawValue).bytes
        : field.value.toUtf8();
    QString error;
    if (!BodySniffer::isJsonDocument(value, &error)) {
        if (!error.isEmpty()) {
            m_notes.add(Severity::Warning,
                        u"The form field \"%1\" starts like JSON but does not parse (%2)."_s.arg(
                            field.name.left(80), error),
                        field.span.offset);
        }
        return;
    }
    JsonSource source;
    source.origin = JsonSource::Origin::FormField;
    source.name = field.name;
    source.index = int(candidate);
    source.span = { field.span.offset + field.rawName.size() + 1, field.rawValue.size() };
    source.verbatim = value == field.rawValue;
    m_result.jsonBytes = value;
    m_result.jsonSource = source;
}

void Decoding::decodeMultipart()
{
    m_result.parts
        = MultipartParser::parse(m_result.bytes, m_boundary, m_notes, m_limits.maxMultipartParts);
    qsizetype chosen = -1;
    for (qsizetype i = 0; i < m_result.parts.size(); ++i) {
        const MultipartPart &part = m_result.parts[i];
        if (part.isJson && (chosen < 0 || part.name == u"payload")) {
            chosen = i;
            if (part.name == u"payload")
                break;
        }
    }
    if (chosen < 0)
        return;
    const MultipartPart &part = m_result.parts[chosen];
    JsonSource source;
    source.origin = JsonSource::Origin::MultipartPart;
    source.name = part.name;
    source.index = int(chosen);
    source.span = part.contentSpan;
    const QByteArray content
        = m_result.bytes.sliced(part.contentSpan.offset, part.contentSpan.length);
    takeJson(content, CharsetDecoder(content, part.contentType.charset(), m_notes), source);
}

void Decoding::decodeXml(const CharsetDecoder &charset)
{
    m_result.text = charset.decodeBody(m_result.bytes, m_notes);
    m_result.xml = XmlChecker::check(m_result.bytes, m_result.text, charset);
    const XmlCheck &xml = m_result.xml;
    if (!xml.wellFormed) {
        m_notes.add(
            Severity::Error,
            u"The XML is not well-formed: %1 (line %2, column %3, byte %4)."_s.arg(xml.errorMessage)
                .arg(xml.errorLine)
                .arg(xml.errorColumn)
                .arg(xml.errorOffset),
            xml.errorOffset);
    }
}

void Decoding::takeJson(const QByteArray &bytes, const CharsetDecoder &charset, JsonSource source)
{
    QByteArray utf8 = charset.bodyToUtf8(bytes);
    source.verbatim = charset.isUtf8() || utf8 == bytes;
    if (!source.verbatim) {
        m_result.steps.append({ u"charset"_s, bytes.size(), utf8.size(),
                                u"%1 -> UTF-8: %2 -> %3"_s.arg(QString::fromLatin1(charset.name()),
                                                               formatByteSize(bytes.size()),
                                                               formatByteSize(utf8.size())) });
        m_notes.add(Severity::Info,
                    u"JSON is UTF-8 (RFC 8259); this %1 text was converted to UTF-8 for parsing, "
                    "so JSON byte offsets count in the converted text."_s.arg(
                        QString::fromLatin1(charset.name())));
    }
    m_result.jsonBytes = std::move(utf8);
    m_result.jsonSource = source;
}

} // namespace

BodyDecoder::BodyDecoder(BodyDecoderLimits limits) : m_limits(limits) { }

DecodedBody BodyDecoder::decode(const HttpHeaderList &headers, const QByteArray &body) const
{
    DecodedBody result;
    Decoding(m_limits, result).run(headers, body);
    return result;
}

} // namespace hookscope
