#include "composerformmodel.h"

#include "send/editvalue.h"

#include <QBrush>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
            .chopped(1)
            .mid(1);
}

bool isContainer(JsonNodeKind kind)
{
    return kind == JsonNodeKind::Object || kind == JsonNodeKind::Array;
}

} // namespace

ComposerFormModel::ComposerFormModel(QObject *parent) : JsonTreeModel(parent)
{
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this, &ComposerFormModel::invalidateFields);
}

void ComposerFormModel::setFieldLookup(FieldLookup lookup)
{
    m_lookup = std::move(lookup);
    invalidateFields();
}

void ComposerFormModel::invalidateFields()
{
    m_fields.clear();
}

void ComposerFormModel::setPinned(const QSet<QString> &pointers)
{
    m_pinned = pointers;
    // Rows below a pinned field show it too; pins change rarely, so every row is refreshed.
    for (int node = 0; node < tree().nodeCount(); ++node) {
        const QModelIndex at = indexOfNode(node, Pinned);
        if (at.isValid())
            emit dataChanged(at, at);
    }
    emit pinsChanged();
}

bool ComposerFormModel::isPinned(const QString &pointer) const
{
    for (const QString &pin : m_pinned) {
        if (pointer == pin || pointer.startsWith(pin + u'/'))
            return true;
    }
    return false;
}

const SchemaField &ComposerFormModel::fieldOf(int node) const
{
    auto found = m_fields.constFind(node);
    if (found == m_fields.cend())
        found = m_fields.insert(node, m_lookup ? m_lookup(node) : SchemaField());
    return *found;
}

int ComposerFormModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : FormColumnCount;
}

QString ComposerFormModel::typeText(int node) const
{
    const SchemaField &field = fieldOf(node);
    if (field.types == kAnyJsonType)
        return tree().typeName(node);
    // The schema's own type names, as in the tree's type column; only the "or" is the reader's.
    QStringList names;
    for (const auto &[type, name] : { std::pair { JsonType::Object, "object" }, { JsonType::Array, "array" },
                                      { JsonType::String, "string" }, { JsonType::Number, "number" },
                                      { JsonType::Integer, "integer" }, { JsonType::Boolean, "boolean" },
                                      { JsonType::Null, "null" } }) {
        if ((field.types & type) && !(type == JsonType::Integer && (field.types & JsonType::Number)))
            names.append(QString::fromLatin1(name));
    }
    QString text = names.value(0);
    for (qsizetype i = 1; i < names.size(); ++i)
        text = (i + 1 == names.size() ? tr("%1 or %2") : tr("%1, %2")).arg(text, names.at(i));
    if (field.enumValues.size() > 1)
        text = tr("one of %n", nullptr, int(field.enumValues.size()));
    if (!field.format.isEmpty())
        text += u" · "_s + field.format;
    return text;
}

QVariant ComposerFormModel::pinState(int node) const
{
    const QString pointer = tree().jsonPointer(node);
    if (m_pinned.contains(pointer))
        return Qt::Checked;
    return isPinned(pointer) ? Qt::PartiallyChecked : Qt::Unchecked;
}

QVariant ComposerFormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int node = nodeOf(index);
    const JsonNodeKind kind = tree().kind(node);
    switch (role) {
    case KindRole:
        return int(kind);
    case SchemaTypesRole:
        return int(fieldOf(node).types);
    case EnumValuesRole: {
        QStringList values;
        for (const QJsonValue &value : fieldOf(node).enumValues)
            values.append(jsonText(value));
        return values;
    }
    case FormatRole:
        return fieldOf(node).format;
    case NullableRole:
        return fieldOf(node).types != kAnyJsonType && fieldOf(node).allowsNull();
    case JsonValueRole: {
        const JsonSpan span = tree().valueSpan(node);
        return tree().source().mid(span.offset, span.length);
    }
    default:
        break;
    }
    switch (index.column()) {
    case Pinned:
        if (role == Qt::CheckStateRole)
            return pinState(node);
        if (role == Qt::ToolTipRole)
            return pinState(node) == Qt::PartiallyChecked ? tr("Kept by Randomize: a field above it is pinned")
                                                          : tr("Pin: Randomize keeps this value");
        return {};
    case FieldType:
        if (role == Qt::DisplayRole)
            return typeText(node);
        if (role == Qt::ForegroundRole)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    case FieldValue:
        if (role == Qt::CheckStateRole && kind == JsonNodeKind::Bool)
            return tree().scalarText(node) == u"true"_s ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::EditRole)
            return kind == JsonNodeKind::Null ? QString() : tree().scalarText(node);
        if (role == Qt::DisplayRole && isContainer(kind)) {
            const int count = tree().childCount(node);
            if (kind == JsonNodeKind::Object)
                return tr("{%n fields}", nullptr, count);
            return tr("[%n items]", nullptr, count);
        }
        if (role == Qt::FontRole && (kind == JsonNodeKind::Null || isContainer(kind))) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (role == Qt::ForegroundRole && violationsAt(node).isEmpty()
            && (kind == JsonNodeKind::Null || isContainer(kind)))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    default:
        break;
    }
    if (role == Qt::ToolTipRole) {
        const SchemaField &field = fieldOf(node);
        QStringList lines;
        const QString violations = violationsAt(node);
        if (!violations.isEmpty())
            lines.append(violations);
        if (!field.description.isEmpty())
            lines.append(field.description);
        if (!field.pattern.isEmpty())
            lines.append(tr("Pattern: %1").arg(field.pattern));
        lines.append(tree().jsonPointer(node));
        return lines.join(u"\n"_s);
    }
    return JsonTreeModel::data(index, role);
}

bool ComposerFormModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int node = nodeOf(index);
    if (index.column() == Pinned && role == Qt::CheckStateRole) {
        QSet<QString> pins = m_pinned;
        const QString pointer = tree().jsonPointer(node);
        if (Qt::CheckState(value.toInt()) == Qt::Checked)
            pins.insert(pointer);
        else
            pins.remove(pointer);
        setPinned(pins);
        return true;
    }
    if (index.column() != FieldValue || node == JsonTree::RootNode)
        return false;
    const JsonNodeKind kind = tree().kind(node);
    if (role == JsonValueRole) {
        emit valueEdited(node, value.toByteArray());
        return true;
    }
    if (role == Qt::CheckStateRole && kind == JsonNodeKind::Bool) {
        emit valueEdited(node, Qt::CheckState(value.toInt()) == Qt::Checked ? "true" : "false");
        return true;
    }
    if (role != Qt::EditRole || isContainer(kind))
        return false;
    JsonTypes allowed = fieldOf(node).types;
    if (kind == JsonNodeKind::String)
        allowed = JsonType::String;
    else if (kind == JsonNodeKind::Number)
        allowed = allowed != kAnyJsonType && !allowed.testFlag(JsonType::Number)
                ? JsonTypes(JsonType::Integer)
                : JsonTypes(JsonType::Integer | JsonType::Number);
    else if (kind == JsonNodeKind::Null && allowed != kAnyJsonType)
        allowed &= ~JsonTypes(JsonType::Null);
    if (!allowed)
        allowed = kAnyJsonType;
    QString error;
    const std::optional<QByteArray> json = encodeEditValue(value.toString(), allowed, &error);
    if (!json) {
        emit editRefused(tr("%1: %2").arg(tree().jsonPointer(node), error));
        return false;
    }
    emit valueEdited(node, *json);
    return true;
}

Qt::ItemFlags ComposerFormModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = JsonTreeModel::flags(index);
    if (!index.isValid())
        return flags;
    const int node = nodeOf(index);
    const JsonNodeKind kind = tree().kind(node);
    if (index.column() == Pinned)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == FieldValue && node != JsonTree::RootNode) {
        if (kind == JsonNodeKind::Bool)
            flags |= Qt::ItemIsUserCheckable;
        else if (!isContainer(kind))
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant ComposerFormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return JsonTreeModel::headerData(section, orientation, role);
    switch (section) {
    case Field:
        return tr("Field");
    case FieldValue:
        return tr("Value");
    case FieldType:
        return tr("Type");
    case Pinned:
        return tr("Pin");
    default:
        return {};
    }
}

} // namespace hookscope
