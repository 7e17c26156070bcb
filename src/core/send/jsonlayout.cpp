#include "jsonlayout.h"

#include "decode/jsontree.h"
#include "editvalue.h"

namespace hookscope {

namespace {

qint64 startOf(const JsonTree &tree, int node)
{
    const JsonSpan key = tree.keySpan(node);
    return key.isValid() ? key.offset : tree.valueSpan(node).offset;
}

} // namespace

JsonLayout JsonLayout::of(const JsonTree &tree)
{
    JsonLayout layout;
    const QByteArray source = tree.source();
    const int root = JsonTree::RootNode;
    for (int row = 0; row < tree.childCount(root); ++row) {
        const int child = tree.child(root, row);
        const qint64 start = startOf(tree, child);
        if (spaceBefore(source, start).contains('\n')) {
            const QByteArray rootIndent = lineIndent(source, tree.valueSpan(root).offset);
            const QByteArray indent = lineIndent(source, start);
            if (indent.startsWith(rootIndent) && indent.size() > rootIndent.size())
                layout.m_indentStep = indent.mid(rootIndent.size());
            break;
        }
    }
    bool colonFound = false;
    bool separatorFound = false;
    for (int node = 0; node < tree.nodeCount() && !(colonFound && separatorFound); ++node) {
        const JsonSpan key = tree.keySpan(node);
        if (key.isValid() && !colonFound) {
            layout.m_colon = source.mid(key.end(), tree.valueSpan(node).offset - key.end());
            layout.m_inlineSeparator = layout.m_colon.endsWith(' ') ? " " : "";
            colonFound = true;
        }
        const QByteArrayView space = spaceBefore(source, startOf(tree, node));
        if (tree.row(node) > 0 && !separatorFound && !space.contains('\n')) {
            layout.m_inlineSeparator = space.toByteArray();
            separatorFound = true;
        }
    }
    return layout;
}

QByteArray JsonLayout::container(const JsonPathSegment &entry, const QByteArray &entryValue,
                                 const QByteArray &lineIndent, bool multiline) const
{
    const bool isObject = entry.kind == JsonPathSegment::Kind::Key;
    QByteArray text(1, isObject ? '{' : '[');
    if (multiline)
        text += '\n' + lineIndent + indentStep();
    if (isObject)
        text += jsonStringLiteral(entry.key) + m_colon;
    text += entryValue;
    if (multiline)
        text += '\n' + lineIndent;
    text += isObject ? '}' : ']';
    return text;
}

QByteArray JsonLayout::lineIndent(QByteArrayView source, qint64 offset)
{
    qint64 lineStart = offset;
    while (lineStart > 0 && source[lineStart - 1] != '\n')
        --lineStart;
    qint64 end = lineStart;
    while (end < source.size() && (source[end] == ' ' || source[end] == '\t'))
        ++end;
    return source.sliced(lineStart, end - lineStart).toByteArray();
}

QByteArrayView JsonLayout::spaceBefore(QByteArrayView source, qint64 offset)
{
    qint64 start = offset;
    while (start > 0 && QByteArrayView(" \t\r\n").contains(source[start - 1]))
        --start;
    return source.sliced(start, offset - start);
}

} // namespace hookscope
