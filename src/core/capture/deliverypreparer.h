#pragma once

#include "common/deliverypreparer.h"
#include "common/endpoint.h"

#include <QList>

namespace hookscope {

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
