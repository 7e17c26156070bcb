#pragma once

#include "common/httpheaders.h"
#include "decode/mediatype.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hookscope {

enum class BodyKind : quint8 {
    Empty, // no bytes after Content-Encoding
    Json, // jsonBytes holds the document
    Form, // formFields; jsonBytes when a field carries the JSON payload
    Multipart, // parts; jsonBytes when a part is JSON
    Xml, // xml
    Text, // text
    Binary // nothing beyond the bytes
};

QString
bodyKindName(BodyKind kind); // "JSON", "form", "multipart", "XML", "text", "binary", "empty"
QString formatByteSize(qint64 bytes); // "12 bytes", "1.2 KiB", "64.0 MiB"

// Bytes [offset, offset + length) of DecodedBody::bytes; offset is -1 where there is none.
struct ByteSpan
{
    qint64 offset = -1;
    qint64 length = 0;

    bool isValid() const { return offset >= 0; }
    qint64 end() const { return offset + length; }
    friend bool operator==(const ByteSpan &a, const ByteSpan &b)
    {
        return a.offset == b.offset && a.length == b.length;
    }
    friend bool operator!=(const ByteSpan &a, const ByteSpan &b) { return !(a == b); }
};

// Something the user should know about the body, as one sentence.
struct BodyNote
{
    enum class Severity : quint8 {
        Info, // what was done: a guess from the content, a conversion
        Warning, // decoded, but something is off: a bad escape, invalid bytes, a missing boundary
        Error // this part could not be decoded: corrupt compressed data, malformed XML
    };

    Severity severity = Severity::Info;
    QString message;
    qint64 byteOffset = -1; // into DecodedBody::bytes; -1 when the note has no one place
};

// One transformation of the bytes, e.g. "gzip: 1.2 KiB -> 14.8 KiB".
struct DecodingStep
{
    QString name; // "gzip", "deflate", "charset"
    qint64 inputSize = 0;
    qint64 outputSize = 0;
    QString description;
};

// One name=value pair of an application/x-www-form-urlencoded body, duplicates kept in order.
struct FormField
{
    QByteArray rawName; // as in the body
    QByteArray rawValue; // null when the pair has no '='
    QString name; // '+' as space, percent-escapes undone, charset applied
    QString value;
    ByteSpan span; // the whole pair
};

struct MultipartPart
{
    HttpHeaderList headers; // in order
    QString name; // Content-Disposition name, empty if none
    QString fileName; // Content-Disposition filename, null if none
    MediaType contentType; // invalid when the part has none
    ByteSpan headerSpan;
    ByteSpan contentSpan;
    bool isJson = false; // JSON media type, or no media type and content that parses as JSON
};

struct XmlCheck
{
    bool wellFormed = false;
    QString rootElement; // qualified name of the document element, empty if none was read
    QString errorMessage; // the first error, empty when well-formed
    int errorLine = 0; // from 1
    int errorColumn = 0; // from 1, in characters
    qint64 errorOffset = -1; // into DecodedBody::bytes
};

struct JsonSource
{
    enum class Origin : quint8 { None, WholeBody, FormField, MultipartPart };

    Origin origin = Origin::None;
    QString name; // field or part name
    int index = -1; // into formFields or parts
    ByteSpan span; // where the JSON text is in DecodedBody::bytes
    // jsonBytes are exactly the bytes of span; otherwise they were percent-decoded or converted
    // to UTF-8, and JsonTree offsets count in jsonBytes only.
    bool verbatim = false;
};

// What a request body is, derived from its headers and raw bytes. The raw body is never changed;
// everything here is a view of it.
struct DecodedBody
{
    QList<DecodingStep> steps; // in the order they were taken
    // After Content-Encoding was undone; the raw body when it could not be.
    QByteArray bytes;
    bool contentEncodingUndone = true;

    MediaType mediaType; // declared, or guessed from the content when mediaTypeGuessed
    bool mediaTypeGuessed = false;
    QByteArray charset; // the charset text was decoded with, e.g. "UTF-8"; empty if none was
    BodyKind kind = BodyKind::Empty;

    QByteArray jsonBytes; // UTF-8, to feed JsonTree::parse(); empty when there is no JSON
    JsonSource jsonSource;
    QList<FormField> formFields;
    QList<MultipartPart> parts;
    XmlCheck xml;
    QString text; // the body as text for JSON, form, XML and text bodies

    QList<BodyNote> notes;

    bool hasJson() const { return jsonSource.origin != JsonSource::Origin::None; }
};

} // namespace hookscope
