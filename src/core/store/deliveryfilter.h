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
    // Ids in (afterId, throughId], so that a view can count what arrived since it last looked
    // exactly once; 0 = open.
    qint64 afterId = 0;
    qint64 throughId = 0;

    bool isEmpty() const
    {
        return endpoint.isEmpty() && provider.isEmpty() && eventType.isEmpty() && method.isEmpty()
            && responseStatus == 0 && signature.isEmpty() && fromNs == 0 && toNs == 0
            && text.isEmpty() && afterId == 0 && throughId == 0;
    }

    bool operator==(const DeliveryFilter &other) const
    {
        return endpoint == other.endpoint && provider == other.provider && eventType == other.eventType
            && method == other.method && responseStatus == other.responseStatus
            && signature == other.signature && fromNs == other.fromNs && toNs == other.toNs
            && text == other.text && afterId == other.afterId && throughId == other.throughId;
    }
    bool operator!=(const DeliveryFilter &other) const { return !(*this == other); }
};

} // namespace hookscope
