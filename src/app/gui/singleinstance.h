#pragma once

#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QStringList>

namespace hookscope {

// One console per data directory. The first start holds a lock file in the data directory and
// listens on a local socket named after the directory's canonical path; a later start with the
// same directory hands its arguments over that socket and ends. A lock left by a crashed console
// is taken over (its process is gone), and so is the socket file it left behind.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,   // this process runs the console
        Secondary, // the running console took the arguments; this process exits 0
        Failed,    // another console holds the directory but did not answer
    };

    explicit SingleInstance(const QString &dataDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    Role claim(const QStringList &arguments, QString *errorMessage);

    static QString serverName(const QString &dataDirectory);

Q_SIGNALS:
    // A later start with this data directory, with its command line arguments.
    void activated(const QStringList &arguments);

private:
    bool handOver(const QStringList &arguments, const QDeadlineTimer &deadline);
    void serve();
    void readRequest(QLocalSocket *socket);

    QString m_dataDirectory;
    QLockFile m_lock;
    QLocalServer m_server;
};

} // namespace hookscope
