#pragma once

#include "common/delivery.h"
#include "decode/jsontree.h"
#include "providers/deliveryanalysis.h"

#include <memory>

namespace hookscope {

class DeliveryAnalyzer;

// One delivery analysed, validated and its JSON parsed, ready for the detail view. Built off
// the GUI thread: a 10 MB body takes long enough to freeze a window.
struct DeliveryInspection
{
    quint64 generation = 0; // which request this answers; older ones are dropped
    Delivery delivery;
    DeliveryAnalysis analysis;
    JsonTree tree;
    QString eventPointer; // the event to reveal, "" for none

    static DeliveryInspection inspect(quint64 generation, Delivery delivery,
                                      std::shared_ptr<const DeliveryAnalyzer> analyzer,
                                      QString eventPointer);
};

} // namespace hookscope
