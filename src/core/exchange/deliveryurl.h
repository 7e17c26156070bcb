#pragma once

#include "common/delivery.h"

#include <QByteArray>
#include <QByteArrayView>

namespace hookscope {

// The absolute URL of a delivery, as HAR and curl need it. With a base URL
// ("http://localhost:3000" or ".../prefix") the target is appended to it; otherwise the scheme
// is X-Forwarded-Proto's (a tunnel's https) or http, and the host is the Host header's, or
// 127.0.0.1 when it has none that is a plain host[:port].
QByteArray deliveryUrl(const Delivery &delivery, QByteArrayView baseUrl = {});

// The target with every byte a URL cannot hold (controls, space, non-ASCII, "<>\^`{|}#)
// percent-encoded; anything already percent-encoded stays as it is.
QByteArray urlSafeTarget(QByteArrayView target);

} // namespace hookscope
