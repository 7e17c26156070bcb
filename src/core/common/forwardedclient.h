#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QString>

namespace hookscope {

// The client a tunnel or reverse proxy in front of Hookscope says it forwarded a request for.
// Anyone can send these headers, so it is what the request claims, shown beside the peer of
// the connection, never instead of it.
struct ForwardedClient
{
    QString address;   // "203.0.113.9", "2001:db8::1": no port, no brackets
    QByteArray header; // the header it was read from, as Hookscope names it

    bool isValid() const { return !address.isEmpty(); }
};

// From CF-Connecting-IP, else the first element's for= of Forwarded (RFC 7239), else the first
// entry of X-Forwarded-For. A header whose client is not an IP address (RFC 7239's "unknown"
// and obfuscated names, garbage) gives way to the next; repeated lines of one header count as
// one list in wire order.
ForwardedClient forwardedClient(const HttpHeaderList &headers);

} // namespace hookscope
