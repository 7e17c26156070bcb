#include "deliveryurl.h"

namespace hookscope {

namespace {

bool isPlainHost(QByteArrayView host)
{
    if (host.isEmpty())
        return false;
    for (const char c : host) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == '~' || c == ':'
            || c == '[' || c == ']';
        if (!allowed)
            return false;
    }
    return true;
}

bool isAbsoluteUrl(QByteArrayView target)
{
    const QByteArray scheme
        = target.first(qMin<qsizetype>(target.size(), 8)).toByteArray().toLower();
    return scheme.startsWith("http://") || scheme.startsWith("https://");
}

QByteArray origin(const Delivery &delivery)
{
    const QByteArray forwarded
        = headerValue(delivery.headers, "x-forwarded-proto").trimmed().toLower();
    const QByteArray scheme = forwarded == "https" ? "https" : "http";
    const QByteArray host = headerValue(delivery.headers, "host").trimmed();
    return scheme + "://" + (isPlainHost(host) ? host : QByteArray("127.0.0.1"));
}

} // namespace

QByteArray urlSafeTarget(QByteArrayView target)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    QByteArray safe;
    safe.reserve(target.size());
    for (const char c : target) {
        const uchar byte = uchar(c);
        const bool escape = byte <= 0x20 || byte >= 0x7F || c == '"' || c == '<' || c == '>'
            || c == '\\' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}' || c == '#';
        if (escape) {
            safe += '%';
            safe += kHex[byte >> 4];
            safe += kHex[byte & 0xF];
        } else {
            safe += c;
        }
    }
    return safe;
}

QByteArray deliveryUrl(const Delivery &delivery, QByteArrayView baseUrl)
{
    const QByteArray target = urlSafeTarget(delivery.target);
    QByteArray base = baseUrl.toByteArray();
    if (base.isEmpty()) {
        if (isAbsoluteUrl(target))
            return target;
        base = origin(delivery);
    } else if (isAbsoluteUrl(target)) {
        // A proxy-style target: keep its path and query, not its host.
        const qsizetype path = target.indexOf('/', target.indexOf("//") + 2);
        return base + (path < 0 ? QByteArray("/") : target.sliced(path));
    }
    while (base.endsWith('/'))
        base.chop(1);
    return base + (target.startsWith('/') ? target : '/' + target);
}

} // namespace hookscope
