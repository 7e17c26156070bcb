#include "providerdeliverypreparer.h"

#include <QDateTime>

namespace hookscope {

ProviderDeliveryPreparer::ProviderDeliveryPreparer(std::shared_ptr<const DeliveryAnalyzer> analyzer)
    : m_analyzer(std::move(analyzer))
{
}

std::shared_ptr<ProviderDeliveryPreparer>
ProviderDeliveryPreparer::withDefaultCatalog(const QList<Endpoint> &endpoints, QStringList *problems)
{
    std::shared_ptr<const ProviderCatalog> catalog = ProviderCatalog::loadDefault();
    *problems = catalog->problems();
    return std::make_shared<ProviderDeliveryPreparer>(
            std::make_shared<DeliveryAnalyzer>(std::move(catalog), endpoints));
}

void ProviderDeliveryPreparer::prepare(Delivery &delivery) const
{
    const DeliveryAnalysis analysis =
            m_analyzer->analyze(delivery, QDateTime::currentSecsSinceEpoch());
    analysis.recordIn(delivery);
    if (!delivery.rejection.isEmpty())
        return;
    delivery.response = m_analyzer->responseFor(analysis, delivery);
    const Endpoint *endpoint = endpointForTarget(m_analyzer->endpoints(), delivery.target);
    if (endpoint && !endpoint->forwardTo.isEmpty()) {
        delivery.forwardTo = endpoint->forwardUrlFor(delivery.target);
        delivery.answerWithForward = endpoint->answerWithForward;
    }
}

} // namespace hookscope
