#pragma once

#include "common/httpheaders.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>

#include <optional>

namespace hookscope {

// One HTTP request as Hookscope sends it: exact method, headers in order, raw body bytes.
struct OutgoingRequest
{
    QByteArray method = QByteArrayLiteral("POST");
    QUrl url;
    HttpHeaderList headers;
    QByteArray body;
};

// Puts the header where the first one of that name (compared case-insensitively) is, with the
// new spelling and value, and drops later ones; appends when there is none.
void setHeader(HttpHeaderList &headers, const QByteArray &name, const QByteArray &value);

// An absolute http:// or https:// URL with a host; nullopt and a sentence otherwise.
std::optional<QUrl> parseTargetUrl(const QString &text, QString *error);

// "K: V" as given to --header; nullopt when there is no name before the colon.
std::optional<HttpHeader> parseHeaderArgument(const QString &text, QString *error);

// The User-Agent a request gets when neither the provider nor the user names one (otherwise
// QNetworkAccessManager would send "Mozilla/5.0").
QByteArray defaultUserAgent();

} // namespace hookscope
