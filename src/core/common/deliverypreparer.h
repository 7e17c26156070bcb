#pragma once

#include "delivery.h"

namespace hookscope {

// Decides, before a delivery is stored, what it is (classification) and what to answer.
// Runs on the capture thread for every request, so it must be quick and thread-safe (const).
class DeliveryPreparer
{
public:
    virtual ~DeliveryPreparer() = default;
    virtual void prepare(Delivery &delivery) const = 0;
};

} // namespace hookscope
