#pragma once

#include "common/endpoint.h"

#include <QList>
#include <QString>

namespace hookscope {

// The endpoints a data directory keeps, with their secrets in the OS keychain where one is
// available (QtKeychain), else in the owner-only endpoints.json.
class EndpointRepository
{
public:
    explicit EndpointRepository(QString dataDirectory);

    // Problems (an unreadable file, a keychain that did not answer) go to *warnings; whatever
    // could be read is returned all the same.
    QList<Endpoint> load(QStringList *warnings) const;
    bool save(const QList<Endpoint> &endpoints, QString *errorMessage) const;

    static bool keychainCompiledIn();

private:
    QString keyFor(const Endpoint &endpoint) const;
    QString keyFor(const QString &path) const;

    QString m_dataDirectory;
};

} // namespace hookscope
