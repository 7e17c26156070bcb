#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace hookscope {

class JsonTree;

// Writes a node of a JsonTree indented, one member or element per line, keeping key order,
// duplicate keys, number text and string escapes exactly as in the source (only whitespace
// changes). Empty containers stay "{}" and "[]". Nothing recurses.
class JsonPrettyPrinter
{
public:
    QByteArrayView indentStep = "  ";
    QByteArrayView colon = ": ";
    // Put before every line but the first, so the text can go where a value at that indent is.
    QByteArrayView baseIndent;

    QByteArray print(const JsonTree &tree, int node) const;
};

} // namespace hookscope
