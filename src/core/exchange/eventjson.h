#pragma once

#include "decode/jsontree.h"

#include <QByteArray>

namespace hookscope {

// The JSON text of one node: its bytes exactly as in the source when the document is strict
// JSON, else (comments, trailing commas, bad UTF-8 forgiven by lenient parsing) the node written
// anew, compact, with keys, their order and duplicates, and number text kept. "null" for no node.
QByteArray nodeJsonText(const JsonTree &tree, int node);

// The node written anew as compact JSON; iterative, so any depth is fine.
QByteArray serializedNode(const JsonTree &tree, int node);

} // namespace hookscope
