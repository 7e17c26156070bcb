#include "endpointrepository.h"

#include "common/endpointsfile.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>

#if defined(HOOKSCOPE_HAVE_KEYCHAIN)
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

const QString kKeychainService = u"Hookscope"_s;

#if defined(HOOKSCOPE_HAVE_KEYCHAIN)
// Runs a keychain job to completion; a keychain that does not answer within 5 s counts as
// unavailable (the job then cleans itself up whenever it finishes).
bool runJob(QKeychain::Job *job, QString *error)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished) {
        job->setAutoDelete(true);
        *error = u"the keychain did not answer"_s;
        return false;
    }
    const bool ok = job->error() == QKeychain::NoError;
    if (!ok)
        *error = job->errorString();
    job->deleteLater();
    return ok;
}
#endif

} // namespace

EndpointRepository::EndpointRepository(QString dataDirectory)
    : m_dataDirectory(QDir(dataDirectory).absolutePath())
{
}

bool EndpointRepository::keychainCompiledIn()
{
#if defined(HOOKSCOPE_HAVE_KEYCHAIN)
    return true;
#else
    return false;
#endif
}

QString EndpointRepository::keyFor(const QString &path) const
{
    return m_dataDirectory + u"|"_s + path;
}

QString EndpointRepository::keyFor(const Endpoint &endpoint) const
{
    return keyFor(endpoint.path);
}

QList<Endpoint> EndpointRepository::load(QStringList *warnings) const
{
    QString error;
    QStringList inKeychain;
    QList<Endpoint> endpoints = EndpointsFile::load(m_dataDirectory, &error, &inKeychain);
    if (!error.isEmpty())
        warnings->append(error);
    for (Endpoint &endpoint : endpoints) {
        if (!inKeychain.contains(endpoint.path))
            continue;
#if defined(HOOKSCOPE_HAVE_KEYCHAIN)
        auto *job = new QKeychain::ReadPasswordJob(kKeychainService);
        job->setKey(keyFor(endpoint));
        QString jobError;
        if (runJob(job, &jobError))
            endpoint.secret = job->binaryData();
        else
            warnings->append(u"the secret of %1 is in the keychain but cannot be read: %2"_s
                                     .arg(endpoint.path, jobError));
#else
        warnings->append(u"the secret of %1 is in a keychain this build cannot read"_s.arg(endpoint.path));
#endif
    }
    return endpoints;
}

bool EndpointRepository::save(const QList<Endpoint> &endpoints, QString *errorMessage) const
{
    auto keptInKeychain = [this](const Endpoint &endpoint) {
#if defined(HOOKSCOPE_HAVE_KEYCHAIN)
        auto *job = new QKeychain::WritePasswordJob(kKeychainService);
        job->setKey(keyFor(endpoint));
        job->setBinaryData(endpoint.secret);
        QString ignored;
        return runJob(job, &ignored); // when it fails the secret goes to the owner-only file
#else
        Q_UNUSED(endpoint);
        Q_UNUSED(this);
        return false;
#endif
    };
    return EndpointsFile::save(m_dataDirectory, endpoints, errorMessage, keptInKeychain);
}

} // namespace hookscope
