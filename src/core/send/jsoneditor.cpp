#include "jsoneditor.h"

#include "decode/jsontree.h"
#include "editvalue.h"
#include "jsonlayout.h"
#include "decode/jsonprettyprinter.h"

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

constexpr qint64 kNoIndex = -1;

// "-" (append) or an RFC 6901 array index; kNoIndex otherwise.
qint64 indexToken(const QString &token, qint64 appendIndex)
{
    if (token == u"-"_s)
        return appendIndex;
    if (token.isEmpty() || token.size() > 9 || (token.size() > 1 && token[0] == u'0'))
        return kNoIndex;
    for (const QChar c : token) {
        if (c < u'0' || c > u'9')
            return kNoIndex;
    }
    return token.toLongLong();
}

QString elementCount(int count)
{
    return count == 1 ? u"1 element"_s : u"%1 elements"_s.arg(count);
}

QString typeArticle(const JsonTree &tree, int node)
{
    const QString name = tree.typeName(node);
    return (name == u"object"_s || name == u"array"_s ? u"an "_s : u"a "_s) + name;
}

class EditRun
{
public:
    EditRun(const JsonTree &tree, const BodyEdit &edit, const JsonLocationTypes &types,
            QString *error, const QByteArray *json = nullptr)
        : m_tree(tree),
          m_source(tree.source()),
          m_edit(edit),
          m_types(types),
          m_error(error),
          m_json(json)
    {
    }

    std::optional<JsonEditor::Result> run()
    {
        int node = JsonTree::RootNode;
        for (qsizetype step = 0; step < m_edit.path.size(); ++step) {
            const JsonPathSegment &segment = m_edit.path.at(step);
            const JsonNodeKind kind = m_tree.kind(node);
            int next = -1;
            if (kind == JsonNodeKind::Object) {
                if (segment.kind == JsonPathSegment::Kind::Index)
                    return fail(u"%1 is an object, not an array"_s.arg(where()));
                next = member(node, segment.key);
                if (next < 0)
                    return insert(node, step);
                m_location.append(JsonPathSegment::member(segment.key));
            } else if (kind == JsonNodeKind::Array) {
                const int count = m_tree.childCount(node);
                const qint64 index = segment.kind == JsonPathSegment::Kind::Index
                        ? segment.index
                        : indexToken(segment.key, count);
                if (index == kNoIndex)
                    return fail(u"%1 is an array, and \"%2\" is not an index"_s.arg(where(), segment.key));
                if (index == count)
                    return insert(node, step);
                if (index > count)
                    return fail(u"the array has %1"_s.arg(elementCount(count)));
                next = m_tree.child(node, int(index));
                m_location.append(JsonPathSegment::element(index));
            } else {
                const bool wantsArray = segment.kind == JsonPathSegment::Kind::Index;
                return fail(u"%1 is %2, not %3"_s.arg(where(), typeArticle(m_tree, node),
                                                     wantsArray ? u"an array"_s : u"an object"_s));
            }
            node = next;
        }
        const std::optional<QByteArray> value = leafValue();
        if (!value)
            return std::nullopt;
        const JsonSpan key = m_tree.keySpan(node);
        const qint64 start = key.isValid() ? key.offset : m_tree.valueSpan(node).offset;
        return splice(m_tree.valueSpan(node),
                      laidOut(*value, JsonLayout::lineIndent(m_source, start)));
    }

private:
    std::optional<JsonEditor::Result> fail(const QString &message)
    {
        *m_error = message;
        return std::nullopt;
    }

    QString where() const
    {
        return m_location.isEmpty() ? u"the body"_s : formatJsonPath(m_location, m_edit.syntax);
    }

    int member(int object, const QString &key) const
    {
        const QByteArray wanted = key.toUtf8();
        for (int row = 0; row < m_tree.childCount(object); ++row) {
            const int child = m_tree.child(object, row);
            if (m_tree.keyUtf8(child) == wanted)
                return child;
        }
        return -1;
    }

    std::optional<QByteArray> leafValue()
    {
        if (m_json)
            return *m_json;
        return encodeEditValue(m_edit.value, m_types(m_location), m_error);
    }

    // A container put() places in a document of several lines, indented to its place.
    QByteArray laidOut(const QByteArray &value, const QByteArray &lineIndent) const
    {
        const JsonLayout layout = JsonLayout::of(m_tree);
        if (!m_json || !layout.isMultiline())
            return value;
        const JsonTree tree = JsonTree::parse(value, JsonParseMode::Strict);
        if (!tree.isValid() || tree.childCount(JsonTree::RootNode) == 0)
            return value;
        JsonPrettyPrinter printer;
        const QByteArray step = layout.indentStep();
        const QByteArray colon = layout.colon();
        printer.indentStep = step;
        printer.colon = colon;
        printer.baseIndent = lineIndent;
        return printer.print(tree, JsonTree::RootNode);
    }

    // Resolves the steps from `step` on, which name things that do not exist yet: the first is
    // added to `container`, each later one creates the container it lives in.
    std::optional<JsonEditor::Result> insert(int container, qsizetype step)
    {
        const qsizetype firstNew = m_location.size();
        if (m_tree.kind(container) == JsonNodeKind::Object)
            m_location.append(JsonPathSegment::member(m_edit.path.at(step).key));
        else
            m_location.append(JsonPathSegment::element(m_tree.childCount(container)));
        for (qsizetype later = step + 1; later < m_edit.path.size(); ++later) {
            const std::optional<JsonPathSegment> created = createdStep(m_edit.path.at(later));
            if (!created)
                return std::nullopt;
            m_location.append(*created);
        }
        const std::optional<QByteArray> value = leafValue();
        if (!value)
            return std::nullopt;
        return addEntry(container, firstNew, *value);
    }

    std::optional<JsonPathSegment> createdStep(const JsonPathSegment &segment)
    {
        const JsonTypes containerTypes = m_types(m_location);
        const bool arrayOnly = containerTypes != kAnyJsonType && (containerTypes & JsonType::Array)
                && !(containerTypes & JsonType::Object);
        qint64 index = kNoIndex;
        if (segment.kind == JsonPathSegment::Kind::Index)
            index = segment.index;
        else if (m_edit.syntax == JsonPathSyntax::Pointer && arrayOnly)
            index = indexToken(segment.key, 0);
        if (index == kNoIndex)
            return JsonPathSegment::member(segment.key);
        if (index != 0) {
            *m_error = u"%1 does not exist yet, so its first element has index 0"_s.arg(where());
            return std::nullopt;
        }
        return JsonPathSegment::element(0);
    }

    std::optional<JsonEditor::Result> addEntry(int container, qsizetype firstNew,
                                               const QByteArray &leaf)
    {
        const JsonLayout layout = JsonLayout::of(m_tree);
        const int count = m_tree.childCount(container);
        const int last = count > 0 ? m_tree.child(container, count - 1) : -1;
        QByteArray separator; // before the new entry, after the comma
        QByteArray indent;
        bool multiline = layout.isMultiline();
        if (last >= 0) {
            const JsonSpan lastKey = m_tree.keySpan(last);
            const qint64 lastStart = lastKey.isValid() ? lastKey.offset : m_tree.valueSpan(last).offset;
            separator = JsonLayout::spaceBefore(m_source, lastStart).toByteArray();
            multiline = separator.contains('\n');
            // Before a lone entry on the bracket's line is no separator to copy.
            if (count == 1 && !multiline)
                separator = layout.inlineSeparator();
            indent = JsonLayout::lineIndent(m_source, lastStart);
        } else {
            indent = JsonLayout::lineIndent(m_source, m_tree.valueSpan(container).offset)
                    + layout.indentStep();
        }

        QByteArray value = laidOut(leaf, indent + layout.indentStep().repeated(m_location.size() - firstNew - 1));
        for (qsizetype at = m_location.size() - 1; at > firstNew; --at) {
            const QByteArray lineIndent = indent + layout.indentStep().repeated(at - firstNew - 1);
            value = layout.container(m_location.at(at), value, lineIndent, multiline);
        }
        const JsonPathSegment &entry = m_location.at(firstNew);
        if (last < 0) {
            const QByteArray containerIndent = JsonLayout::lineIndent(
                    m_source, m_tree.valueSpan(container).offset);
            return splice(m_tree.valueSpan(container),
                          layout.container(entry, value, containerIndent, multiline));
        }
        QByteArray text = ',' + separator;
        if (entry.kind == JsonPathSegment::Kind::Key) {
            const JsonSpan lastKey = m_tree.keySpan(last);
            const QByteArray colon = m_source.mid(lastKey.end(),
                                                  m_tree.valueSpan(last).offset - lastKey.end());
            text += jsonStringLiteral(entry.key) + colon;
        }
        text += value;
        return splice({ m_tree.valueSpan(last).end(), 0 }, text);
    }

    JsonEditor::Result splice(const JsonSpan &span, const QByteArray &text) const
    {
        QByteArray document = m_source;
        document.replace(span.offset, span.length, text);
        return { document, m_location };
    }

    const JsonTree &m_tree;
    const QByteArray m_source;
    const BodyEdit &m_edit;
    const JsonLocationTypes &m_types;
    QString *m_error;
    const QByteArray *m_json;
    JsonPath m_location;
};

// Where an entry starts: its key, or for an element its value.
qint64 entryStart(const JsonTree &tree, int node)
{
    const JsonSpan key = tree.keySpan(node);
    return key.isValid() ? key.offset : tree.valueSpan(node).offset;
}

QString parseProblem(const JsonTree &tree)
{
    const JsonParseError problem = tree.error();
    return u"the body is not JSON (line %1, column %2: %3)"_s.arg(problem.line)
            .arg(problem.column)
            .arg(problem.message);
}

} // namespace

std::optional<JsonEditor::Result> JsonEditor::apply(const QByteArray &document,
                                                    const BodyEdit &edit,
                                                    const JsonLocationTypes &types, QString *error)
{
    const JsonTree tree = JsonTree::parse(document, JsonParseMode::Strict);
    if (!tree.isValid()) {
        *error = parseProblem(tree);
        return std::nullopt;
    }
    return EditRun(tree, edit, types, error).run();
}

std::optional<JsonEditor::Result> JsonEditor::put(const QByteArray &document, const JsonPath &path,
                                                  const QByteArray &json, QString *error)
{
    const JsonTree value = JsonTree::parse(json, JsonParseMode::Strict);
    if (!value.isValid() || json.startsWith("\xEF\xBB\xBF")) {
        *error = u"the value is not JSON"_s;
        return std::nullopt;
    }
    const JsonTree tree = JsonTree::parse(document, JsonParseMode::Strict);
    if (!tree.isValid()) {
        *error = parseProblem(tree);
        return std::nullopt;
    }
    BodyEdit edit;
    edit.syntax = JsonPathSyntax::Pointer;
    edit.path = path;
    edit.pathText = formatJsonPath(path, JsonPathSyntax::Pointer);
    const JsonLocationTypes anyType = [](const JsonPath &) { return kAnyJsonType; };
    const QByteArray trimmed = json.trimmed();
    return EditRun(tree, edit, anyType, error, &trimmed).run();
}

std::optional<QByteArray> JsonEditor::remove(const QByteArray &document, const JsonPath &path,
                                             QString *error)
{
    const JsonTree tree = JsonTree::parse(document, JsonParseMode::Strict);
    if (!tree.isValid()) {
        *error = parseProblem(tree);
        return std::nullopt;
    }
    const int node = path.isEmpty() ? -1 : nodeAt(tree, path);
    if (node < 0) {
        *error = path.isEmpty() ? u"the body itself cannot be removed"_s
                                : u"there is nothing at %1"_s.arg(formatJsonPath(path, JsonPathSyntax::Pointer));
        return std::nullopt;
    }
    const int container = tree.parent(node);
    const int row = tree.row(node);
    const int count = tree.childCount(container);
    qint64 from = 0;
    qint64 to = 0;
    if (count == 1) { // everything between the brackets
        const JsonSpan span = tree.valueSpan(container);
        from = span.offset + 1;
        to = span.end() - 1;
    } else if (row == 0) { // up to the next entry, taking the comma and the space after it
        from = entryStart(tree, node);
        to = entryStart(tree, tree.child(container, 1));
    } else { // from the end of the entry before, taking the comma and the space before it
        from = tree.valueSpan(tree.child(container, row - 1)).end();
        to = tree.valueSpan(node).end();
    }
    QByteArray edited = document;
    edited.remove(from, to - from);
    return edited;
}

int JsonEditor::nodeAt(const JsonTree &tree, const JsonPath &path)
{
    int node = tree.nodeCount() > 0 ? JsonTree::RootNode : -1;
    for (const JsonPathSegment &segment : path) {
        if (node < 0)
            return -1;
        const JsonNodeKind kind = tree.kind(node);
        if (kind == JsonNodeKind::Array) {
            qint64 index = segment.index;
            if (segment.kind == JsonPathSegment::Kind::Key)
                index = indexToken(segment.key, kNoIndex);
            node = index >= 0 && index < tree.childCount(node) ? tree.child(node, int(index)) : -1;
        } else if (kind == JsonNodeKind::Object && segment.kind == JsonPathSegment::Kind::Key) {
            const QByteArray wanted = segment.key.toUtf8();
            int found = -1;
            for (int row = 0; row < tree.childCount(node) && found < 0; ++row) {
                if (tree.keyUtf8(tree.child(node, row)) == wanted)
                    found = tree.child(node, row);
            }
            node = found;
        } else {
            return -1;
        }
    }
    return node;
}

JsonPath JsonEditor::pathOf(const JsonTree &tree, int node)
{
    JsonPath path;
    for (int at = node; at > JsonTree::RootNode && at < tree.nodeCount(); at = tree.parent(at)) {
        const int parent = tree.parent(at);
        if (tree.kind(parent) == JsonNodeKind::Array)
            path.prepend(JsonPathSegment::element(tree.row(at)));
        else
            path.prepend(JsonPathSegment::member(tree.key(at)));
    }
    return path;
}

} // namespace hookscope
