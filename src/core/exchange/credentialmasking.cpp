#include "credentialmasking.h"

namespace hookscope {

bool isCredentialHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie")
        return true;
    for (const char *part : { "signature", "token", "secret", "password", "api-key", "apikey" }) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

HttpHeaderList withCredentialsMasked(const HttpHeaderList &headers)
{
    HttpHeaderList masked = headers;
    for (HttpHeader &header : masked) {
        if (isCredentialHeader(header.name))
            header.value = "<redacted>";
    }
    return masked;
}

} // namespace hookscope
