#include "httpexchange.h"

namespace hookscope {

QByteArray HttpExchange::statusLine() const
{
    QByteArray line = httpVersion + ' ' + QByteArray::number(status);
    if (!reasonPhrase.isEmpty())
        line += ' ' + reasonPhrase;
    return line;
}

QByteArray HttpExchange::formattedResponse() const
{
    QByteArray text = statusLine() + '\n';
    for (const HttpHeader &header : headers)
        text += header.name + ": " + header.value + '\n';
    text += '\n';
    text += body;
    if (!body.isEmpty() && !body.endsWith('\n'))
        text += '\n';
    return text;
}

} // namespace hookscope
