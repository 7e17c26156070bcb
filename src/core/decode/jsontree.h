#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace hookscope {

namespace detail {
struct JsonTreeData;
}

// Both modes accept a UTF-8 byte order mark at the start and numbers of any size.
enum class JsonParseMode {
    Strict, // RFC 8259; strings must be valid UTF-8
    Lenient // also accepts comments, trailing commas and invalid UTF-8 in strings (shown as
            // U+FFFD), and lists each in leniencies()
};

enum class JsonNodeKind : quint8 { Object, Array, String, Number, Bool, Null };

// Bytes [offset, offset + length) of JsonTree::source(); offset is -1 when there is no such token.
struct JsonSpan
{
    qint64 offset = -1;
    qint64 length = 0;

    bool isValid() const { return offset >= 0; }
    qint64 end() const { return offset + length; }
    bool contains(qint64 byteOffset) const
    {
        return byteOffset >= offset && byteOffset < offset + length;
    }
    friend bool operator==(const JsonSpan &a, const JsonSpan &b)
    {
        return a.offset == b.offset && a.length == b.length;
    }
    friend bool operator!=(const JsonSpan &a, const JsonSpan &b) { return !(a == b); }
};

// Lines are counted from 1 and end at LF. Columns are counted from 1 in Unicode code points
// (UTF-8 lead bytes; a stray continuation byte counts with the character before it).
struct JsonTextPosition
{
    int line = 0;
    int column = 0;
};

struct JsonParseError
{
    // Where RapidJSON stopped, or the start of the template placeholder found there.
    qint64 byteOffset = -1;
    int line = 0;
    int column = 0;
    QString message; // RapidJSON's English message, or ours for limits and NUL bytes
    QString hint; // optional: what the text at the offset looks like, e.g. a placeholder
};

// Something a user should know about a document. Each list keeps its first 1000 entries; one
// more entry then says how many were left out and points at the first of those.
struct JsonDiagnostic
{
    enum class Kind {
        // leniencies(): not JSON, forgiven in lenient mode only
        TrailingComma,
        Comment,
        InvalidUtf8,
        // notes(): legal (or universally tolerated) but worth telling, both modes
        ByteOrderMark,
        DuplicateKey,
        LoneSurrogate
    };

    Kind kind = Kind::Comment;
    qint64 byteOffset = -1;
    qint64 length = 0;
    int line = 0;
    int column = 0;
    QString message;
};

// An immutable, order-preserving JSON tree over the source bytes. Duplicate keys are kept, number
// text is kept as written, every node knows the byte spans of its key and value. Nodes live in
// one flat vector in document order (root is node 0); children of a node are contiguous in an
// index, so child(parent, row) is O(1). Nothing recurses, so any nesting depth is fine.
//
// Memory: 48 bytes per node plus 4 bytes of child index, plus decoded copies of strings and keys
// that contained escapes (4 bytes + their text); unescaped text is read from the source. With the
// default limit of 10 million nodes a tree needs at most about 520 MB besides the source. Parsing
// needs up to 4 more bytes per object member and 8 per level of nesting for a while.
//
// Copies are cheap and share the data; a tree may be read from any thread. Accessors given a
// node index out of range return -1, 0, Null, an invalid span or an empty string.
class JsonTree
{
public:
    static constexpr qsizetype DefaultMaxNodes = 10'000'000;
    static constexpr int RootNode = 0;

    JsonTree(); // invalid and empty

    // Builds the tree. On error isValid() is false and the tree holds the nodes completed before
    // the error (containers still open then end at the error offset).
    static JsonTree parse(const QByteArray &bytes, JsonParseMode mode,
                          qsizetype maxNodes = DefaultMaxNodes);

    bool isValid() const;
    JsonParseError error() const;
    JsonParseMode mode() const;
    QByteArray source() const;

    // In source order. leniencies() is empty in strict mode.
    QList<JsonDiagnostic> leniencies() const;
    QList<JsonDiagnostic> notes() const;

    int nodeCount() const;
    JsonNodeKind kind(int node) const;
    int parent(int node) const; // -1 for the root
    int row(int node) const; // position within the parent
    int childCount(int node) const;
    int child(int node, int row) const; // -1 when out of range
    int depth(int node) const; // root is 0

    // Byte span of the key token including its quotes; invalid for the root and array elements.
    JsonSpan keySpan(int node) const;
    // Byte span of the value token; containers run from the opening to the closing bracket.
    JsonSpan valueSpan(int node) const;

    // Decoded key (null QString where there is none).
    QString key(int node) const;
    // Decoded string, number text as written, "true"/"false"/"null"; empty for containers.
    QString scalarText(int node) const;
    // The same as UTF-8, without conversion; valid as long as any copy of this tree exists.
    QByteArrayView keyUtf8(int node) const;
    QByteArrayView scalarUtf8(int node) const;

    QString typeName(int node) const; // "object", "array", "string", "number", "boolean", "null"
    static QString typeName(JsonNodeKind kind);

    QString jsonPointer(int node) const; // RFC 6901; "" for the root
    // customers[0].email; keys that are empty or contain '.', '[' or ']' are written ["a.b"]
    // with '"' and '\\' escaped by a backslash. "" for the root.
    QString dottedPath(int node) const;

    // RFC 6901 lookup; the first of duplicate keys wins. -1 when nothing matches.
    int findPointer(QStringView pointer) const;
    // Deepest node whose extent (key start, or value start, to value end) contains the offset;
    // -1 outside the root value. O(depth * log(children)).
    int nodeAtOffset(qint64 byteOffset) const;

    // Line and column of a byte offset (clamped to the text), as used in errors and diagnostics.
    static JsonTextPosition textPosition(QByteArrayView bytes, qint64 byteOffset);

private:
    explicit JsonTree(std::shared_ptr<const detail::JsonTreeData> data);

    std::shared_ptr<const detail::JsonTreeData> m_data;
};

} // namespace hookscope
