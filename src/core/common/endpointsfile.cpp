#include "endpointsfile.h"

#include "privatefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hookscope {

QString EndpointsFile::path(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(u"endpoints.json"_s);
}

QList<Endpoint> EndpointsFile::load(const QString &dataDirectory, QString *errorMessage,
                                    QStringList *secretsKeptElsewhere)
{
    QFile file(path(dataDirectory));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *errorMessage = u"%1 is not a JSON array of endpoints: %2"_s.arg(file.fileName(),
                                                                        parseError.errorString());
        return {};
    }
    QList<Endpoint> endpoints;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        Endpoint endpoint;
        endpoint.path = object.value(u"path"_s).toString();
        if (!endpoint.path.startsWith(QLatin1Char('/')))
            continue;
        endpoint.provider = object.value(u"provider"_s).toString();
        endpoint.eventType = object.value(u"event_type"_s).toString();
        endpoint.secret = object.value(u"secret"_s).toString().toUtf8();
        if (object.value(u"secret_in"_s).toString() == u"keychain"_s && secretsKeptElsewhere)
            secretsKeptElsewhere->append(endpoint.path);
        endpoint.status = object.value(u"status"_s).toInt();
        endpoint.delayMs = object.value(u"delay_ms"_s).toInt();
        endpoint.forwardTo = QUrl(object.value(u"forward_to"_s).toString());
        endpoint.answerWithForward = !endpoint.forwardTo.isEmpty()
                && object.value(u"answer"_s).toString() == u"target"_s;
        endpoints.append(endpoint);
    }
    return endpoints;
}

bool EndpointsFile::save(const QString &dataDirectory, const QList<Endpoint> &endpoints,
                         QString *errorMessage,
                         const std::function<bool(const Endpoint &)> &keptElsewhere)
{
    QJsonArray array;
    for (const Endpoint &endpoint : endpoints) {
        QJsonObject object { { u"path"_s, endpoint.path } };
        if (!endpoint.provider.isEmpty())
            object.insert(u"provider"_s, endpoint.provider);
        if (!endpoint.eventType.isEmpty())
            object.insert(u"event_type"_s, endpoint.eventType);
        if (!endpoint.secret.isEmpty()) {
            if (keptElsewhere && keptElsewhere(endpoint))
                object.insert(u"secret_in"_s, u"keychain"_s);
            else
                object.insert(u"secret"_s, QString::fromUtf8(endpoint.secret));
        }
        if (endpoint.status != 0)
            object.insert(u"status"_s, endpoint.status);
        if (endpoint.delayMs != 0)
            object.insert(u"delay_ms"_s, endpoint.delayMs);
        if (!endpoint.forwardTo.isEmpty())
            object.insert(u"forward_to"_s, endpoint.forwardTo.toString(QUrl::FullyEncoded));
        if (endpoint.answerWithForward)
            object.insert(u"answer"_s, u"target"_s);
        array.append(object);
    }
    return writePrivateFile(path(dataDirectory), QJsonDocument(array).toJson(), errorMessage);
}

QList<Endpoint> EndpointsFile::merged(QList<Endpoint> base, const QList<Endpoint> &overrides)
{
    for (const Endpoint &endpoint : overrides) {
        base.removeIf([&](const Endpoint &existing) { return existing.path == endpoint.path; });
        base.append(endpoint);
    }
    return base;
}

} // namespace hookscope
