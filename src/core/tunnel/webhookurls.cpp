#include "webhookurls.h"

namespace hookscope {

QString joinPublicUrl(const QString &publicUrl, const QString &path)
{
    QString base = publicUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    if (path.isEmpty())
        return base;
    return path.startsWith(u'/') ? base + path : base + u'/' + path;
}

QList<WebhookUrl> webhookUrls(const QString &publicUrl, const QList<Endpoint> &endpoints)
{
    QList<WebhookUrl> urls;
    for (const Endpoint &endpoint : endpoints)
        urls.append({ endpoint.path, endpoint.provider, joinPublicUrl(publicUrl, endpoint.path) });
    return urls;
}

} // namespace hookscope
