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

// "Name: value\r\n" per header; the storage and display form of a header list.
QByteArray serializeHeaders(const HttpHeaderList &headers);
HttpHeaderList parseSerializedHeaders(QByteArrayView block);

} // namespace hookscope
