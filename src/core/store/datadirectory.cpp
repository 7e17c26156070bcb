#include "datadirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hookscope {

QString DataDirectory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool DataDirectory::prepare(const QString &path, QString *errorMessage)
{
    if (path.isEmpty()) {
        *errorMessage = u"no data directory given"_s;
        return false;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        *errorMessage = u"%1 is not a directory"_s.arg(path);
        return false;
    }
    if (!info.exists()) {
        if (!QDir().mkpath(path)) {
            *errorMessage = u"cannot create the data directory %1"_s.arg(path);
            return false;
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return true;
}

QString DataDirectory::journalPath(const QString &directory)
{
    return QDir(directory).filePath(u"journal"_s);
}

QString DataDirectory::ofDatabase(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath();
}

QString DataDirectory::databasePath(const QString &directory)
{
    return QDir(directory).filePath(u"deliveries.sqlite"_s);
}

} // namespace hookscope
