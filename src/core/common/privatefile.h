#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hookscope {

// Replaces a file's content in one step (a crash leaves the old or the new file, never half of
// one), readable and writable by its owner only, as files that may hold secrets must be.
bool writePrivateFile(const QString &path, const QByteArray &content, QString *errorMessage);

// A JSON object kept in such a file (templates, the send history).
class PrivateJsonFile
{
public:
    explicit PrivateJsonFile(QString path) : m_path(std::move(path)) { }

    const QString &path() const { return m_path; }
    // The object; empty when there is no file. A file that cannot be read as a JSON object is
    // renamed to PATH.unreadable-YYYYMMDD-HHMMSS (so writing anew loses nothing) and *problem
    // says so; otherwise *problem is left alone.
    QJsonObject read(QString *problem) const;
    bool write(const QJsonObject &object, QString *errorMessage) const;

private:
    QString m_path;
};

} // namespace hookscope
