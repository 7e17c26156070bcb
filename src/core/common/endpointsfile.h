#pragma once

#include "endpoint.h"

#include <QList>
#include <QString>

namespace hookscope {

// The endpoints a data directory keeps (made in the console): <dir>/endpoints.json, readable
// by its owner only, since it holds secrets.
class EndpointsFile
{
public:
    static QString path(const QString &dataDirectory);
    // An absent file is no endpoints and no error.
    static QList<Endpoint> load(const QString &dataDirectory, QString *errorMessage);
    static bool save(const QString &dataDirectory, const QList<Endpoint> &endpoints,
                     QString *errorMessage);
    // Later endpoints replace earlier ones with the same path.
    static QList<Endpoint> merged(QList<Endpoint> base, const QList<Endpoint> &overrides);
};

} // namespace hookscope
