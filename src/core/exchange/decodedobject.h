#pragma once

#include "common/delivery.h"
#include "providers/deliveryanalysis.h"

#include <QJsonObject>

namespace hookscope {

// The derived "decoded" object of an NDJSON export (DESIGN.md) from a validated analysis:
// provider, endpoint, events with their schema errors, signature verdict and reason, the
// body's JSON parse error, and for encrypted bodies what decryption gave.
QJsonObject decodedObject(const DeliveryAnalysis &analysis);

} // namespace hookscope
