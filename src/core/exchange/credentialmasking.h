#pragma once

#include "common/httpheaders.h"

#include <QByteArrayView>

namespace hookscope {

// Whether a header carries a credential: Authorization, Proxy-Authorization, Cookie, or a name
// with "signature", "token", "secret", "password", "api-key" or "apikey" in it (any case).
bool isCredentialHeader(QByteArrayView name);

// The headers with each credential's value replaced by "<redacted>", for exports to share.
HttpHeaderList withCredentialsMasked(const HttpHeaderList &headers);

} // namespace hookscope
