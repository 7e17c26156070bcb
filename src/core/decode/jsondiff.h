#pragma once

#include "jsontree.h"

#include <QList>
#include <QString>

namespace hookscope {

// One place where two JSON values differ (or agree, when unchanged entries are asked for).
struct JsonDifference
{
    enum class Kind { Unchanged, Changed, Added, Removed };
    Kind kind = Kind::Unchanged;
    QString pointer; // RFC 6901, relative to the compared nodes
    int leftNode = -1; // -1 when Added
    int rightNode = -1; // -1 when Removed
};

// A structural diff: objects are matched by key (repeated keys by their order), arrays by
// position; a scalar differs when its text differs (so 1.0 and 1 differ, as they read
// differently to a person). Iterative and bounded by the trees' size.
class JsonDiff
{
public:
    static QList<JsonDifference> compare(const JsonTree &left, int leftNode, const JsonTree &right,
                                         int rightNode, bool includeUnchanged = false);
};

} // namespace hookscope
