#include "jsonprettyprinter.h"

#include "jsontree.h"

#include <vector>

namespace hookscope {

namespace {

bool isContainer(const JsonTree &tree, int node)
{
    const JsonNodeKind kind = tree.kind(node);
    return kind == JsonNodeKind::Object || kind == JsonNodeKind::Array;
}

QByteArrayView tokenOf(const QByteArray &source, const JsonSpan &span)
{
    return QByteArrayView(source).sliced(span.offset, span.length);
}

} // namespace

QByteArray JsonPrettyPrinter::print(const JsonTree &tree, int node) const
{
    const QByteArray source = tree.source();
    QByteArray out;
    // Open containers and how many of their children are written.
    struct Frame
    {
        int node;
        int written;
    };
    std::vector<Frame> open;
    const auto newline = [&](qsizetype depth) {
        out += '\n';
        out += baseIndent;
        for (qsizetype level = 0; level < depth; ++level)
            out += indentStep;
    };
    const auto writeValue = [&](int value) {
        if (!isContainer(tree, value)) {
            out += tokenOf(source, tree.valueSpan(value));
            return;
        }
        const bool object = tree.kind(value) == JsonNodeKind::Object;
        if (tree.childCount(value) == 0) {
            out += object ? "{}" : "[]";
            return;
        }
        out += object ? '{' : '[';
        open.push_back({ value, 0 });
    };
    writeValue(node);
    while (!open.empty()) {
        Frame &frame = open.back();
        const int container = frame.node;
        if (frame.written == tree.childCount(container)) {
            open.pop_back();
            newline(qsizetype(open.size()));
            out += tree.kind(container) == JsonNodeKind::Object ? '}' : ']';
            continue;
        }
        const int child = tree.child(container, frame.written);
        if (frame.written++ > 0)
            out += ',';
        newline(qsizetype(open.size()));
        const JsonSpan key = tree.keySpan(child);
        if (key.isValid()) {
            out += tokenOf(source, key);
            out += colon;
        }
        writeValue(child);
    }
    return out;
}

} // namespace hookscope
