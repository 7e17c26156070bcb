#include "datadirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#include <optional>
#include <tuple>

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

namespace {

// A path as one shell word, for a command the user may paste.
QString shellWord(const QString &path)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./+@:=,-]+$"_s);
    if (plain.match(path).hasMatch())
        return path;
    QString quoted = path;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

std::optional<QString> exposureOf(const QString &path, const QString &what, const QString &mode)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    const QFile::Permissions permissions = info.permissions();
    QStringList who;
    if (permissions & (QFile::ReadGroup | QFile::WriteGroup))
        who.append(u"its group"_s);
    if (permissions & (QFile::ReadOther | QFile::WriteOther))
        who.append(u"every user"_s);
    if (who.isEmpty())
        return std::nullopt;
    const bool writable = permissions & (QFile::WriteGroup | QFile::WriteOther);
    return u"%1 %2 can be %3 by %4, and deliveries may carry secrets; fix it with: chmod %5 %6"_s
            .arg(what, path, writable ? u"read and changed"_s : u"read"_s, who.join(u" and "_s), mode,
                 shellWord(path));
}

} // namespace

QStringList DataDirectory::exposure(const QString &directory)
{
    QStringList warnings;
    const QString absolute = QFileInfo(directory).absoluteFilePath();
    for (const auto &[path, what, mode] :
         { std::tuple { absolute, u"the data directory"_s, u"700"_s },
           std::tuple { journalPath(absolute), u"the journal directory"_s, u"700"_s },
           std::tuple { databasePath(absolute), u"the delivery store"_s, u"600"_s } }) {
        if (std::optional<QString> warning = exposureOf(path, what, mode))
            warnings.append(*warning);
    }
    return warnings;
}

QString DataDirectory::journalPath(const QString &directory)
{
    return QDir(directory).filePath(u"journal"_s);
}

QString DataDirectory::ofDatabase(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath();
}

StoreOptions DataDirectory::storeOptions(const QString &directory, const QString &serverUrl,
                                         const QString &node)
{
    StoreOptions options = StoreOptions::file(databasePath(directory));
    options.serverUrl = serverUrl;
    options.node = node;
    if (options.isShared()) {
        options.journalName = journalName(directory);
        if (options.node.isEmpty())
            options.node = QSysInfo::machineHostName();
    }
    return options;
}

QString DataDirectory::journalName(const QString &directory)
{
    const QString path = QDir(directory).filePath(u"journal-name"_s);
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QString name = QString::fromLatin1(existing.readAll()).trimmed();
        if (!name.isEmpty())
            return name;
    }
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(made.toLatin1() + '\n');
        file.commit();
    }
    return made;
}

QString DataDirectory::databasePath(const QString &directory)
{
    return QDir(directory).filePath(u"deliveries.sqlite"_s);
}

} // namespace hookscope
