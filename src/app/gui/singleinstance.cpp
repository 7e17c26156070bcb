#include "singleinstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "hookscope.instance", QtWarningMsg)

constexpr quint32 kMagic = 0x484b5331; // "HKS1"
constexpr char kAccepted = 'A';
constexpr qint64 kMaxRequestBytes = 256 * 1024;
constexpr int kAnswerTimeoutMs = 5000;
// The lock holder may be between taking the lock and listening, or on its way out: tried again a
// tenth of a second apart until either settles, for this long at most.
constexpr int kClaimTimeoutMs = 10000;
constexpr unsigned long kClaimPauseMs = 100;

constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

} // namespace

SingleInstance::SingleInstance(const QString &dataDirectory, QObject *parent)
    : QObject(parent),
      m_dataDirectory(dataDirectory),
      m_lock(QDir(dataDirectory).filePath(u"console.lock"_s))
{
    // Held for the console's lifetime: only a lock whose process is gone is stale, however old.
    m_lock.setStaleLockTime(0);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::serve);
}

SingleInstance::~SingleInstance()
{
    m_server.close();
}

QString SingleInstance::serverName(const QString &dataDirectory)
{
    const QFileInfo info(dataDirectory);
    const QString canonical = info.canonicalFilePath();
    const QString path = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QString name = u"hookscope-"_s + QString::fromLatin1(hash.left(24));
    // The user's runtime directory is private to the user; without one Qt uses the temp dir.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo(runtime).isDir() ? QDir(runtime).filePath(name) : name;
}

SingleInstance::Role SingleInstance::claim(const QStringList &arguments, QString *errorMessage)
{
    const QDeadlineTimer deadline(kClaimTimeoutMs);
    for (bool first = true; first || !deadline.hasExpired(); first = false) {
        if (!first)
            QThread::msleep(kClaimPauseMs);
        if (m_lock.tryLock(0)) {
            const QString name = serverName(m_dataDirectory);
            QLocalServer::removeServer(name); // a socket file a crashed console left behind
            if (m_server.listen(name))
                qCInfo(lcInstance).noquote() << "serving" << name;
            else // still the console for this directory; a second start then fails to hand over
                qCWarning(lcInstance).noquote() << "cannot listen on" << name << m_server.errorString();
            return Role::Primary;
        }
        if (m_lock.error() != QLockFile::LockFailedError) {
            // An unwritable directory: the store reports it; one console cannot be ensured.
            qCWarning(lcInstance).noquote() << "cannot lock" << m_lock.fileName();
            return Role::Primary;
        }
        if (handOver(arguments, deadline))
            return Role::Secondary;
    }
    qint64 pid = 0;
    QString hostName;
    QString application;
    m_lock.getLockInfo(&pid, &hostName, &application);
    *errorMessage = QCoreApplication::translate("SingleInstance",
                                                "Hookscope is already running with the data "
                                                "directory %1 (process %2) but does not answer.")
                            .arg(QDir::toNativeSeparators(m_dataDirectory))
                            .arg(pid);
    return Role::Failed;
}

bool SingleInstance::handOver(const QStringList &arguments, const QDeadlineTimer &deadline)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(m_dataDirectory));
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    QByteArray request;
    QDataStream body(&request, QIODevice::WriteOnly);
    body.setVersion(kStreamVersion);
    body << kMagic << arguments;
    QDataStream out(&socket);
    out.setVersion(kStreamVersion);
    out << request;
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return false;
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == kAccepted;
}

void SingleInstance::serve()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        // A client that connects and never finishes its request is dropped.
        QTimer::singleShot(kAnswerTimeoutMs, socket, [socket] { socket->abort(); });
        readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    QDataStream in(socket);
    in.setVersion(kStreamVersion);
    in.startTransaction();
    QByteArray request;
    in >> request;
    if (!in.commitTransaction())
        return; // the rest is still on its way
    QDataStream body(request);
    body.setVersion(kStreamVersion);
    quint32 magic = 0;
    QStringList arguments;
    body >> magic >> arguments;
    if (body.status() != QDataStream::Ok || magic != kMagic) {
        socket->abort();
        return;
    }
    qCInfo(lcInstance).noquote() << "activated by a second start:" << arguments.join(u' ');
    emit activated(arguments);
    socket->putChar(kAccepted);
    socket->flush();
    socket->disconnectFromServer();
}

} // namespace hookscope
