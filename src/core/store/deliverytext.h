#pragma once

#include "common/delivery.h"

#include <QString>

namespace hookscope {

// What free-text search sees of a delivery: its target, headers and the first bytes of its
// (decrypted) body when that is text. The store indexes exactly this and, to remove a delivery
// from its contentless index, must hand back exactly this again.
namespace deliverytext {

constexpr qsizetype kMaxIndexedBodyBytes = 64 * 1024;

QString searchable(const Delivery &delivery);

} // namespace deliverytext

} // namespace hookscope
