#pragma once

#include "common/delivery.h"

#include <QJsonObject>

namespace hookscope {

// The derived "decoded" object of an NDJSON export (DESIGN.md): provider, endpoint, events,
// signature verdict and the body's JSON parse error, if any.
QJsonObject decodedObject(const Delivery &delivery);

} // namespace hookscope
