#pragma once

#include "common/delivery.h"
#include "httpservercompat.h"

#include <QPointer>

namespace hookscope {

class ConnectionGuard;

// The answer owed to one captured request. Whoever stores the delivery keeps this until the
// delivery is durable, then answers; dropping it unanswered closes the connection.
class PendingAnswer
{
public:
    PendingAnswer(DeferredResponse response, ConnectionGuard *guard, bool closeAfter);
    PendingAnswer(PendingAnswer &&) noexcept;
    PendingAnswer &operator=(PendingAnswer &&) noexcept;
    ~PendingAnswer();

    // Sends the response; false if the client went away meanwhile.
    bool answer(const DeliveryResponse &response);
    bool isAnswered() const { return m_answered; }
    bool closesConnection() const { return m_closeAfter; }

private:
    DeferredResponse m_response;
    QPointer<ConnectionGuard> m_guard;
    bool m_closeAfter = false;
    bool m_answered = false;
};

} // namespace hookscope
