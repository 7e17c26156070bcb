#include "endpoint.h"

using namespace Qt::StringLiterals;

namespace hookscope {

bool Endpoint::matchesTarget(const QByteArray &target) const
{
    QByteArrayView pathPart = target;
    const qsizetype query = pathPart.indexOf('?');
    if (query >= 0)
        pathPart = pathPart.first(query);
    const QByteArray prefix = path.toUtf8();
    if (!pathPart.startsWith(prefix))
        return false;
    return pathPart.size() == prefix.size() || pathPart[prefix.size()] == '/'
        || prefix == "/";
}

std::optional<Endpoint> parseEndpointSpec(const QString &spec, QString *errorMessage)
{
    const qsizetype equals = spec.indexOf(QLatin1Char('='));
    if (equals <= 0 || !spec.startsWith(QLatin1Char('/'))) {
        *errorMessage = u"endpoint \"%1\": expected /PATH=PROVIDER[/EVENT_TYPE][,secret=S]"
                        "[,status=CODE]"_s.arg(spec);
        return std::nullopt;
    }
    Endpoint endpoint;
    endpoint.path = spec.first(equals);
    while (endpoint.path.size() > 1 && endpoint.path.endsWith(QLatin1Char('/')))
        endpoint.path.chop(1);

    const QStringList parts = spec.sliced(equals + 1).split(QLatin1Char(','));
    const QString providerPart = parts.first().trimmed();
    const qsizetype slash = providerPart.indexOf(QLatin1Char('/'));
    endpoint.provider = slash < 0 ? providerPart : providerPart.first(slash);
    endpoint.eventType = slash < 0 ? QString() : providerPart.sliced(slash + 1);
    if (endpoint.provider == u"auto"_s)
        endpoint.provider.clear();

    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString option = parts.at(i);
        if (option.startsWith(u"secret="_s)) {
            endpoint.secret = option.sliced(7).toUtf8();
        } else if (option.startsWith(u"status="_s)) {
            bool ok = false;
            endpoint.status = option.sliced(7).toInt(&ok);
            if (!ok || endpoint.status < 100 || endpoint.status > 599) {
                *errorMessage = u"endpoint \"%1\": status must be 100-599"_s.arg(spec);
                return std::nullopt;
            }
        } else if (option.startsWith(u"delay="_s)) {
            bool ok = false;
            endpoint.delayMs = option.sliced(6).toInt(&ok);
            if (!ok || endpoint.delayMs < 0 || endpoint.delayMs > 600'000) {
                *errorMessage = u"endpoint \"%1\": delay must be 0-600000 milliseconds"_s.arg(spec);
                return std::nullopt;
            }
        } else {
            *errorMessage = u"endpoint \"%1\": unknown option \"%2\" (secret=, status=, delay=)"_s
                                    .arg(spec, option);
            return std::nullopt;
        }
    }
    return endpoint;
}

const Endpoint *endpointForTarget(const QList<Endpoint> &endpoints, const QByteArray &target)
{
    const Endpoint *best = nullptr;
    for (const Endpoint &endpoint : endpoints) {
        if (endpoint.matchesTarget(target)
            && (!best || endpoint.path.size() > best->path.size()))
            best = &endpoint;
    }
    return best;
}

} // namespace hookscope
