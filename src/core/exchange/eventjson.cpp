#include "eventjson.h"

#include "jsonoutput.h"

#include <vector>

namespace hookscope {

namespace {

using jsonoutput::Writer;

void writeScalar(Writer &writer, const JsonTree &tree, int node)
{
    const QByteArrayView text = tree.scalarUtf8(node);
    switch (tree.kind(node)) {
    case JsonNodeKind::String:
        jsonoutput::writeString(writer, text);
        break;
    case JsonNodeKind::Number:
        writer.RawValue(text.data(), size_t(text.size()), rapidjson::kNumberType);
        break;
    case JsonNodeKind::Bool:
        writer.Bool(text == "true");
        break;
    case JsonNodeKind::Null:
    case JsonNodeKind::Object:
    case JsonNodeKind::Array:
        writer.Null();
        break;
    }
}

} // namespace

QByteArray serializedNode(const JsonTree &tree, int node)
{
    if (node < 0 || node >= tree.nodeCount())
        return "null";
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    struct Frame
    {
        int node;
        int next;
    };
    std::vector<Frame> stack;
    auto open = [&](int n) {
        const JsonNodeKind kind = tree.kind(n);
        if (kind == JsonNodeKind::Object)
            writer.StartObject();
        else if (kind == JsonNodeKind::Array)
            writer.StartArray();
        else
            return writeScalar(writer, tree, n);
        stack.push_back({ n, 0 });
    };
    open(node);
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next >= tree.childCount(frame.node)) {
            if (tree.kind(frame.node) == JsonNodeKind::Object)
                writer.EndObject();
            else
                writer.EndArray();
            stack.pop_back();
            continue;
        }
        const int child = tree.child(frame.node, frame.next++);
        if (tree.kind(frame.node) == JsonNodeKind::Object) {
            const QByteArrayView key = tree.keyUtf8(child);
            writer.Key(key.data(), rapidjson::SizeType(key.size()));
        }
        open(child);
    }
    return jsonoutput::bytesOf(buffer);
}

QByteArray nodeJsonText(const JsonTree &tree, int node)
{
    if (node < 0 || node >= tree.nodeCount())
        return "null";
    if (!tree.leniencies().isEmpty() || !tree.isValid())
        return serializedNode(tree, node);
    const JsonSpan span = tree.valueSpan(node);
    return tree.source().mid(span.offset, span.length);
}

} // namespace hookscope
