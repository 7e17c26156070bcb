#include "eventtypesplitter.h"

namespace hookscope {

bool EventTypeSplitter::write(const ExportRecord &record)
{
    for (const EventTypeKey &key : EventTypeKey::allIn(record)) {
        std::shared_ptr<ExportSink> sink = m_sinks.value(key);
        if (!sink) {
            QString error;
            sink = m_factory(key, &error);
            if (!sink)
                return fail(error);
            if (!sink->begin())
                return fail(sink->errorString());
            m_sinks.insert(key, sink);
            m_order.append(key);
        }
        if (!sink->write(record))
            return fail(sink->errorString());
    }
    return true;
}

bool EventTypeSplitter::finish()
{
    for (const EventTypeKey &key : std::as_const(m_order)) {
        ExportSink &sink = *m_sinks.value(key);
        if (!sink.finish())
            return fail(sink.errorString());
    }
    return true;
}

void EventTypeSplitter::discard()
{
    for (const std::shared_ptr<ExportSink> &sink : std::as_const(m_sinks))
        sink->discard();
}

} // namespace hookscope
