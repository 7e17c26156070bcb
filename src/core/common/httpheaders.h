#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace hookscope {

// One header line as it was on the wire: original name case, value without surrounding OWS.
struct HttpHeader
{
    QByteArray name;
    QByteArray value;

    friend bool operator==(const HttpHeader &a, const HttpHeader &b)
    {
        return a.name == b.name && a.value == b.value;
    }
    friend bool operator!=(const HttpHeader &a, const HttpHeader &b) { return !(a == b); }
};

// Headers in wire order; names may repeat.
using HttpHeaderList = QList<HttpHeader>;

// First value whose name matches case-insensitively, or a null QByteArray.
QByteArray headerValue(const HttpHeaderList &headers, QByteArrayView name);
bool hasHeader(const HttpHeaderList &headers, QByteArrayView name);

// The headers meant for whoever receives a copy of a request, not for the connection it came
// on: without the hop-by-hop fields of RFC 9110 section 7.6.1 (Connection and the names it
// lists, Keep-Alive, Proxy-*, TE, Trailer, Transfer-Encoding, Upgrade) and without Host and
// Content-Length, which the sender of the copy sets anew.
HttpHeaderList endToEndHeaders(const HttpHeaderList &headers);

// "Name: value\r\n" per header; the storage and display form of a header list.
QByteArray serializeHeaders(const HttpHeaderList &headers);
HttpHeaderList parseSerializedHeaders(QByteArrayView block);

} // namespace hookscope
