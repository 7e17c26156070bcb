#include "mediatype.h"

#include "common/textsyntax.h"

namespace hookscope {

namespace {

// RFC 9110 tchar
} // namespace

MediaType::MediaType(QByteArrayView type, QByteArrayView subtype)
    : m_type(type.toByteArray().toLower()), m_subtype(subtype.toByteArray().toLower())
{
    m_text = essence();
}

MediaType MediaType::parse(QByteArrayView headerValue)
{
    const qsizetype semicolon = headerValue.indexOf(';');
    const QByteArrayView essence
        = (semicolon < 0 ? headerValue : headerValue.first(semicolon)).trimmed();
    const qsizetype slash = essence.indexOf('/');
    if (slash < 0)
        return {};
    const QByteArrayView type = essence.first(slash).trimmed();
    const QByteArrayView subtype = essence.sliced(slash + 1).trimmed();
    if (!isToken(type) || !isToken(subtype))
        return {};
    MediaType result(type, subtype);
    if (semicolon >= 0)
        result.m_parameters = HeaderParameters::parse(headerValue.sliced(semicolon + 1));
    result.m_text = headerValue.trimmed().toByteArray();
    return result;
}

QByteArray MediaType::essence() const
{
    return isValid() ? m_type + '/' + m_subtype : QByteArray();
}

bool MediaType::isJson() const
{
    return (m_type == "application" && m_subtype == "json")
        || (m_type == "text" && m_subtype == "json") || m_subtype.endsWith("+json");
}

bool MediaType::isForm() const
{
    return m_type == "application" && m_subtype == "x-www-form-urlencoded";
}

bool MediaType::isMultipart() const
{
    return m_type == "multipart";
}

bool MediaType::isXml() const
{
    return ((m_type == "application" || m_type == "text") && m_subtype == "xml")
        || m_subtype.endsWith("+xml");
}

bool MediaType::isText() const
{
    return m_type == "text";
}

bool MediaType::isOctetStream() const
{
    return m_type == "application" && m_subtype == "octet-stream";
}

QString MediaType::toString() const
{
    return QString::fromLatin1(m_text);
}

} // namespace hookscope
