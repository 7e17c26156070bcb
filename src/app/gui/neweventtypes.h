#pragma once

#include "store/deliverystore.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace hookscope {

// Which event types newly stored deliveries bring for the first time in this data directory, so
// the console says so once per event type (not once per delivery, not again after a restart).
class NewEventTypes
{
public:
    using EventType = QPair<QString, QString>; // provider, event type

    // Event types already in the store are not new.
    void learn(const QList<FacetCount> &counts);
    // The event types in counts not known before, in the order met, each once; they are known
    // from then on.
    QList<EventType> take(const QList<FacetCount> &counts);

private:
    QSet<EventType> m_known;
};

} // namespace hookscope
