#pragma once

#include "decode/jsontree.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace hookscope {

struct ProviderDefinition;

// One column of an event type's table.
struct EventFieldColumn
{
    enum class Shape : quint8 {
        Scalar, // a string, number, boolean or null (an object found there is flattened)
        Array, // one column for the whole array, summarised as "3 items"
        Object // an object kept whole (free-form in the schema, or at the depth limit), flattened
    };
    enum class Origin : quint8 { Schema, Seen };

    // "billing.city"; a key that is empty or has '.', '[' or ']' is written ["a.b"], as in
    // JsonTree::dottedPath().
    QString name;
    QStringList path; // the keys from the event down: {"billing", "city"}
    QString pointer; // RFC 6901, relative to the event: "/billing/city"
    Shape shape = Shape::Scalar;
    Origin origin = Origin::Schema;
    // From the property's schema, when it says: its "type"(s), "title", "description".
    QStringList types;
    QString title;
    QString description;
};

// What one event has in one column.
struct EventFieldValue
{
    // Scalars as written (number text exact, strings decoded, true/false); empty for null and
    // for a missing field; "3 items" for arrays; "key=value, a.b=value" for objects.
    QString text;
    int node = -1; // the node in the event's JsonTree, -1 when the event lacks the field
    JsonNodeKind kind = JsonNodeKind::Null;
    int itemCount = -1; // arrays: how many items (the node's children, for a view to expand)

    bool isPresent() const { return node >= 0; }
    bool isNull() const { return node >= 0 && kind == JsonNodeKind::Null; }
};

// The columns of one event type's table and each event's values in them. Columns come from the
// event type's JSON Schema (properties in schema order, nested objects flattened to
// "billing.city", arrays as one column), then from fields seen in events that the schema does not
// list, appended in the order they were first seen. A column covers everything below its path,
// so free-form objects and arrays add one column, not one per key or item.
//
// Nothing recurses; paths are at most maxDepth keys long and deeper objects are flattened into
// one column. values() reads each event's nodes once with one hash lookup per key, cheap enough
// for thousands of rows. Copies are independent; a const instance may be read from any thread.
class EventFields
{
public:
    static constexpr int DefaultMaxDepth = 8;

    explicit EventFields(int maxDepth = DefaultMaxDepth);

    // Columns of a draft 7 schema: "properties" (and those of "allOf" members) in order, local
    // "$ref"s ("#/definitions/x") followed. A schema that is not JSON gives no columns.
    static EventFields fromSchema(const QByteArray &schemaJson, int maxDepth = DefaultMaxDepth);
    // The schema's columns when the provider knows the event type, else none (seen fields only).
    // The schema is read from the provider file (ProviderDefinition::origin) where it can be,
    // since ProviderDefinition::schemaJson has its keys sorted.
    static EventFields forEventType(const ProviderDefinition *provider, const QString &eventType,
                                    int maxDepth = DefaultMaxDepth);

    const QList<EventFieldColumn> &columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }
    int indexOf(const QString &name) const; // -1 when there is no such column
    int maxDepth() const { return m_maxDepth; }

    // Appends a column for each field of the event that no column covers, in the event's order;
    // returns how many were appended (at the end, so views can insert them there).
    int observe(const JsonTree &tree, int eventNode);
    // One value per column, in column order. Of duplicate keys the first counts.
    QList<EventFieldValue> values(const JsonTree &tree, int eventNode) const;

    // The event's node in a tree of DeliveryAnalysis::body (EventAnalysis::pointer); -1 if none.
    static int eventNode(const JsonTree &tree, const QString &eventPointer);
    static QString itemCountText(int count); // "1 item", "3 items"
    // "key=value, a.b=value, list=2 items" from an object node, bounded in depth and length.
    static QString flattenedText(const JsonTree &tree, int objectNode,
                                 int maxDepth = DefaultMaxDepth);

private:
    // A trie of the column paths; a node with a column covers everything below it.
    struct PathNode
    {
        QHash<QByteArray, int> children; // UTF-8 key -> index into m_nodes
        QByteArray key; // the key leading here from the parent
        int parent = -1;
        int depth = 0; // keys from the event down to here
        int column = -1;
    };

    int childNode(int parent, const QByteArray &key);
    EventFieldColumn &addColumn(int pathNode, EventFieldColumn::Shape shape,
                                EventFieldColumn::Origin origin);
    void addSchemaColumns(const JsonTree &schema);

    int m_maxDepth;
    std::vector<PathNode> m_nodes; // [0] is the event itself
    QList<EventFieldColumn> m_columns;
};

} // namespace hookscope
