#include "forwardedclient.h"

#include <QHostAddress>

namespace hookscope {

namespace {

// Every line of a header joined as one comma-separated list (RFC 9110 section 5.3).
QByteArray joinedValues(const HttpHeaderList &headers, QByteArrayView name)
{
    QByteArray joined;
    for (const HttpHeader &header : headers) {
        if (QByteArrayView(header.name).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!joined.isNull())
            joined += ',';
        joined += header.value;
    }
    return joined;
}

bool isPort(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    if (text.front() == '_') // RFC 7239 obfuscated port
        return true;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return text.size() <= 5;
}

// "192.0.2.43", "192.0.2.43:47011", "[2001:db8::1]", "[2001:db8::1]:443", or a bare IPv6
// address as X-Forwarded-For lists it. Empty when it names no IP address.
QString nodeAddress(QByteArrayView node)
{
    node = node.trimmed();
    QByteArrayView host = node;
    if (node.startsWith('[')) {
        const qsizetype close = node.indexOf(']');
        if (close < 0)
            return {};
        const QByteArrayView rest = node.sliced(close + 1);
        if (!rest.isEmpty() && !(rest.front() == ':' && isPort(rest.sliced(1))))
            return {};
        host = node.sliced(1, close - 1);
        if (!host.contains(':'))
            return {};
    } else if (node.count(':') == 1) {
        const qsizetype colon = node.indexOf(':');
        if (!isPort(node.sliced(colon + 1)))
            return {};
        host = node.first(colon);
    }
    QHostAddress address;
    if (host.isEmpty() || !address.setAddress(QString::fromLatin1(host)))
        return {};
    // QHostAddress also takes shorthands such as "1" or "10.1"; a client address is written out.
    if (address.protocol() == QAbstractSocket::IPv4Protocol && host.count('.') != 3)
        return {};
    return address.toString();
}

// The first element of a comma-separated list, or of an RFC 7239 list whose quoted strings may
// hold commas and semicolons.
QByteArray firstListElement(QByteArrayView list)
{
    bool quoted = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const char c = list[i];
        if (quoted && c == '\\')
            ++i;
        else if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            return list.first(i).trimmed().toByteArray();
    }
    return list.trimmed().toByteArray();
}

QByteArray unquoted(QByteArrayView value)
{
    value = value.trimmed();
    if (value.size() < 2 || value.front() != '"' || value.back() != '"')
        return value.toByteArray();
    QByteArray text;
    for (qsizetype i = 1; i + 1 < value.size(); ++i) {
        if (value[i] == '\\' && i + 2 < value.size())
            ++i;
        text += value[i];
    }
    return text;
}

// for= of the first forwarded-element that has one: the hop nearest the client.
QString forwardedFor(QByteArrayView forwarded)
{
    const QByteArray element = firstListElement(forwarded);
    qsizetype start = 0;
    bool quoted = false;
    for (qsizetype i = 0; i <= element.size(); ++i) {
        const char c = i < element.size() ? element[i] : ';';
        if (quoted && c == '\\') {
            ++i;
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (quoted || c != ';')
            continue;
        const QByteArrayView pair = QByteArrayView(element).sliced(start, i - start);
        start = i + 1;
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && pair.first(equals).trimmed().compare("for", Qt::CaseInsensitive) == 0)
            return nodeAddress(unquoted(pair.sliced(equals + 1)));
    }
    return {};
}

} // namespace

ForwardedClient forwardedClient(const HttpHeaderList &headers)
{
    const QByteArray cloudflare = joinedValues(headers, "cf-connecting-ip");
    if (!cloudflare.isNull()) {
        const QString address = nodeAddress(firstListElement(cloudflare));
        if (!address.isEmpty())
            return { address, "CF-Connecting-IP" };
    }
    const QByteArray forwarded = joinedValues(headers, "forwarded");
    if (!forwarded.isNull()) {
        const QString address = forwardedFor(forwarded);
        if (!address.isEmpty())
            return { address, "Forwarded" };
    }
    const QByteArray forwardedForList = joinedValues(headers, "x-forwarded-for");
    if (!forwardedForList.isNull()) {
        const QString address = nodeAddress(firstListElement(forwardedForList));
        if (!address.isEmpty())
            return { address, "X-Forwarded-For" };
    }
    return {};
}

} // namespace hookscope
