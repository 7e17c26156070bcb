#include "deliverypreparer.h"

#include "common/httpresponse.h"

namespace hookscope {

EndpointDeliveryPreparer::EndpointDeliveryPreparer(QList<Endpoint> endpoints)
    : m_endpoints(std::move(endpoints))
{
}

void EndpointDeliveryPreparer::prepare(Delivery &delivery) const
{
    int status = 200;
    if (const Endpoint *endpoint = endpointForTarget(m_endpoints, delivery.target)) {
        delivery.classification.endpoint = endpoint->path;
        delivery.classification.provider = endpoint->provider;
        if (!endpoint->eventType.isEmpty())
            delivery.classification.eventTypes = { endpoint->eventType };
        if (endpoint->status != 0)
            status = endpoint->status;
    }
    delivery.response = makeResponse(status, "application/json", "{\"received\":true}\n");
}

} // namespace hookscope
