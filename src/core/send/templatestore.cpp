#include "templatestore.h"

#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hookscope {

TemplateStore::TemplateStore(const QString &dataDirectory)
    : m_file(QDir(dataDirectory).filePath(u"templates.json"_s))
{
}

bool TemplateStore::load(QString *problem)
{
    m_templates.clear();
    QString unreadable;
    const QJsonObject root = m_file.read(&unreadable);
    for (const QJsonValue &value : root.value(u"templates"_s).toArray()) {
        const QJsonObject object = value.toObject();
        const std::optional<ComposerDraft> draft = ComposerDraft::fromJson(object.value(u"draft"_s).toObject());
        const QString name = object.value(u"name"_s).toString().trimmed();
        if (!draft || name.isEmpty() || indexOf(name) >= 0)
            continue;
        m_templates.append({ name,
                             QDateTime::fromString(object.value(u"saved_at"_s).toString(), Qt::ISODate),
                             *draft });
    }
    if (!unreadable.isEmpty())
        *problem = unreadable;
    return unreadable.isEmpty();
}

const TemplateStore::Template *TemplateStore::find(const QString &name) const
{
    const qsizetype index = indexOf(name);
    return index < 0 ? nullptr : &m_templates.at(index);
}

qsizetype TemplateStore::indexOf(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool TemplateStore::checkedName(const QString &name, QString *trimmed, QString *error) const
{
    *trimmed = name.trimmed();
    if (trimmed->isEmpty()) {
        *error = u"a template needs a name"_s;
        return false;
    }
    return true;
}

bool TemplateStore::save(const QString &name, const ComposerDraft &draft, QString *error)
{
    QString trimmed;
    if (!checkedName(name, &trimmed, error))
        return false;
    const Template saved { trimmed, QDateTime::currentDateTimeUtc(), draft };
    const qsizetype existing = indexOf(trimmed);
    const QList<Template> before = m_templates;
    if (existing >= 0)
        m_templates[existing] = saved;
    else
        m_templates.append(saved);
    if (write(error))
        return true;
    m_templates = before;
    return false;
}

bool TemplateStore::rename(const QString &from, const QString &to, QString *error)
{
    const qsizetype index = indexOf(from);
    QString trimmed;
    if (index < 0) {
        *error = u"there is no template \"%1\""_s.arg(from);
        return false;
    }
    if (!checkedName(to, &trimmed, error))
        return false;
    const qsizetype clash = indexOf(trimmed);
    if (clash >= 0 && clash != index) {
        *error = u"there is already a template \"%1\""_s.arg(m_templates.at(clash).name);
        return false;
    }
    const QString before = m_templates.at(index).name;
    m_templates[index].name = trimmed;
    if (write(error))
        return true;
    m_templates[index].name = before;
    return false;
}

bool TemplateStore::remove(const QString &name, QString *error)
{
    const qsizetype index = indexOf(name);
    if (index < 0) {
        *error = u"there is no template \"%1\""_s.arg(name);
        return false;
    }
    const Template removed = m_templates.takeAt(index);
    if (write(error))
        return true;
    m_templates.insert(index, removed);
    return false;
}

bool TemplateStore::write(QString *error)
{
    QJsonArray array;
    for (const Template &entry : std::as_const(m_templates))
        array.append(QJsonObject { { u"name"_s, entry.name },
                                   { u"saved_at"_s, entry.savedAt.toString(Qt::ISODate) },
                                   { u"draft"_s, entry.draft.toJson() } });
    return m_file.write(QJsonObject { { u"format"_s, 1 }, { u"templates"_s, array } }, error);
}

} // namespace hookscope
