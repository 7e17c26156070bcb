#pragma once

#include <QString>
#include <QtGlobal>

namespace hookscope {

// Which deliveries a list, count or export covers. Empty fields match everything.
struct DeliveryFilter
{
    QString endpoint;
    QString provider;
    QString eventType;
    QString method;
    int responseStatus = 0;
    QString signature;
    qint64 fromNs = 0; // inclusive; 0 = open
    qint64 toNs = 0;   // exclusive; 0 = open
    QString text;      // substring of target, headers or body

    bool isEmpty() const
    {
        return endpoint.isEmpty() && provider.isEmpty() && eventType.isEmpty() && method.isEmpty()
            && responseStatus == 0 && signature.isEmpty() && fromNs == 0 && toNs == 0
            && text.isEmpty();
    }
};

} // namespace hookscope
