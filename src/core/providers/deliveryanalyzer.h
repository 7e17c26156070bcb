#pragma once

#include "common/delivery.h"
#include "common/endpoint.h"
#include "decode/bodydecoder.h"
#include "deliveryanalysis.h"
#include "providercatalog.h"

#include <memory>
#include <optional>

namespace hookscope {

// Turns a raw delivery into a DeliveryAnalysis: endpoint, provider (bound or detected),
// decryption, events and their types, signature verdict; validate() adds schema violations;
// responseFor() is what the vendor expects to be answered. Immutable and thread-safe.
class DeliveryAnalyzer
{
public:
    DeliveryAnalyzer(std::shared_ptr<const ProviderCatalog> catalog, QList<Endpoint> endpoints);

    // nowSeconds judges signature timestamps; unset: the delivery's own receive time, so a
    // stored delivery is judged as it was when it arrived.
    DeliveryAnalysis analyze(const Delivery &delivery,
                             std::optional<qint64> nowSeconds = std::nullopt) const;
    void validate(DeliveryAnalysis &analysis) const;
    DeliveryResponse responseFor(const DeliveryAnalysis &analysis, const Delivery &delivery) const;

    const ProviderCatalog &catalog() const { return *m_catalog; }
    const QList<Endpoint> &endpoints() const { return m_endpoints; }

private:
    const ProviderDefinition *detect(const Delivery &delivery, const class JsonBody &body) const;
    void decrypt(DeliveryAnalysis &analysis, const Delivery &delivery, const Endpoint *endpoint) const;
    void findEvents(DeliveryAnalysis &analysis, const Delivery &delivery, const Endpoint *endpoint,
                    const JsonBody &body) const;
    void keepCapturedClassification(DeliveryAnalysis &analysis,
                                    const DeliveryClassification &captured) const;
    void checkSignature(DeliveryAnalysis &analysis, const Delivery &delivery,
                        const Endpoint *endpoint, std::optional<qint64> nowSeconds) const;

    std::shared_ptr<const ProviderCatalog> m_catalog;
    QList<Endpoint> m_endpoints;
    BodyDecoder m_bodyDecoder;
};

} // namespace hookscope
