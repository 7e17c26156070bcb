#include "jsontree.h"

#include "jsontree_data.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hookscope {

using detail::JsonNode;
using detail::JsonTreeData;

namespace {

const std::shared_ptr<const JsonTreeData> &emptyData()
{
    static const std::shared_ptr<const JsonTreeData> empty = [] {
        auto data = std::make_shared<JsonTreeData>();
        data->error.message = u"No document."_s;
        return data;
    }();
    return empty;
}

bool needsBrackets(QStringView key)
{
    return key.isEmpty() || key.contains(u'.') || key.contains(u'[') || key.contains(u']');
}

void appendQuoted(QString &out, QStringView key)
{
    out += u"[\""_s;
    for (const QChar c : key) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u"\"]"_s;
}

void appendPointerToken(QString &out, QStringView key)
{
    out += u'/';
    for (const QChar c : key) {
        if (c == u'~')
            out += u"~0"_s;
        else if (c == u'/')
            out += u"~1"_s;
        else
            out += c;
    }
}

// One reference token of a JSON Pointer, unescaped; false on a bad "~" escape.
bool decodePointerToken(QStringView token, QString *out)
{
    out->clear();
    out->reserve(token.size());
    for (qsizetype i = 0; i < token.size(); ++i) {
        if (token[i] != u'~') {
            out->append(token[i]);
            continue;
        }
        if (i + 1 >= token.size())
            return false;
        const QChar next = token[++i];
        if (next == u'0')
            out->append(u'~');
        else if (next == u'1')
            out->append(u'/');
        else
            return false;
    }
    return true;
}

// RFC 6901 array index: "0" or digits without a leading zero; -1 otherwise.
qint64 arrayIndex(QStringView token)
{
    if (token.isEmpty() || token.size() > 10 || (token.size() > 1 && token[0] == u'0'))
        return -1;
    qint64 value = 0;
    for (const QChar c : token) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

JsonTree::JsonTree() : m_data(emptyData()) { }

JsonTree::JsonTree(std::shared_ptr<const detail::JsonTreeData> data) : m_data(std::move(data)) { }

JsonTree JsonTree::parse(const QByteArray &bytes, JsonParseMode mode, qsizetype maxNodes)
{
    auto data = std::make_shared<JsonTreeData>();
    detail::buildJsonTree(*data, bytes, mode, maxNodes);
    return JsonTree(std::move(data));
}

bool JsonTree::isValid() const
{
    return m_data->valid;
}

JsonParseError JsonTree::error() const
{
    return m_data->error;
}

JsonParseMode JsonTree::mode() const
{
    return m_data->mode;
}

QByteArray JsonTree::source() const
{
    return m_data->source;
}

QList<JsonDiagnostic> JsonTree::leniencies() const
{
    return m_data->leniencies;
}

QList<JsonDiagnostic> JsonTree::notes() const
{
    return m_data->notes;
}

int JsonTree::nodeCount() const
{
    return int(m_data->nodes.size());
}

namespace {
const JsonNode *nodeAt(const JsonTreeData &data, int index)
{
    if (index < 0 || size_t(index) >= data.nodes.size())
        return nullptr;
    return &data.nodes[size_t(index)];
}
} // namespace

JsonNodeKind JsonTree::kind(int node) const
{
    const JsonNode *n = nodeAt(*m_data, node);
    return n ? n->kind : JsonNodeKind::Null;
}

int JsonTree::parent(int node) const
{
    const JsonNode *n = nodeAt(*m_data, node);
    return n ? n->parent : -1;
}

int JsonTree::row(int node) const
{
    const JsonNode *n = nodeAt(*m_data, node);
    return n ? n->row : -1;
}

int JsonTree::childCount(int node) const
{
    const JsonNode *n = nodeAt(*m_data, node);
    return n ? n->childCount : 0;
}

int JsonTree::child(int node, int row) const
{
    const JsonNode *n = nodeAt(*m_data, node);
    if (!n || row < 0 || row >= n->childCount)
        return -1;
    return m_data->children[size_t(n->firstChild + row)];
}

int JsonTree::depth(int node) const
{
    const JsonNode *n = nodeAt(*m_data, node);
    return n ? n->depth : -1;
}

JsonSpan JsonTree::keySpan(int node) const
{
    const JsonNode *n = nodeAt(*m_data, node);
    if (!n || n->keyOffset == detail::NoKey)
        return {};
    return { n->keyOffset, n->keyLength };
}

JsonSpan JsonTree::valueSpan(int node) const
{
    const JsonNode *n = nodeAt(*m_data, node);
    if (!n)
        return {};
    return { n->valueOffset, n->valueLength };
}

QByteArrayView JsonTree::keyUtf8(int node) const
{
    const JsonNode *n = nodeAt(*m_data, node);
    return n ? m_data->keyUtf8(*n) : QByteArrayView();
}

QByteArrayView JsonTree::scalarUtf8(int node) const
{
    const JsonNode *n = nodeAt(*m_data, node);
    return n ? m_data->scalarUtf8(*n) : QByteArrayView();
}

QString JsonTree::key(int node) const
{
    const JsonNode *n = nodeAt(*m_data, node);
    if (!n || n->keyOffset == detail::NoKey)
        return {};
    const QByteArrayView utf8 = m_data->keyUtf8(*n);
    return utf8.isEmpty() ? QString(u""_s) : detail::textFromUtf8(utf8);
}

QString JsonTree::scalarText(int node) const
{
    return detail::textFromUtf8(scalarUtf8(node));
}

QString JsonTree::typeName(int node) const
{
    return nodeAt(*m_data, node) ? typeName(kind(node)) : QString();
}

QString JsonTree::typeName(JsonNodeKind kind)
{
    switch (kind) {
    case JsonNodeKind::Object:
        return u"object"_s;
    case JsonNodeKind::Array:
        return u"array"_s;
    case JsonNodeKind::String:
        return u"string"_s;
    case JsonNodeKind::Number:
        return u"number"_s;
    case JsonNodeKind::Bool:
        return u"boolean"_s;
    case JsonNodeKind::Null:
        break;
    }
    return u"null"_s;
}

namespace {
// The node and its ancestors below the root, outermost first.
std::vector<int> pathFromRoot(const JsonTreeData &data, int node)
{
    std::vector<int> path;
    for (int n = node; n > 0; n = data.nodes[size_t(n)].parent)
        path.push_back(n);
    std::reverse(path.begin(), path.end());
    return path;
}
} // namespace

QString JsonTree::jsonPointer(int node) const
{
    if (!nodeAt(*m_data, node))
        return {};
    QString pointer;
    for (const int n : pathFromRoot(*m_data, node)) {
        if (keySpan(n).isValid())
            appendPointerToken(pointer, key(n));
        else
            pointer += u'/' + QString::number(row(n));
    }
    return pointer;
}

QString JsonTree::dottedPath(int node) const
{
    if (!nodeAt(*m_data, node))
        return {};
    QString path;
    for (const int n : pathFromRoot(*m_data, node)) {
        if (!keySpan(n).isValid()) {
            path += u'[' + QString::number(row(n)) + u']';
            continue;
        }
        const QString name = key(n);
        if (needsBrackets(name)) {
            appendQuoted(path, name);
        } else {
            if (!path.isEmpty())
                path += u'.';
            path += name;
        }
    }
    return path;
}

int JsonTree::findPointer(QStringView pointer) const
{
    if (m_data->nodes.empty())
        return -1;
    if (pointer.isEmpty())
        return RootNode;
    if (pointer[0] != u'/')
        return -1;
    int node = RootNode;
    QString token;
    for (const QStringView rawToken : pointer.mid(1).split(u'/')) {
        if (!decodePointerToken(rawToken, &token))
            return -1;
        const JsonNode &n = m_data->nodes[size_t(node)];
        int next = -1;
        if (n.kind == JsonNodeKind::Array) {
            const qint64 index = arrayIndex(token);
            next = index >= 0 && index < n.childCount ? child(node, int(index)) : -1;
        } else if (n.kind == JsonNodeKind::Object) {
            const QByteArray wanted = token.toUtf8();
            for (int r = 0; r < n.childCount && next < 0; ++r) {
                const int candidate = child(node, r);
                if (keyUtf8(candidate) == wanted)
                    next = candidate;
            }
        }
        if (next < 0)
            return -1;
        node = next;
    }
    return node;
}

int JsonTree::nodeAtOffset(qint64 byteOffset) const
{
    const JsonTreeData &data = *m_data;
    if (data.nodes.empty() || !valueSpan(RootNode).contains(byteOffset))
        return -1;
    auto extentStart = [&data](int n) {
        const JsonNode &node = data.nodes[size_t(n)];
        return qint64(node.keyOffset != detail::NoKey ? node.keyOffset : node.valueOffset);
    };
    int node = RootNode;
    for (;;) {
        const JsonNode &n = data.nodes[size_t(node)];
        const auto first = data.children.begin() + n.firstChild;
        const auto last = first + n.childCount;
        // The last child starting at or before the offset is the only candidate.
        const auto after
            = std::upper_bound(first, last, byteOffset, [&extentStart](qint64 offset, qint32 c) {
                  return offset < extentStart(c);
              });
        if (after == first)
            return node;
        const int candidate = *(after - 1);
        if (byteOffset >= valueSpan(candidate).end())
            return node;
        node = candidate;
    }
}

JsonTextPosition JsonTree::textPosition(QByteArrayView bytes, qint64 byteOffset)
{
    JsonTextPosition position { 1, 1 };
    detail::advanceTextPosition(bytes, 0, std::clamp<qint64>(byteOffset, 0, bytes.size()),
                                position);
    return position;
}

} // namespace hookscope
