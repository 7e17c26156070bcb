#include "jsondiff.h"

#include <QHash>

#include <vector>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QString escapedKey(const QString &key)
{
    QString escaped = key;
    return escaped.replace(u"~"_s, u"~0"_s).replace(u"/"_s, u"~1"_s);
}

bool isContainer(JsonNodeKind kind)
{
    return kind == JsonNodeKind::Object || kind == JsonNodeKind::Array;
}

// The pointer step to a child: its key, or for array elements its index; a repeated key
// gets its occurrence appended so that both sides pair the n-th occurrences.
QString childKey(const JsonTree &tree, int child, QHash<QString, int> &seen)
{
    const QString key = tree.key(child);
    if (key.isNull())
        return QString::number(tree.row(child));
    const int occurrence = seen[key]++;
    return occurrence == 0 ? key : key + QChar(0) + QString::number(occurrence);
}

} // namespace

QList<JsonDifference> JsonDiff::compare(const JsonTree &left, int leftNode, const JsonTree &right,
                                        int rightNode, bool includeUnchanged)
{
    QList<JsonDifference> differences;
    struct Pair
    {
        int left;
        int right;
        QString pointer;
    };
    std::vector<Pair> stack { { leftNode, rightNode, QString() } };
    while (!stack.empty()) {
        const Pair pair = stack.back();
        stack.pop_back();
        if (pair.left < 0 || pair.right < 0) {
            differences.append({ pair.left < 0 ? JsonDifference::Kind::Added : JsonDifference::Kind::Removed,
                                 pair.pointer, pair.left, pair.right });
            continue;
        }
        const JsonNodeKind leftKind = left.kind(pair.left);
        const JsonNodeKind rightKind = right.kind(pair.right);
        if (leftKind != rightKind || !isContainer(leftKind)) {
            const bool same = leftKind == rightKind && left.scalarUtf8(pair.left) == right.scalarUtf8(pair.right);
            if (!same || includeUnchanged)
                differences.append({ same ? JsonDifference::Kind::Unchanged : JsonDifference::Kind::Changed,
                                     pair.pointer, pair.left, pair.right });
            continue;
        }
        // Same kind of container: pair the children. Pushed in reverse, so the result reads in
        // the left document's order, then what only the right has.
        QHash<QString, int> leftSeen;
        QHash<QString, int> rightSeen;
        QHash<QString, int> rightByKey;
        QList<QString> rightOrder;
        for (int row = 0; row < right.childCount(pair.right); ++row) {
            const int child = right.child(pair.right, row);
            const QString key = childKey(right, child, rightSeen);
            rightByKey.insert(key, child);
            rightOrder.append(key);
        }
        std::vector<Pair> children;
        QHash<QString, bool> matched;
        for (int row = 0; row < left.childCount(pair.left); ++row) {
            const int child = left.child(pair.left, row);
            const QString key = childKey(left, child, leftSeen);
            const QString step = escapedKey(key.section(QChar(0), 0, 0));
            children.push_back({ child, rightByKey.value(key, -1), pair.pointer + u"/"_s + step });
            matched.insert(key, true);
        }
        for (const QString &key : std::as_const(rightOrder)) {
            if (!matched.contains(key))
                children.push_back({ -1, rightByKey.value(key), pair.pointer + u"/"_s + escapedKey(key.section(QChar(0), 0, 0)) });
        }
        if (includeUnchanged)
            differences.append({ JsonDifference::Kind::Unchanged, pair.pointer, pair.left, pair.right });
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.push_back(*it);
    }
    return differences;
}

} // namespace hookscope
