#pragma once

#include "jsontreemodel.h"
#include "send/schematypelookup.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace hookscope {

// The composer's form: the body's JSON tree (order, duplicate keys and number text as written)
// with what the event's schema says of each field, editable values and a pin per field. The
// model never changes the document itself: an edit is reported with valueEdited() as the JSON
// text to put there, and the document comes back through replaceTree().
class ComposerFormModel : public JsonTreeModel
{
    Q_OBJECT
public:
    enum FormColumn { Field = Key, FieldValue = Value, FieldType = Type, Pinned, FormColumnCount };
    enum FormRole {
        KindRole = ViolationRole + 1, // int JsonNodeKind of the value
        SchemaTypesRole, // int JsonTypes the schema allows (kAnyJsonType when it does not say)
        EnumValuesRole, // QStringList: the JSON text of each value the schema allows
        FormatRole, // "date-time", "email", ...
        NullableRole, // bool: the schema allows null here
        JsonValueRole, // the value's JSON text; setData() with it puts that JSON there
    };
    // What the schema says at a place of the current document.
    using FieldLookup = std::function<SchemaField(int node)>;

    explicit ComposerFormModel(QObject *parent = nullptr);

    void setFieldLookup(FieldLookup lookup);
    // Forgets cached schema facts (the document changed).
    void invalidateFields();

    QSet<QString> pinned() const { return m_pinned; }
    void setPinned(const QSet<QString> &pointers);
    // Pinned itself or below a pinned field.
    bool isPinned(const QString &pointer) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Put json at the node (a member or element of the current tree).
    void valueEdited(int node, const QByteArray &json);
    // A value typed into the form that its place cannot take.
    void editRefused(const QString &message);
    void pinsChanged();

private:
    const SchemaField &fieldOf(int node) const;
    QString typeText(int node) const;
    QVariant pinState(int node) const;

    FieldLookup m_lookup;
    mutable QHash<int, SchemaField> m_fields;
    QSet<QString> m_pinned;
};

} // namespace hookscope
