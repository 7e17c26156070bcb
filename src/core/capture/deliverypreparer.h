#pragma once

#include "common/delivery.h"
#include "common/endpoint.h"

#include <QList>

namespace hookscope {

// Decides, before a delivery is stored, what it is (classification) and what to answer.
// Runs on the capture thread for every request, so it must be quick and thread-safe (const).
class DeliveryPreparer
{
public:
    virtual ~DeliveryPreparer() = default;
    virtual void prepare(Delivery &delivery) const = 0;
};

// Knows endpoints but no providers: the endpoint's status if set, else 200 with a small JSON.
class EndpointDeliveryPreparer : public DeliveryPreparer
{
public:
    explicit EndpointDeliveryPreparer(QList<Endpoint> endpoints = {});
    void prepare(Delivery &delivery) const override;

private:
    QList<Endpoint> m_endpoints;
};

} // namespace hookscope
