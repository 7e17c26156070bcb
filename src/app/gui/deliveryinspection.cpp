#include "deliveryinspection.h"

#include "providers/deliveryanalyzer.h"

namespace hookscope {

DeliveryInspection DeliveryInspection::inspect(quint64 generation, Delivery delivery,
                                               std::shared_ptr<const DeliveryAnalyzer> analyzer,
                                               QString eventPointer)
{
    DeliveryInspection inspection;
    inspection.generation = generation;
    inspection.analysis = analyzer->analyze(delivery);
    analyzer->validate(inspection.analysis);
    if (inspection.analysis.decoded.hasJson() || inspection.analysis.decrypted)
        inspection.tree = JsonTree::parse(inspection.analysis.body, JsonParseMode::Lenient);
    inspection.delivery = std::move(delivery);
    inspection.eventPointer = std::move(eventPointer);
    return inspection;
}

} // namespace hookscope
