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

QUrl Endpoint::forwardUrlFor(const QByteArray &target) const
{
    if (forwardTo.isEmpty())
        return {};
    QByteArrayView pathPart = target;
    QByteArrayView query;
    if (const qsizetype mark = pathPart.indexOf('?'); mark >= 0) {
        query = pathPart.sliced(mark + 1);
        pathPart = pathPart.first(mark);
    }
    // A matching target starts with the endpoint's path, and what follows it starts with '/'.
    const QByteArray prefix = path.toUtf8();
    const QByteArrayView below = prefix != "/" && pathPart.startsWith(prefix)
            ? pathPart.sliced(prefix.size())
            : pathPart;

    QUrl url = forwardTo;
    if (below.size() > 1) {
        QByteArray joined = url.path(QUrl::FullyEncoded).toUtf8();
        if (joined.endsWith('/'))
            joined.chop(1);
        joined.append(below);
        url.setPath(QString::fromUtf8(joined), QUrl::TolerantMode);
    }
    if (!query.isEmpty()) {
        const QString own = url.query(QUrl::FullyEncoded);
        const QString added = QString::fromUtf8(query);
        url.setQuery(own.isEmpty() ? added : own + QLatin1Char('&') + added, QUrl::TolerantMode);
    }
    return url;
}

bool Endpoint::isValidForwardTarget(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
            && (url.scheme() == u"http"_s || url.scheme() == u"https"_s);
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
        } else if (option.startsWith(u"forward="_s)) {
            endpoint.forwardTo = QUrl(option.sliced(8), QUrl::StrictMode);
            if (!Endpoint::isValidForwardTarget(endpoint.forwardTo)) {
                *errorMessage = u"endpoint \"%1\": forward= needs an http:// or https:// URL"_s
                                        .arg(spec);
                return std::nullopt;
            }
        } else if (option == u"answer=target"_s || option == u"answer=rule"_s) {
            endpoint.answerWithForward = option == u"answer=target"_s;
        } else {
            *errorMessage = u"endpoint \"%1\": unknown option \"%2\" (secret=, status=, delay=, "
                            "forward=, answer=target|rule)"_s
                                    .arg(spec, option);
            return std::nullopt;
        }
    }
    if (endpoint.answerWithForward && endpoint.forwardTo.isEmpty()) {
        *errorMessage = u"endpoint \"%1\": answer=target needs forward=URL"_s.arg(spec);
        return std::nullopt;
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
