#pragma once

#include "endpoint.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace hookscope {

// The endpoints a data directory keeps (made in the console): <dir>/endpoints.json, readable
// by its owner only, since it holds secrets.
class EndpointsFile
{
public:
    static QString path(const QString &dataDirectory);
    // An absent file is no endpoints and no error. Endpoints whose secret is kept elsewhere
    // (the OS keychain) come without it; their paths are listed in secretsKeptElsewhere.
    static QList<Endpoint> load(const QString &dataDirectory, QString *errorMessage,
                                QStringList *secretsKeptElsewhere = nullptr);
    // keptElsewhere(endpoint) says the secret is stored elsewhere and must not be written here.
    static bool save(const QString &dataDirectory, const QList<Endpoint> &endpoints,
                     QString *errorMessage,
                     const std::function<bool(const Endpoint &)> &keptElsewhere = {});
    // Later endpoints replace earlier ones with the same path.
    static QList<Endpoint> merged(QList<Endpoint> base, const QList<Endpoint> &overrides);
};

} // namespace hookscope
