// Decodes arbitrary bodies under the headers the first input byte chooses (low four bits: a row
// of the table, or 15 for "Content-Type line, Content-Encoding line, then the body"; high bit:
// tiny limits) and aborts when a span, offset, limit or kind invariant does not hold.
#include "fuzzcheck.h"

#include "decode/bodydecoder.h"
#include "decode/jsontree.h"

#include <cstdint>

using namespace hookscope;

namespace {

struct HeaderChoice
{
    const char *contentType;
    const char *contentEncoding;
};

constexpr HeaderChoice Choices[] = {
    { "application/json", nullptr },
    { "application/json", "gzip" },
    { "application/x-www-form-urlencoded", nullptr },
    { "application/x-www-form-urlencoded; charset=ISO-8859-1", nullptr },
    { "multipart/form-data; boundary=b", nullptr },
    { "multipart/mixed", nullptr },
    { "application/xml", nullptr },
    { "text/plain; charset=utf-16", nullptr },
    { nullptr, nullptr },
    { "application/octet-stream", "deflate" },
    { "text/plain; charset=windows-1252", nullptr },
    { "application/json; charset=iso-8859-1", nullptr },
    { nullptr, "gzip, deflate" },
    { "text/xml", "x-gzip" },
    { "multipart/form-data; boundary=b", "gzip" },
};
constexpr int HeaderLinesChoice = 15;

QByteArrayView takeLine(QByteArrayView &input)
{
    const qsizetype newline = input.indexOf('\n');
    const QByteArrayView line = newline < 0 ? input : input.first(newline);
    input = newline < 0 ? QByteArrayView() : input.sliced(newline + 1);
    return line;
}

bool within(ByteSpan span, qint64 size)
{
    return span.offset >= 0 && span.length >= 0 && span.end() <= size;
}

void checkInvariants(const DecodedBody &decoded, const QByteArray &body,
                     const BodyDecoderLimits &limits)
{
    const qint64 size = decoded.bytes.size();
    if (!decoded.contentEncodingUndone || decoded.steps.isEmpty())
        CHECK(decoded.bytes == body);
    if (!decoded.contentEncodingUndone)
        CHECK(decoded.steps.isEmpty());
    for (const DecodingStep &step : decoded.steps) {
        CHECK(step.outputSize <= limits.content.maxDecodedSize || step.name == u"charset");
        CHECK(!step.description.isEmpty());
    }
    CHECK((decoded.kind == BodyKind::Empty) == decoded.bytes.isEmpty());
    CHECK(decoded.notes.size() <= limits.maxNotes + 1);
    for (const BodyNote &note : decoded.notes) {
        CHECK(!note.message.isEmpty());
        CHECK(note.byteOffset >= -1 && note.byteOffset <= size);
    }

    CHECK(decoded.formFields.size() <= limits.maxFormFields);
    qint64 previousEnd = 0;
    for (const FormField &field : decoded.formFields) {
        CHECK(within(field.span, size) && field.span.offset >= previousEnd);
        previousEnd = field.span.end();
        const QByteArray pair = decoded.bytes.sliced(field.span.offset, field.span.length);
        CHECK(pair
              == (field.rawValue.isNull() ? field.rawName : field.rawName + '=' + field.rawValue));
    }

    CHECK(decoded.parts.size() <= limits.maxMultipartParts);
    previousEnd = 0;
    for (const MultipartPart &part : decoded.parts) {
        CHECK(within(part.headerSpan, size) && within(part.contentSpan, size));
        CHECK(part.headerSpan.offset >= previousEnd);
        CHECK(part.headerSpan.end() <= part.contentSpan.offset);
        previousEnd = part.contentSpan.end();
    }

    if (decoded.hasJson()) {
        const JsonSource &source = decoded.jsonSource;
        CHECK(within(source.span, size));
        if (source.verbatim)
            CHECK(decoded.jsonBytes
                  == decoded.bytes.sliced(source.span.offset, source.span.length));
        if (source.origin == JsonSource::Origin::FormField)
            CHECK(source.index >= 0 && source.index < decoded.formFields.size());
        if (source.origin == JsonSource::Origin::MultipartPart) {
            CHECK(source.index >= 0 && source.index < decoded.parts.size());
            CHECK(decoded.parts[source.index].isJson);
        }
        // What a consumer does next; must not trip over anything the decoder produced.
        const JsonTree tree = JsonTree::parse(decoded.jsonBytes, JsonParseMode::Lenient);
        CHECK(tree.isValid() || source.origin != JsonSource::Origin::FormField);
    } else {
        CHECK(decoded.jsonBytes.isEmpty());
    }

    if (decoded.kind == BodyKind::Xml) {
        CHECK(decoded.xml.wellFormed == decoded.xml.errorMessage.isEmpty());
        if (!decoded.xml.wellFormed) {
            CHECK(decoded.xml.errorOffset >= 0 && decoded.xml.errorOffset <= size);
            CHECK(decoded.xml.errorLine >= 1 && decoded.xml.errorColumn >= 1);
        }
    }
    const bool textual = decoded.kind == BodyKind::Json || decoded.kind == BodyKind::Form
        || decoded.kind == BodyKind::Xml || decoded.kind == BodyKind::Text;
    CHECK(textual == !decoded.charset.isEmpty());
    if (!textual)
        CHECK(decoded.text.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int choice = data[0] & 0x0f;
    const bool tinyLimits = data[0] & 0x80;
    QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);

    HttpHeaderList headers;
    if (choice == HeaderLinesChoice) {
        headers.append({ "Content-Type", takeLine(input).toByteArray() });
        headers.append({ "Content-Encoding", takeLine(input).toByteArray() });
    } else {
        const HeaderChoice &row = Choices[choice];
        if (row.contentType)
            headers.append(HttpHeader { "Content-Type", row.contentType });
        if (row.contentEncoding)
            headers.append(HttpHeader { "Content-Encoding", row.contentEncoding });
    }

    BodyDecoderLimits limits;
    if (tinyLimits) {
        limits.content.maxDecodedSize = 256;
        limits.content.ratioFreeSize = 64;
        limits.content.maxRatio = 3;
        limits.content.maxCodings = 2;
        limits.maxFormFields = 4;
        limits.maxMultipartParts = 3;
        limits.maxNotes = 5;
    }
    const QByteArray body = input.toByteArray();
    checkInvariants(BodyDecoder(limits).decode(headers, body), body, limits);
    return 0;
}
