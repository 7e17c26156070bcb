#include "privatefile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace hookscope {

bool writePrivateFile(const QString &path, const QByteArray &content, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(content);
    if (!file.commit()) {
        *errorMessage = u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}


QJsonObject PrivateJsonFile::read(QString *problem) const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    QJsonParseError error;
    const QJsonDocument document = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll(), &error)
            : QJsonDocument();
    if (document.isObject())
        return document.object();
    const QString reason = file.isOpen() ? error.errorString() : file.errorString();
    file.close();
    const QString aside = m_path + u".unreadable-"_s
            + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    if (QFile::rename(m_path, aside))
        *problem = u"%1 could not be read (%2); it was kept as %3"_s.arg(m_path, reason, aside);
    else
        *problem = u"%1 could not be read (%2)"_s.arg(m_path, reason);
    return {};
}

bool PrivateJsonFile::write(const QJsonObject &object, QString *errorMessage) const
{
    return writePrivateFile(m_path, QJsonDocument(object).toJson(QJsonDocument::Indented),
                            errorMessage);
}

} // namespace hookscope
