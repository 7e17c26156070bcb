#include "httpresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hookscope {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 498: return "Invalid Token";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return {};
    }
}

DeliveryResponse makeResponse(int status, const QByteArray &contentType, const QByteArray &body)
{
    DeliveryResponse response;
    response.status = status;
    if (!contentType.isEmpty())
        response.headers.append(HttpHeader{ "Content-Type", contentType });
    response.headers.append(HttpHeader{ "Content-Length", QByteArray::number(body.size()) });
    response.body = body;
    return response;
}

DeliveryResponse makeJsonError(int status, const QString &message)
{
    QJsonObject error;
    error.insert(QStringLiteral("error"), message);
    error.insert(QStringLiteral("status"), status);
    return makeResponse(status, "application/json",
                        QJsonDocument(error).toJson(QJsonDocument::Compact) + '\n');
}

QByteArray toWire(const DeliveryResponse &response)
{
    QByteArray wire;
    wire.reserve(64 + response.body.size() + response.headers.size() * 32);
    wire.append("HTTP/1.1 ");
    wire.append(QByteArray::number(response.status));
    wire.append(' ');
    wire.append(reasonPhrase(response.status));
    wire.append("\r\n");
    wire.append(serializeHeaders(response.headers));
    wire.append("\r\n");
    wire.append(response.body);
    return wire;
}

} // namespace hookscope
