#include "eventfields.h"

#include "providerdefinition.h"

#include <QFile>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

constexpr int kMaxReferenceHops = 16;
constexpr int kMaxAllOfMembers = 64;
constexpr int kMaxFlattenedEntries = 50;

QByteArray bytesOf(QByteArrayView view)
{
    return view.toByteArray();
}

int memberNamed(const JsonTree &tree, int object, QByteArrayView key)
{
    if (tree.kind(object) != JsonNodeKind::Object)
        return -1;
    const int count = tree.childCount(object);
    for (int row = 0; row < count; ++row) {
        const int member = tree.child(object, row);
        if (tree.keyUtf8(member) == key)
            return member;
    }
    return -1;
}

// Follows local references ("#", "#/definitions/address"); others are left as they are.
int resolvedSchema(const JsonTree &schema, int node)
{
    for (int hop = 0; hop < kMaxReferenceHops; ++hop) {
        const int reference = memberNamed(schema, node, "$ref");
        if (reference < 0 || schema.kind(reference) != JsonNodeKind::String)
            return node;
        const QString target = schema.scalarText(reference);
        if (!target.startsWith(u'#'))
            return node;
        const int next = schema.findPointer(QStringView(target).mid(1));
        if (next < 0 || schema.kind(next) != JsonNodeKind::Object)
            return node;
        node = next;
    }
    return node;
}

QStringList typesOf(const JsonTree &schema, int node)
{
    const int type = memberNamed(schema, node, "type");
    if (schema.kind(type) == JsonNodeKind::String)
        return { schema.scalarText(type) };
    QStringList types;
    if (schema.kind(type) == JsonNodeKind::Array) {
        for (int row = 0; row < schema.childCount(type); ++row) {
            const int item = schema.child(type, row);
            if (schema.kind(item) == JsonNodeKind::String)
                types.append(schema.scalarText(item));
        }
    }
    return types;
}

QString stringMember(const JsonTree &schema, int node, QByteArrayView key)
{
    const int member = memberNamed(schema, node, key);
    return schema.kind(member) == JsonNodeKind::String ? schema.scalarText(member) : QString();
}

struct Property
{
    QByteArray key;
    int schema = -1; // resolved
};

// The properties a schema object declares, its own first, then those of its allOf members.
QList<Property> propertiesOf(const JsonTree &schema, int node)
{
    QList<Property> properties;
    QList<int> pending { resolvedSchema(schema, node) };
    for (int visited = 0; !pending.isEmpty() && visited < kMaxAllOfMembers; ++visited) {
        const int current = pending.takeFirst();
        const int declared = memberNamed(schema, current, "properties");
        if (schema.kind(declared) == JsonNodeKind::Object) {
            for (int row = 0; row < schema.childCount(declared); ++row) {
                const int property = schema.child(declared, row);
                properties.append(
                    { bytesOf(schema.keyUtf8(property)), resolvedSchema(schema, property) });
            }
        }
        const int allOf = memberNamed(schema, current, "allOf");
        for (int row = 0; row < schema.childCount(allOf); ++row)
            pending.append(resolvedSchema(schema, schema.child(allOf, row)));
    }
    return properties;
}

EventFieldColumn::Shape shapeOf(const JsonTree &schema, int node, const QStringList &types)
{
    if (types.contains(u"array"_s) || memberNamed(schema, node, "items") >= 0)
        return EventFieldColumn::Shape::Array;
    if (types.contains(u"object"_s) || memberNamed(schema, node, "properties") >= 0)
        return EventFieldColumn::Shape::Object;
    return EventFieldColumn::Shape::Scalar;
}

void appendNameSegment(QString &name, const QString &key)
{
    const bool bracketed
        = key.isEmpty() || key.contains(u'.') || key.contains(u'[') || key.contains(u']');
    if (!bracketed) {
        if (!name.isEmpty())
            name += u'.';
        name += key;
        return;
    }
    QString escaped = key;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    name += u"[\""_s + escaped + u"\"]"_s;
}

void appendPointerSegment(QString &pointer, const QString &key)
{
    QString escaped = key;
    pointer += u'/' + escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

QString valueText(const JsonTree &tree, int node, int flattenDepth)
{
    switch (tree.kind(node)) {
    case JsonNodeKind::Object:
        return EventFields::flattenedText(tree, node, flattenDepth);
    case JsonNodeKind::Array:
        return EventFields::itemCountText(tree.childCount(node));
    case JsonNodeKind::Null:
        return {};
    case JsonNodeKind::String:
    case JsonNodeKind::Number:
    case JsonNodeKind::Bool:
        break;
    }
    return tree.scalarText(node);
}

// The event type's schema with its properties in the order the provider file gives them.
// ProviderDefinition::schemaJson went through QJsonObject, which sorts keys.
QByteArray schemaAsWritten(const ProviderDefinition &provider, const QString &eventType)
{
    QFile file(provider.origin);
    if (provider.origin.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const JsonTree tree = JsonTree::parse(file.readAll(), JsonParseMode::Strict);
    const int types = tree.findPointer(u"/event_types");
    for (int row = 0; row < tree.childCount(types); ++row) {
        const int type = tree.child(types, row);
        const int id = memberNamed(tree, type, "id");
        const int schema = memberNamed(tree, type, "schema");
        if (schema >= 0 && tree.kind(id) == JsonNodeKind::String
            && tree.scalarText(id) == eventType) {
            const JsonSpan span = tree.valueSpan(schema);
            return tree.source().mid(span.offset, span.length);
        }
    }
    return {};
}

} // namespace

EventFields::EventFields(int maxDepth) : m_maxDepth(qMax(1, maxDepth))
{
    m_nodes.emplace_back();
}

EventFields EventFields::fromSchema(const QByteArray &schemaJson, int maxDepth)
{
    EventFields fields(maxDepth);
    const JsonTree schema = JsonTree::parse(schemaJson, JsonParseMode::Strict);
    if (schema.isValid())
        fields.addSchemaColumns(schema);
    return fields;
}

EventFields EventFields::forEventType(const ProviderDefinition *provider, const QString &eventType,
                                      int maxDepth)
{
    const EventTypeDefinition *type = provider ? provider->eventType(eventType) : nullptr;
    if (!type)
        return EventFields(maxDepth);
    const QByteArray ordered = schemaAsWritten(*provider, eventType);
    return fromSchema(ordered.isEmpty() ? type->schemaJson : ordered, maxDepth);
}

int EventFields::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).name == name)
            return int(i);
    }
    return -1;
}

int EventFields::childNode(int parent, const QByteArray &key)
{
    const int existing = m_nodes[size_t(parent)].children.value(key, -1);
    if (existing >= 0)
        return existing;
    PathNode node;
    node.key = key;
    node.parent = parent;
    node.depth = m_nodes[size_t(parent)].depth + 1;
    const int index = int(m_nodes.size());
    m_nodes.push_back(std::move(node));
    m_nodes[size_t(parent)].children.insert(key, index);
    return index;
}

EventFieldColumn &EventFields::addColumn(int pathNode, EventFieldColumn::Shape shape,
                                         EventFieldColumn::Origin origin)
{
    QStringList path;
    for (int node = pathNode; node > 0; node = m_nodes[size_t(node)].parent)
        path.prepend(QString::fromUtf8(m_nodes[size_t(node)].key));
    EventFieldColumn column;
    for (const QString &key : std::as_const(path)) {
        appendNameSegment(column.name, key);
        appendPointerSegment(column.pointer, key);
    }
    column.path = path;
    column.shape = shape;
    column.origin = origin;
    m_nodes[size_t(pathNode)].column = int(m_columns.size());
    m_columns.append(column);
    return m_columns.last();
}

void EventFields::addSchemaColumns(const JsonTree &schema)
{
    struct Frame
    {
        QList<Property> properties;
        int next = 0;
        int pathNode = 0;
    };
    std::vector<Frame> stack;
    stack.push_back({ propertiesOf(schema, JsonTree::RootNode), 0, 0 });
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next >= frame.properties.size()) {
            stack.pop_back();
            continue;
        }
        const Property property = frame.properties.at(frame.next++);
        const int pathNode = childNode(frame.pathNode, property.key);
        if (m_nodes[size_t(pathNode)].column >= 0)
            continue;
        if (m_nodes[size_t(pathNode)].depth < m_maxDepth) {
            QList<Property> nested = propertiesOf(schema, property.schema);
            if (!nested.isEmpty()) {
                stack.push_back({ std::move(nested), 0, pathNode });
                continue;
            }
        }
        const QStringList types = typesOf(schema, property.schema);
        EventFieldColumn &column = addColumn(pathNode, shapeOf(schema, property.schema, types),
                                             EventFieldColumn::Origin::Schema);
        column.types = types;
        column.title = stringMember(schema, property.schema, "title");
        column.description = stringMember(schema, property.schema, "description");
    }
}

int EventFields::observe(const JsonTree &tree, int eventNode)
{
    if (tree.kind(eventNode) != JsonNodeKind::Object || tree.childCount(eventNode) == 0)
        return 0;
    const qsizetype before = m_columns.size();
    struct Frame
    {
        int jsonNode;
        int next;
        int pathNode;
    };
    std::vector<Frame> stack { { eventNode, 0, 0 } };
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next >= tree.childCount(frame.jsonNode)) {
            stack.pop_back();
            continue;
        }
        const int member = tree.child(frame.jsonNode, frame.next++);
        const int pathNode = childNode(frame.pathNode, bytesOf(tree.keyUtf8(member)));
        if (m_nodes[size_t(pathNode)].column >= 0)
            continue;
        switch (tree.kind(member)) {
        case JsonNodeKind::Object:
            if (tree.childCount(member) == 0)
                break; // nothing to show yet; a later event may fill it
            if (m_nodes[size_t(pathNode)].depth < m_maxDepth)
                stack.push_back({ member, 0, pathNode });
            else
                addColumn(pathNode, EventFieldColumn::Shape::Object,
                          EventFieldColumn::Origin::Seen);
            break;
        case JsonNodeKind::Array:
            addColumn(pathNode, EventFieldColumn::Shape::Array, EventFieldColumn::Origin::Seen);
            break;
        case JsonNodeKind::String:
        case JsonNodeKind::Number:
        case JsonNodeKind::Bool:
        case JsonNodeKind::Null:
            addColumn(pathNode, EventFieldColumn::Shape::Scalar, EventFieldColumn::Origin::Seen);
            break;
        }
    }
    return int(m_columns.size() - before);
}

QList<EventFieldValue> EventFields::values(const JsonTree &tree, int eventNode) const
{
    QList<EventFieldValue> values(m_columns.size());
    if (tree.kind(eventNode) != JsonNodeKind::Object)
        return values;
    // Breadth first, so that of duplicate keys the first one's fields are met first.
    struct Pending
    {
        int jsonNode;
        int pathNode;
    };
    std::vector<Pending> queue { { eventNode, 0 } };
    for (size_t head = 0; head < queue.size(); ++head) {
        const Pending pending = queue[head];
        const PathNode &path = m_nodes[size_t(pending.pathNode)];
        const int count = tree.childCount(pending.jsonNode);
        for (int row = 0; row < count; ++row) {
            const int member = tree.child(pending.jsonNode, row);
            const QByteArrayView key = tree.keyUtf8(member);
            const int next
                = path.children.value(QByteArray::fromRawData(key.data(), key.size()), -1);
            if (next < 0)
                continue;
            const PathNode &child = m_nodes[size_t(next)];
            if (child.column >= 0 && !values[child.column].isPresent()) {
                EventFieldValue &value = values[child.column];
                value.node = member;
                value.kind = tree.kind(member);
                if (value.kind == JsonNodeKind::Array)
                    value.itemCount = tree.childCount(member);
                value.text = valueText(tree, member, m_maxDepth - child.depth + 1);
            }
            if (!child.children.isEmpty() && tree.kind(member) == JsonNodeKind::Object)
                queue.push_back({ member, next });
        }
    }
    return values;
}

int EventFields::eventNode(const JsonTree &tree, const QString &eventPointer)
{
    return tree.isValid() ? tree.findPointer(eventPointer) : -1;
}

QString EventFields::itemCountText(int count)
{
    return count == 1 ? u"1 item"_s : u"%1 items"_s.arg(count);
}

QString EventFields::flattenedText(const JsonTree &tree, int objectNode, int maxDepth)
{
    if (tree.kind(objectNode) != JsonNodeKind::Object)
        return {};
    struct Frame
    {
        int jsonNode;
        int next;
        QString prefix;
    };
    std::vector<Frame> stack { { objectNode, 0, QString() } };
    QStringList entries;
    while (!stack.empty() && entries.size() < kMaxFlattenedEntries) {
        Frame &frame = stack.back();
        if (frame.next >= tree.childCount(frame.jsonNode)) {
            stack.pop_back();
            continue;
        }
        const int member = tree.child(frame.jsonNode, frame.next++);
        QString name = frame.prefix;
        appendNameSegment(name, tree.key(member));
        const JsonNodeKind kind = tree.kind(member);
        if (kind == JsonNodeKind::Object && tree.childCount(member) > 0
            && int(stack.size()) < maxDepth) {
            stack.push_back({ member, 0, name });
            continue;
        }
        QString text;
        if (kind == JsonNodeKind::Object)
            text = tree.childCount(member) == 0 ? u"{}"_s : u"{…}"_s;
        else if (kind == JsonNodeKind::Null)
            text = u"null"_s;
        else
            text = valueText(tree, member, 0);
        entries.append(name + u'=' + text);
    }
    const bool cut = std::any_of(stack.cbegin(), stack.cend(), [&](const Frame &frame) {
        return frame.next < tree.childCount(frame.jsonNode);
    });
    QString flattened = entries.join(u", "_s);
    if (cut)
        flattened += u", …"_s;
    return flattened;
}

} // namespace hookscope
