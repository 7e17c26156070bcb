#pragma once

#include "common/endpoint.h"

#include <QList>
#include <QString>

namespace hookscope {

// What to paste into a vendor's webhook settings for one endpoint.
struct WebhookUrl
{
    QString path;     // the endpoint's path, "/enad"
    QString provider; // its provider id, or empty
    QString url;      // the tunnel's public URL followed by the path
};

// The public URL (a trailing '/' or not) joined with a path (starting with '/').
QString joinPublicUrl(const QString &publicUrl, const QString &path);
QList<WebhookUrl> webhookUrls(const QString &publicUrl, const QList<Endpoint> &endpoints);

} // namespace hookscope
