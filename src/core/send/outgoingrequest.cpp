#include "outgoingrequest.h"

using namespace Qt::StringLiterals;

namespace hookscope {

void setHeader(HttpHeaderList &headers, const QByteArray &name, const QByteArray &value)
{
    bool found = false;
    for (qsizetype i = 0; i < headers.size();) {
        HttpHeader &header = headers[i];
        if (QByteArrayView(header.name).compare(name, Qt::CaseInsensitive) != 0) {
            ++i;
        } else if (!found) {
            header = { name, value };
            found = true;
            ++i;
        } else {
            headers.removeAt(i);
        }
    }
    if (!found)
        headers.append({ name, value });
}

std::optional<QUrl> parseTargetUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        || url.host().isEmpty()) {
        *error = u"\"%1\" is not an http:// or https:// URL with a host"_s.arg(text);
        return std::nullopt;
    }
    return url;
}

std::optional<HttpHeader> parseHeaderArgument(const QString &text, QString *error)
{
    const qsizetype colon = text.indexOf(u':');
    const QByteArray name = colon < 0 ? QByteArray() : text.first(colon).trimmed().toUtf8();
    const bool tokenName = !name.isEmpty()
            && std::none_of(name.cbegin(), name.cend(), [](char c) {
                   return uchar(c) <= 0x20 || uchar(c) >= 0x7F
                           || QByteArrayView("\"(),/:;<=>?@[\\]{}").contains(c);
               });
    if (!tokenName) {
        *error = u"--header \"%1\": expected 'Name: value' with a name of letters, digits and "
                 "-_.!#$%&'*+^`|~"_s.arg(text);
        return std::nullopt;
    }
    const QByteArray value = text.sliced(colon + 1).trimmed().toUtf8();
    if (value.contains('\r') || value.contains('\n')) {
        *error = u"--header \"%1\": a value cannot contain line breaks"_s.arg(text);
        return std::nullopt;
    }
    return HttpHeader { name, value };
}

QByteArray defaultUserAgent()
{
    return QByteArrayLiteral("Hookscope/" HOOKSCOPE_VERSION);
}

} // namespace hookscope
