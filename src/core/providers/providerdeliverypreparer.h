#pragma once

#include "common/deliverypreparer.h"
#include "deliveryanalyzer.h"

#include <memory>

namespace hookscope {

// Classifies each captured delivery with the provider catalog and answers as its vendor
// expects (WillSuite 202, SmarterPay 498 on a bad signature, an endpoint's own status, ...).
class ProviderDeliveryPreparer : public DeliveryPreparer
{
public:
    explicit ProviderDeliveryPreparer(std::shared_ptr<const DeliveryAnalyzer> analyzer);
    void prepare(Delivery &delivery) const override;

    // With the default catalog (bundled and user providers); problems lists files it skipped.
    static std::shared_ptr<ProviderDeliveryPreparer> withDefaultCatalog(const QList<Endpoint> &endpoints,
                                                                        QStringList *problems);

private:
    std::shared_ptr<const DeliveryAnalyzer> m_analyzer;
};

} // namespace hookscope
