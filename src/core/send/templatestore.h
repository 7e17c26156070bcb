#pragma once

#include "common/privatefile.h"
#include "composerdraft.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace hookscope {

// The composer's named templates: <data dir>/templates.json. Names are trimmed, not empty and
// unique regardless of case. Every change is written at once.
class TemplateStore
{
public:
    struct Template
    {
        QString name;
        QDateTime savedAt; // UTC
        ComposerDraft draft;
    };

    explicit TemplateStore(const QString &dataDirectory);

    // Reads the file (an absent one is no templates). A damaged file is set aside and reported.
    bool load(QString *problem);
    const QList<Template> &templates() const { return m_templates; }
    const Template *find(const QString &name) const;

    // A template of the same name is replaced.
    bool save(const QString &name, const ComposerDraft &draft, QString *error);
    bool rename(const QString &from, const QString &to, QString *error);
    bool remove(const QString &name, QString *error);

private:
    qsizetype indexOf(const QString &name) const;
    bool checkedName(const QString &name, QString *trimmed, QString *error) const;
    bool write(QString *error);

    PrivateJsonFile m_file;
    QList<Template> m_templates;
};

} // namespace hookscope
