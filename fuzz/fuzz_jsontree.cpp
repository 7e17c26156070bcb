// Parses the input in both modes (and once more under a small node limit), walks every node,
// calls every accessor and aborts when a span, index or strict/lenient invariant does not hold.

#include "fuzzcheck.h"

#include "decode/jsontree.h"

using hookscope::JsonDiagnostic;
using hookscope::JsonNodeKind;
using hookscope::JsonParseMode;
using hookscope::JsonSpan;
using hookscope::JsonTree;

namespace {

constexpr int MaxDiagnostics = 1000; // the lists stop there, see DiagnosticList

bool hasKind(const QList<JsonDiagnostic> &list, JsonDiagnostic::Kind kind)
{
    if (list.size() >= MaxDiagnostics)
        return true; // may be among the ones not listed
    for (const JsonDiagnostic &d : list) {
        if (d.kind == kind)
            return true;
    }
    return false;
}

// Keys that are not valid UTF-8 do not survive the trip through QString.
bool pointersRoundTrip(const JsonTree &tree)
{
    return !hasKind(tree.leniencies(), JsonDiagnostic::Kind::InvalidUtf8)
        && !hasKind(tree.notes(), JsonDiagnostic::Kind::LoneSurrogate);
}

qint64 extentStart(const JsonTree &tree, int node)
{
    const JsonSpan key = tree.keySpan(node);
    return key.isValid() ? key.offset : tree.valueSpan(node).offset;
}

void checkDiagnostics(const QList<JsonDiagnostic> &list, qint64 size)
{
    for (const JsonDiagnostic &d : list) {
        CHECK(d.byteOffset >= 0 && d.byteOffset + d.length <= size);
        CHECK(d.line >= 1 && d.column >= 1);
        CHECK(!d.message.isEmpty());
    }
}

void checkFirstAndLastByte(const JsonTree &tree, int i, const QByteArray &source)
{
    const JsonSpan span = tree.valueSpan(i);
    const char first = source.at(span.offset);
    const char last = source.at(span.end() - 1);
    switch (tree.kind(i)) {
    case JsonNodeKind::Object:
        CHECK(first == '{');
        CHECK(!tree.isValid() || last == '}');
        break;
    case JsonNodeKind::Array:
        CHECK(first == '[');
        CHECK(!tree.isValid() || last == ']');
        break;
    case JsonNodeKind::String:
        CHECK(first == '"' && last == '"' && span.length >= 2);
        if (!source.mid(span.offset, span.length).contains('\\'))
            CHECK(tree.scalarUtf8(i)
                  == QByteArrayView(source).sliced(span.offset + 1, span.length - 2));
        break;
    case JsonNodeKind::Number:
        CHECK(first == '-' || (first >= '0' && first <= '9'));
        CHECK(last >= '0' && last <= '9');
        CHECK(tree.scalarUtf8(i) == QByteArrayView(source).sliced(span.offset, span.length));
        break;
    case JsonNodeKind::Bool:
        CHECK(tree.scalarUtf8(i) == "true" || tree.scalarUtf8(i) == "false");
        CHECK(tree.scalarUtf8(i) == QByteArrayView(source).sliced(span.offset, span.length));
        break;
    case JsonNodeKind::Null:
        CHECK(tree.scalarUtf8(i) == "null");
        CHECK(QByteArrayView(source).sliced(span.offset, span.length) == "null");
        break;
    }
}

void checkParentLink(const JsonTree &tree, int i)
{
    const int p = tree.parent(i);
    CHECK(p >= 0 && p < i);
    CHECK(tree.kind(p) == JsonNodeKind::Object || tree.kind(p) == JsonNodeKind::Array);
    CHECK(tree.child(p, tree.row(i)) == i);
    CHECK(tree.depth(i) == tree.depth(p) + 1);
    CHECK(tree.keySpan(i).isValid() == (tree.kind(p) == JsonNodeKind::Object));
    CHECK(!tree.key(i).isNull() == tree.keySpan(i).isValid());
    const JsonSpan span = tree.valueSpan(i);
    const JsonSpan parentSpan = tree.valueSpan(p);
    CHECK(extentStart(tree, i) > parentSpan.offset);
    CHECK(span.end() <= parentSpan.end());
    CHECK(!tree.isValid() || span.end() < parentSpan.end());
    if (tree.row(i) > 0)
        CHECK(tree.valueSpan(tree.child(p, tree.row(i) - 1)).end() <= extentStart(tree, i));
}

void checkNode(const JsonTree &tree, int i, const QByteArray &source, bool checkPointers)
{
    const JsonSpan span = tree.valueSpan(i);
    CHECK(span.offset >= 0 && span.length >= 1 && span.end() <= source.size());
    const JsonSpan key = tree.keySpan(i);
    if (key.isValid()) {
        CHECK(key.length >= 2 && key.end() <= span.offset);
        CHECK(source.at(key.offset) == '"' && source.at(key.end() - 1) == '"');
    }
    if (i == JsonTree::RootNode) {
        CHECK(tree.parent(i) == -1 && tree.depth(i) == 0 && !key.isValid());
    } else {
        checkParentLink(tree, i);
    }
    checkFirstAndLastByte(tree, i, source);
    CHECK(tree.child(i, -1) == -1 && tree.child(i, tree.childCount(i)) == -1);
    CHECK(!tree.typeName(i).isEmpty());
    (void)tree.scalarText(i);

    CHECK(tree.nodeAtOffset(extentStart(tree, i)) == i);
    CHECK(tree.nodeAtOffset(span.offset) == i);
    if (tree.isValid())
        CHECK(tree.nodeAtOffset(span.end() - 1) == i);

    if (!checkPointers)
        return;
    // With duplicate keys a pointer finds the first one, so later twins and what is below
    // them may be unreachable.
    const QString pointer = tree.jsonPointer(i);
    const int found = tree.findPointer(pointer);
    if (hasKind(tree.notes(), JsonDiagnostic::Kind::DuplicateKey))
        CHECK(found < 0 || (found <= i && tree.jsonPointer(found) == pointer));
    else
        CHECK(found == i);
    (void)tree.dottedPath(i);
}

void checkTree(const JsonTree &tree, const QByteArray &source)
{
    const qint64 size = source.size();
    CHECK(tree.source() == source);
    if (tree.isValid()) {
        CHECK(tree.nodeCount() >= 1);
        CHECK(tree.error().message.isEmpty());
    } else {
        CHECK(tree.error().byteOffset >= 0 && tree.error().byteOffset <= size);
        CHECK(tree.error().line >= 1 && tree.error().column >= 1);
        CHECK(!tree.error().message.isEmpty());
    }
    checkDiagnostics(tree.leniencies(), size);
    checkDiagnostics(tree.notes(), size);
    if (tree.mode() == JsonParseMode::Strict)
        CHECK(tree.leniencies().isEmpty());

    const bool checkPointers = pointersRoundTrip(tree);
    qint64 children = 0;
    for (int i = 0; i < tree.nodeCount(); ++i) {
        checkNode(tree, i, source, checkPointers);
        children += tree.childCount(i);
    }
    CHECK(tree.nodeCount() == 0 || children == tree.nodeCount() - 1);
    CHECK(tree.nodeAtOffset(-1) == -1 && tree.nodeAtOffset(size) == -1);
    CHECK(tree.kind(tree.nodeCount()) == JsonNodeKind::Null && tree.parent(-1) == -1);
}

// Strict JSON parses the same in lenient mode, and lenient mode forgiving nothing is strict.
void checkModesAgree(const JsonTree &strict, const JsonTree &lenient)
{
    if (strict.isValid()) {
        CHECK(lenient.isValid());
        CHECK(lenient.leniencies().isEmpty());
        CHECK(lenient.nodeCount() == strict.nodeCount());
        for (int i = 0; i < strict.nodeCount(); ++i) {
            CHECK(lenient.kind(i) == strict.kind(i));
            CHECK(lenient.valueSpan(i) == strict.valueSpan(i));
            CHECK(lenient.keySpan(i) == strict.keySpan(i));
            CHECK(lenient.scalarUtf8(i) == strict.scalarUtf8(i));
            CHECK(lenient.keyUtf8(i) == strict.keyUtf8(i));
        }
    }
    if (lenient.isValid() && lenient.leniencies().isEmpty())
        CHECK(strict.isValid());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray source(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonTree strict = JsonTree::parse(source, JsonParseMode::Strict);
    const JsonTree lenient = JsonTree::parse(source, JsonParseMode::Lenient);
    checkTree(strict, source);
    checkTree(lenient, source);
    checkModesAgree(strict, lenient);

    const qsizetype limit = size > 0 ? 1 + data[0] % 16 : 1;
    const JsonTree limited = JsonTree::parse(source, JsonParseMode::Lenient, limit);
    checkTree(limited, source);
    CHECK(limited.nodeCount() <= limit);
    return 0;
}
