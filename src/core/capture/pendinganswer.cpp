#include "pendinganswer.h"

#include "connectionguard.h"
#include "common/httpresponse.h"

namespace hookscope {

PendingAnswer::PendingAnswer(DeferredResponse response, ConnectionGuard *guard, bool closeAfter)
    : m_response(std::move(response)), m_guard(guard), m_closeAfter(closeAfter)
{
    if (m_guard)
        m_guard->responseOwed();
}

PendingAnswer::PendingAnswer(PendingAnswer &&other) noexcept
    : m_response(std::move(other.m_response)),
      m_guard(std::move(other.m_guard)),
      m_closeAfter(other.m_closeAfter),
      m_answered(other.m_answered)
{
    other.m_answered = true;
}

PendingAnswer &PendingAnswer::operator=(PendingAnswer &&other) noexcept
{
    m_response = std::move(other.m_response);
    m_guard = std::move(other.m_guard);
    m_closeAfter = other.m_closeAfter;
    m_answered = other.m_answered;
    other.m_answered = true;
    return *this;
}

PendingAnswer::~PendingAnswer()
{
    if (!m_answered && m_guard)
        m_guard->responseSent(true);
}

bool PendingAnswer::answer(const DeliveryResponse &response)
{
    if (m_answered)
        return false;
    m_answered = true;
    const bool sent = m_response.send(toWire(response));
    if (m_guard)
        m_guard->responseSent(m_closeAfter);
    return sent;
}

} // namespace hookscope
