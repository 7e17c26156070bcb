#include "composerfielddelegate.h"

#include "decode/jsontree.h"
#include "models/composerformmodel.h"
#include "send/editvalue.h"
#include "send/timetext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

enum class EditorKind { Choice, Time, Date, Number, Integer, Text };

// The editor and a "null" switch beside it, for fields that may be null.
class NullableEditor : public QWidget
{
    // Its texts under its own name: without Q_OBJECT, tr() would be QWidget's.
    Q_DECLARE_TR_FUNCTIONS(NullableEditor)

public:
    NullableEditor(QWidget *inner, QWidget *parent) : QWidget(parent), m_inner(inner)
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        inner->setParent(this);
        layout->addWidget(inner, 1);
        m_null = new QToolButton(this);
        m_null->setText(tr("null"));
        m_null->setCheckable(true);
        m_null->setToolTip(tr("Make this field null"));
        m_null->setObjectName(u"nullSwitch"_s);
        layout->addWidget(m_null);
        setFocusProxy(inner);
        connect(m_null, &QToolButton::toggled, inner, &QWidget::setDisabled);
    }

    QWidget *inner() const { return m_inner; }
    bool isNull() const { return m_null->isChecked(); }
    void setNull(bool null) { m_null->setChecked(null); }

private:
    QWidget *m_inner;
    QToolButton *m_null;
};

EditorKind kindOf(const QModelIndex &index)
{
    const auto types = JsonTypes(index.data(ComposerFormModel::SchemaTypesRole).toInt());
    const auto kind = JsonNodeKind(index.data(ComposerFormModel::KindRole).toInt());
    const QString format = index.data(ComposerFormModel::FormatRole).toString();
    const QString text = index.data(Qt::EditRole).toString();
    if (index.data(ComposerFormModel::EnumValuesRole).toStringList().size() > 1)
        return EditorKind::Choice;
    if (format == u"date-time"_s || (kind == JsonNodeKind::String && TimeText::looksLikeTime(text)))
        return EditorKind::Time;
    if (format == u"date"_s || (kind == JsonNodeKind::String && TimeText::looksLikeDate(text)))
        return EditorKind::Date;
    const bool numeric = kind == JsonNodeKind::Number
            || (kind == JsonNodeKind::Null && types != kAnyJsonType && !(types & JsonType::String)
                && (types & (JsonType::Integer | JsonType::Number)));
    if (numeric)
        return types != kAnyJsonType && !(types & JsonType::Number) ? EditorKind::Integer : EditorKind::Number;
    return EditorKind::Text;
}

QWidget *innerOf(QWidget *editor)
{
    auto *nullable = dynamic_cast<NullableEditor *>(editor);
    return nullable ? nullable->inner() : editor;
}

QString choiceLabel(const QString &json)
{
    const JsonTree tree = JsonTree::parse(json.toUtf8(), JsonParseMode::Strict);
    return tree.isValid() && tree.kind(JsonTree::RootNode) == JsonNodeKind::String
            ? tree.scalarText(JsonTree::RootNode)
            : json;
}

} // namespace

QWidget *ComposerFieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    if (index.column() != ComposerFormModel::FieldValue)
        return QStyledItemDelegate::createEditor(parent, option, index);
    QWidget *inner = nullptr;
    switch (kindOf(index)) {
    case EditorKind::Choice: {
        auto *combo = new QComboBox(parent);
        for (const QString &json : index.data(ComposerFormModel::EnumValuesRole).toStringList())
            combo->addItem(choiceLabel(json), json);
        inner = combo;
        break;
    }
    case EditorKind::Time: {
        auto *edit = new QDateTimeEdit(parent);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
        edit->setCalendarPopup(true);
        inner = edit;
        break;
    }
    case EditorKind::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setCalendarPopup(true);
        inner = edit;
        break;
    }
    case EditorKind::Number:
    case EditorKind::Integer: {
        auto *edit = new QLineEdit(parent);
        const bool integer = kindOf(index) == EditorKind::Integer;
        edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(integer ? u"-?(0|[1-9][0-9]*)"_s
                                           : u"-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?"_s),
                edit));
        inner = edit;
        break;
    }
    case EditorKind::Text:
        inner = new QLineEdit(parent);
        break;
    }
    inner->setObjectName(u"fieldEditor"_s);
    if (!index.data(ComposerFormModel::NullableRole).toBool())
        return inner;
    return new NullableEditor(inner, parent);
}

void ComposerFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (index.column() != ComposerFormModel::FieldValue) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QString text = index.data(Qt::EditRole).toString();
    const QString json = QString::fromUtf8(index.data(ComposerFormModel::JsonValueRole).toByteArray());
    QWidget *inner = innerOf(editor);
    if (auto *combo = qobject_cast<QComboBox *>(inner)) {
        combo->setCurrentIndex(qMax(0, combo->findData(json)));
    } else if (auto *date = qobject_cast<QDateEdit *>(inner)) {
        const QDate parsed = QDate::fromString(text, Qt::ISODate);
        date->setDate(parsed.isValid() ? parsed : QDate::currentDate());
    } else if (auto *time = qobject_cast<QDateTimeEdit *>(inner)) {
        time->setDateTime(TimeText::wallClock(text).value_or(QDateTime::currentDateTimeUtc()));
    } else if (auto *line = qobject_cast<QLineEdit *>(inner)) {
        line->setText(text);
    }
}

void ComposerFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                         const QModelIndex &index) const
{
    if (index.column() != ComposerFormModel::FieldValue) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (auto *nullable = dynamic_cast<NullableEditor *>(editor); nullable && nullable->isNull()) {
        model->setData(index, QByteArray("null"), ComposerFormModel::JsonValueRole);
        return;
    }
    const QString previous = index.data(Qt::EditRole).toString();
    QWidget *inner = innerOf(editor);
    if (auto *combo = qobject_cast<QComboBox *>(inner)) {
        model->setData(index, combo->currentData().toString().toUtf8(), ComposerFormModel::JsonValueRole);
    } else if (auto *date = qobject_cast<QDateEdit *>(inner)) {
        model->setData(index, jsonStringLiteral(date->date().toString(Qt::ISODate)), ComposerFormModel::JsonValueRole);
    } else if (auto *time = qobject_cast<QDateTimeEdit *>(inner)) {
        const QString example = TimeText::looksLikeTime(previous) ? previous : QString();
        model->setData(index, jsonStringLiteral(TimeText::withWallClock(time->dateTime(), example)),
                       ComposerFormModel::JsonValueRole);
    } else if (auto *line = qobject_cast<QLineEdit *>(inner)) {
        model->setData(index, line->text(), Qt::EditRole);
    }
}

void ComposerFieldDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                 const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // Date pickers and the null switch need a little more than a text row.
    editor->setGeometry(option.rect.adjusted(0, -1, 0, 1));
}

} // namespace hookscope
