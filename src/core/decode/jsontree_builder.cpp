// Builds JsonTreeData with RapidJSON's iterative SAX reader. RapidJSON reports a token when it
// ends (Tell() is past it; for brackets it is at the bracket), so the start of each scalar and key
// is found by scanning the trivia (whitespace, ':' and ',', comments) since the previous token.
// That scan also finds what lenient mode forgave: comments and trailing commas.

#include "jsontree_data.h"
#include "jsontree_lexing.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace hookscope::detail {
namespace {

constexpr unsigned StrictFlags = rapidjson::kParseIterativeFlag
    | rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseValidateEncodingFlag;
constexpr unsigned LenientFlags = rapidjson::kParseIterativeFlag
    | rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseCommentsFlag
    | rapidjson::kParseTrailingCommasFlag;

constexpr qsizetype MaxDiagnosticsPerList = 1000;
constexpr qsizetype MaxKeyInMessage = 60;

QString quotedForMessage(QByteArrayView utf8)
{
    QString text = textFromUtf8(utf8);
    if (text.size() > MaxKeyInMessage)
        text = text.left(MaxKeyInMessage - 1) + QChar(0x2026);
    return u'"' + text + u'"';
}

class DiagnosticList
{
public:
    // The message is made only for entries that are kept.
    template<typename MakeMessage>
    void add(JsonDiagnostic::Kind kind, qint64 offset, qint64 length, MakeMessage makeMessage)
    {
        if (m_items.size() < MaxDiagnosticsPerList) {
            m_items.append({ kind, offset, length, 0, 0, makeMessage() });
            return;
        }
        if (m_dropped++ == 0)
            m_firstDropped = { kind, offset, length, 0, 0, {} };
    }

    QList<JsonDiagnostic> take()
    {
        std::stable_sort(m_items.begin(), m_items.end(),
                         [](const JsonDiagnostic &a, const JsonDiagnostic &b) {
                             return a.byteOffset < b.byteOffset;
                         });
        if (m_dropped > 0) {
            m_firstDropped.message
                = u"%1 more not listed, the first of them here."_s.arg(m_dropped);
            m_items.append(m_firstDropped);
        }
        return std::move(m_items);
    }

private:
    QList<JsonDiagnostic> m_items;
    JsonDiagnostic m_firstDropped;
    qint64 m_dropped = 0;
};

enum class StopReason { None, NodeLimit, SizeLimit };

// RapidJSON SAX handler; see the comment at the top of the file.
class TreeBuilder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TreeBuilder>
{
public:
    using SizeType = rapidjson::SizeType;

    TreeBuilder(JsonTreeData &data, const ByteStream &stream, qint64 begin, qsizetype maxNodes)
        : m_data(data), m_nodes(data.nodes), m_source(data.source.constData()), m_stream(stream),
          m_lenient(data.mode == JsonParseMode::Lenient), m_maxNodes(maxNodes), m_position(begin)
    {
        // Webhook bodies run at 20-30 bytes per node; denser documents regrow the vector.
        m_nodes.reserve(size_t(std::min<qint64>(data.source.size() / 16 + 16, maxNodes)));
    }

    // Int, Double and friends: not produced with kParseNumbersAsStringsFlag.
    bool Default() { return false; }

    bool Null() { return addScalar(JsonNodeKind::Null) >= 0; }
    bool Bool(bool) { return addScalar(JsonNodeKind::Bool) >= 0; }
    bool RawNumber(const Ch *, SizeType, bool) { return addScalar(JsonNodeKind::Number) >= 0; }
    bool String(const Ch *text, SizeType length, bool) { return addString(text, length); }
    bool Key(const Ch *text, SizeType length, bool) { return setKey(text, length); }
    bool StartObject() { return openContainer(JsonNodeKind::Object); }
    bool EndObject(SizeType) { return closeContainer(); }
    bool StartArray() { return openContainer(JsonNodeKind::Array); }
    bool EndArray(SizeType) { return closeContainer(); }

    StopReason stopReason() const { return m_stopReason; }

    // After a successful parse: the trivia after the root up to where RapidJSON stopped.
    void finishDocument(qint64 end) { skipTrivia(m_position, end); }

    // After an error: containers still open end at the error offset, innermost first.
    void closeOpenContainers(qint64 errorOffset)
    {
        const qint64 end = std::min<qint64>(errorOffset, m_data.source.size());
        for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
            JsonNode &node = m_nodes[size_t(*it)];
            node.valueLength
                = quint32(std::max<qint64>(end, node.valueOffset + 1) - node.valueOffset);
            if (node.kind == JsonNodeKind::Object)
                closeObjectMembers(node.childCount);
        }
        m_open.clear();
    }

    QList<JsonDiagnostic> takeLeniencies() { return m_leniencies.take(); }
    QList<JsonDiagnostic> takeNotes() { return m_notes.take(); }

private:
    qint64 tell() const { return qint64(m_stream.Tell()); }

    int addScalar(JsonNodeKind kind)
    {
        const qint64 end = tell();
        const qint64 start = skipTrivia(m_position, end);
        m_position = end;
        return appendNode(kind, start, end - start);
    }

    bool addString(const Ch *text, SizeType length)
    {
        const int index = addScalar(JsonNodeKind::String);
        if (index < 0)
            return false;
        JsonNode &node = m_nodes[size_t(index)];
        if (length != node.valueLength - 2) {
            node.valueText = storeDecoded(text, length, node.valueOffset, m_position);
            if (node.valueText == TextInSource)
                return false;
        }
        checkUtf8(node.valueOffset, m_position);
        return true;
    }

    bool setKey(const Ch *text, SizeType length)
    {
        const qint64 end = tell();
        const qint64 start = skipTrivia(m_position, end);
        m_position = end;
        m_keyOffset = quint32(start);
        m_keyLength = quint32(end - start);
        m_keyText = TextInSource;
        if (length != m_keyLength - 2) {
            m_keyText = storeDecoded(text, length, start, end);
            if (m_keyText == TextInSource)
                return false;
        }
        checkUtf8(start, end);
        return true;
    }

    bool openContainer(JsonNodeKind kind)
    {
        const qint64 bracket = tell(); // the iterative reader calls before taking the bracket
        skipTrivia(m_position, bracket);
        const int index = appendNode(kind, bracket, 1);
        if (index < 0)
            return false;
        m_open.push_back(index);
        m_position = bracket + 1;
        return true;
    }

    bool closeContainer()
    {
        const qint64 bracket = tell(); // as above
        skipTrivia(m_position, bracket);
        if (m_lastComma >= 0) {
            m_leniencies.add(JsonDiagnostic::Kind::TrailingComma, m_lastComma, 1, [&] {
                return u"Trailing comma before '%1' is not JSON; ignored."_s.arg(
                    QLatin1Char(m_source[bracket]));
            });
        }
        const qint32 index = m_open.back();
        m_open.pop_back();
        JsonNode &node = m_nodes[size_t(index)];
        node.valueLength = quint32(bracket + 1 - node.valueOffset);
        if (node.kind == JsonNodeKind::Object)
            closeObjectMembers(node.childCount);
        m_position = bracket + 1;
        return true;
    }

    int appendNode(JsonNodeKind kind, qint64 start, qint64 length)
    {
        if (qsizetype(m_nodes.size()) >= m_maxNodes) {
            m_stopReason = StopReason::NodeLimit;
            return -1;
        }
        JsonNode node;
        node.kind = kind;
        node.valueOffset = quint32(start);
        node.valueLength = quint32(length);
        const int index = int(m_nodes.size());
        if (!m_open.empty()) {
            const qint32 parentIndex = m_open.back();
            JsonNode &parent = m_nodes[size_t(parentIndex)];
            node.parent = parentIndex;
            node.row = parent.childCount++;
            node.depth = int(m_open.size());
            if (parent.kind == JsonNodeKind::Object) {
                node.keyOffset = m_keyOffset;
                node.keyLength = m_keyLength;
                node.keyText = m_keyText;
                m_members.push_back(index);
            }
        }
        m_nodes.push_back(node);
        return index;
    }

    // Skips whitespace, ':', ',' and comments in [position, limit), a region RapidJSON has
    // already accepted. Returns where the next token starts and remembers the last comma.
    qint64 skipTrivia(qint64 position, qint64 limit)
    {
        m_lastComma = -1;
        while (position < limit) {
            switch (m_source[position]) {
            case ' ':
            case '\t':
            case '\n':
            case '\r':
            case ':':
                ++position;
                break;
            case ',':
                m_lastComma = position++;
                break;
            case '/': {
                const qint64 next = skipComment(position, limit);
                if (next == position)
                    return position;
                position = next;
                break;
            }
            default:
                return position;
            }
        }
        return position;
    }

    qint64 skipComment(qint64 position, qint64 limit)
    {
        if (position + 1 >= limit)
            return position;
        const char *s = m_source;
        qint64 end = limit;
        qint64 next = limit;
        if (s[position + 1] == '*') {
            const QByteArrayView rest(s + position + 2, limit - position - 2);
            const qsizetype close = rest.indexOf("*/");
            if (close >= 0)
                end = next = position + 2 + close + 2;
        } else if (s[position + 1] == '/') {
            const QByteArrayView rest(s + position + 2, limit - position - 2);
            const qsizetype newline = rest.indexOf('\n');
            if (newline >= 0) {
                end = position + 2 + newline;
                next = end + 1;
            }
        } else {
            return position;
        }
        const bool block = s[position + 1] == '*';
        m_leniencies.add(JsonDiagnostic::Kind::Comment, position, end - position, [block] {
            return block ? u"Block comment is not JSON; ignored."_s
                         : u"Line comment is not JSON; ignored."_s;
        });
        return next;
    }

    // Appends decoded text to the arena; returns its offset, or TextInSource when full.
    quint32 storeDecoded(const Ch *text, SizeType length, qint64 tokenStart, qint64 tokenEnd)
    {
        QByteArray &arena = m_data.arena;
        if (arena.size() + qint64(sizeof(quint32)) + length > MaxSourceBytes) {
            m_stopReason = StopReason::SizeLimit;
            return TextInSource;
        }
        const auto offset = quint32(arena.size());
        const quint32 size = length;
        arena.append(reinterpret_cast<const char *>(&size), sizeof size);
        arena.append(text, length);
        if (hasEncodedSurrogate(text, length)) {
            // Raw bytes like these are invalid UTF-8 and reported as such in lenient mode.
            const qint64 at = findLoneSurrogateEscape(m_source, tokenStart + 1, tokenEnd - 1);
            if (at >= 0) {
                m_notes.add(JsonDiagnostic::Kind::LoneSurrogate, at, 6,
                            [] { return u"Unpaired UTF-16 surrogate escape; shown as U+FFFD."_s; });
            }
        }
        return offset;
    }

    // Lenient mode reads strings without validating UTF-8; say where it was invalid.
    void checkUtf8(qint64 tokenStart, qint64 tokenEnd)
    {
        if (!m_lenient)
            return;
        qint64 invalidAt = -1;
        if (!isUtf8Valid(m_source, tokenStart + 1, tokenEnd - 1, &invalidAt)) {
            m_leniencies.add(JsonDiagnostic::Kind::InvalidUtf8, invalidAt, 1,
                             [] { return u"Invalid UTF-8 in string; shown as U+FFFD."_s; });
        }
    }

    QByteArrayView keyOf(qint32 index) const { return m_data.keyUtf8(m_nodes[size_t(index)]); }

    // The last count entries of m_members are the members of the object just closed.
    void closeObjectMembers(qint32 count)
    {
        const size_t first = m_members.size() - size_t(count);
        if (count > 1)
            findDuplicateKeys(first);
        m_members.resize(first);
    }

    void findDuplicateKeys(size_t first)
    {
        constexpr size_t PairwiseLimit = 16; // typical objects: cheaper than sorting
        const size_t count = m_members.size() - first;
        if (count <= PairwiseLimit) {
            for (size_t i = first + 1; i < m_members.size(); ++i) {
                const QByteArrayView key = keyOf(m_members[i]);
                for (size_t j = first; j < i; ++j) {
                    if (key == keyOf(m_members[j])) {
                        addDuplicateNote(m_members[i], m_members[j]);
                        break;
                    }
                }
            }
            return;
        }
        m_scratch.assign(m_members.begin() + qptrdiff(first), m_members.end());
        // Stable by key, so within a run of equal keys the first in the document comes first.
        std::stable_sort(m_scratch.begin(), m_scratch.end(),
                         [this](qint32 a, qint32 b) { return keyOf(a) < keyOf(b); });
        for (size_t i = 1; i < m_scratch.size(); ++i) {
            size_t runStart = i - 1;
            while (i < m_scratch.size() && keyOf(m_scratch[i]) == keyOf(m_scratch[runStart])) {
                addDuplicateNote(m_scratch[i], m_scratch[runStart]);
                ++i;
            }
        }
    }

    void addDuplicateNote(qint32 duplicate, qint32 original)
    {
        const JsonNode &node = m_nodes[size_t(duplicate)];
        m_notes.add(JsonDiagnostic::Kind::DuplicateKey, node.keyOffset, node.keyLength, [&] {
            return u"Duplicate key %1 (first at byte %2); lookups use the first."_s.arg(
                quotedForMessage(keyOf(duplicate)),
                QString::number(m_nodes[size_t(original)].keyOffset));
        });
    }

    JsonTreeData &m_data;
    std::vector<JsonNode> &m_nodes;
    const char *m_source;
    const ByteStream &m_stream;
    const bool m_lenient;
    const qsizetype m_maxNodes;
    StopReason m_stopReason = StopReason::None;

    qint64 m_position; // just past the previous token
    qint64 m_lastComma = -1;
    quint32 m_keyOffset = NoKey;
    quint32 m_keyLength = 0;
    quint32 m_keyText = TextInSource;
    std::vector<qint32> m_open; // containers not yet closed, outermost first
    std::vector<qint32> m_members; // members of the open objects, in document order
    std::vector<qint32> m_scratch;
    DiagnosticList m_leniencies;
    DiagnosticList m_notes;
};

struct ParseOutcome
{
    bool ok = false;
    rapidjson::ParseErrorCode code = rapidjson::kParseErrorNone;
    qint64 errorOffset = -1;
    StopReason stopReason = StopReason::None;
};

ParseOutcome runParse(JsonTreeData &data, const char *buffer, qint64 begin, qsizetype maxNodes,
                      QList<JsonDiagnostic> *leniencies, QList<JsonDiagnostic> *notes)
{
    const qint64 size = data.source.size();
    ByteStream stream(buffer, begin, size);
    TreeBuilder builder(data, stream, begin, maxNodes);
    rapidjson::Reader reader;
    const rapidjson::ParseResult result = data.mode == JsonParseMode::Lenient
        ? reader.Parse<LenientFlags>(stream, builder)
        : reader.Parse<StrictFlags>(stream, builder);

    ParseOutcome outcome;
    outcome.stopReason = builder.stopReason();
    if (result.IsError()) {
        outcome.code = result.Code();
        outcome.errorOffset = qint64(result.Offset());
    } else if (qint64(stream.Tell()) < size) {
        // RapidJSON takes a NUL byte for the end of the input.
        outcome.code = rapidjson::kParseErrorDocumentRootNotSingular;
        outcome.errorOffset = qint64(stream.Tell());
    } else {
        outcome.ok = true;
        builder.finishDocument(size);
    }
    if (!outcome.ok)
        builder.closeOpenContainers(outcome.errorOffset);
    *leniencies = builder.takeLeniencies();
    *notes = builder.takeNotes();
    return outcome;
}

QString errorMessage(const JsonTreeData &data, const ParseOutcome &outcome, qsizetype maxNodes)
{
    if (outcome.code == rapidjson::kParseErrorTermination) {
        if (outcome.stopReason == StopReason::NodeLimit)
            return u"The document has more than %1 values; the tree stops here."_s.arg(maxNodes);
        if (outcome.stopReason == StopReason::SizeLimit)
            return u"The decoded strings exceed 4 GiB; the tree stops here."_s;
    }
    if (outcome.errorOffset < data.source.size() && data.source.at(outcome.errorOffset) == '\0')
        return u"Unexpected NUL byte."_s;
    return QString::fromLatin1(rapidjson::GetParseError_En(outcome.code));
}

void setError(JsonTreeData &data, const ParseOutcome &outcome, qsizetype maxNodes)
{
    JsonParseError &error = data.error;
    error.byteOffset = outcome.errorOffset;
    error.message = errorMessage(data, outcome, maxNodes);
    const JsonSpan placeholder = placeholderAt(data.source, outcome.errorOffset);
    if (placeholder.isValid()) {
        error.byteOffset = placeholder.offset;
        error.hint
            = u"%1 looks like a template placeholder, not a JSON value; "
              "put a value such as \"text\", 0 or null in its place."_s.arg(
                  QString::fromUtf8(data.source.mid(placeholder.offset, placeholder.length)));
    }
    const JsonTextPosition position = JsonTree::textPosition(data.source, error.byteOffset);
    error.line = position.line;
    error.column = position.column;
}

void buildChildIndex(JsonTreeData &data)
{
    std::vector<JsonNode> &nodes = data.nodes;
    qint32 next = 0;
    for (JsonNode &node : nodes) {
        node.firstChild = next;
        next += node.childCount;
    }
    data.children.assign(size_t(next), -1);
    for (size_t i = 1; i < nodes.size(); ++i) {
        const JsonNode &node = nodes[i];
        data.children[size_t(nodes[size_t(node.parent)].firstChild + node.row)] = qint32(i);
    }
}

// Fills in line and column of diagnostics sorted by offset, in one pass over the source.
void setPositions(QByteArrayView source, QList<JsonDiagnostic> &diagnostics)
{
    qint64 position = 0;
    JsonTextPosition at { 1, 1 };
    for (JsonDiagnostic &diagnostic : diagnostics) {
        if (diagnostic.byteOffset < position) { // only the "more not listed" entry
            position = 0;
            at = { 1, 1 };
        }
        const qint64 target = std::min<qint64>(diagnostic.byteOffset, source.size());
        advanceTextPosition(source, position, target, at);
        position = target;
        diagnostic.line = at.line;
        diagnostic.column = at.column;
    }
}

} // namespace

void buildJsonTree(JsonTreeData &data, const QByteArray &bytes, JsonParseMode mode,
                   qsizetype maxNodes)
{
    data.source = bytes;
    data.mode = mode;
    const qint64 size = bytes.size();
    if (size > MaxSourceBytes) {
        data.error = { 0, 1, 1, u"The document is too large (4 GiB or more)."_s, {} };
        return;
    }
    maxNodes = std::clamp<qsizetype>(maxNodes, 1, INT_MAX - 1);

    qint64 begin = 0;
    QList<JsonDiagnostic> bomNote;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        begin = 3;
        bomNote.append({ JsonDiagnostic::Kind::ByteOrderMark, 0, 3, 1, 1,
                         u"UTF-8 byte order mark at the start; ignored."_s });
    }

    QList<JsonDiagnostic> leniencies;
    QList<JsonDiagnostic> notes;
    ParseOutcome outcome = runParse(data, bytes.constData(), begin, maxNodes, &leniencies, &notes);
    if (outcome.code == rapidjson::kParseErrorNumberTooBig) {
        QByteArray buffer(bytes.constData(), size);
        if (neutraliseHugeNumbers(buffer.data(), begin, size, mode == JsonParseMode::Lenient)) {
            data.nodes.clear();
            data.arena.clear();
            outcome = runParse(data, buffer.constData(), begin, maxNodes, &leniencies, &notes);
        }
    }

    // Give back a large excess of the reservation (long strings, an early error).
    if (data.nodes.capacity() > 2 * data.nodes.size() + 1024)
        data.nodes.shrink_to_fit();
    data.valid = outcome.ok;
    if (!outcome.ok)
        setError(data, outcome, maxNodes);
    buildChildIndex(data);
    setPositions(bytes, leniencies);
    setPositions(bytes, notes);
    data.leniencies = std::move(leniencies);
    data.notes = bomNote + notes;
}

} // namespace hookscope::detail
