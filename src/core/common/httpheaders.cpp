#include "httpheaders.h"

namespace hookscope {

QByteArray headerValue(const HttpHeaderList &headers, QByteArrayView name)
{
    for (const HttpHeader &header : headers) {
        if (QByteArrayView(header.name).compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    }
    return {};
}

bool hasHeader(const HttpHeaderList &headers, QByteArrayView name)
{
    for (const HttpHeader &header : headers) {
        if (QByteArrayView(header.name).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpHeaderList endToEndHeaders(const HttpHeaderList &headers)
{
    QByteArrayList connectionSpecific { "connection", "keep-alive", "te", "trailer",
                                        "transfer-encoding", "upgrade", "host", "content-length" };
    for (const HttpHeader &header : headers) {
        if (header.name.compare("connection", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &name : header.value.split(','))
                connectionSpecific.append(name.trimmed().toLower());
        }
    }
    HttpHeaderList kept;
    for (const HttpHeader &header : headers) {
        const QByteArray lower = header.name.toLower();
        if (!connectionSpecific.contains(lower) && !lower.startsWith("proxy-"))
            kept.append(header);
    }
    return kept;
}

QByteArray serializeHeaders(const HttpHeaderList &headers)
{
    qsizetype size = 0;
    for (const HttpHeader &header : headers)
        size += header.name.size() + header.value.size() + 4;
    QByteArray block;
    block.reserve(size);
    for (const HttpHeader &header : headers) {
        block.append(header.name);
        block.append(": ");
        block.append(header.value);
        block.append("\r\n");
    }
    return block;
}

HttpHeaderList parseSerializedHeaders(QByteArrayView block)
{
    HttpHeaderList headers;
    qsizetype lineStart = 0;
    while (lineStart < block.size()) {
        qsizetype lineEnd = block.indexOf("\r\n", lineStart);
        if (lineEnd < 0)
            lineEnd = block.size();
        const QByteArrayView line = block.sliced(lineStart, lineEnd - lineStart);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            QByteArrayView value = line.sliced(colon + 1);
            if (value.startsWith(' '))
                value = value.sliced(1);
            headers.append(HttpHeader{line.first(colon).toByteArray(), value.toByteArray()});
        }
        lineStart = lineEnd + 2;
    }
    return headers;
}

} // namespace hookscope
