#pragma once

#include "eventtypekey.h"
#include "exportsink.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>

namespace hookscope {

// Splits an export into one sink per event type (one file each): every delivery goes to the
// sink of each event type it has, made by the factory the first time that type occurs.
class EventTypeSplitter : public ExportSink
{
public:
    // Null with an error message when the sink cannot be made (a file that cannot be opened).
    using SinkFactory
        = std::function<std::unique_ptr<ExportSink>(const EventTypeKey &key, QString *error)>;

    explicit EventTypeSplitter(SinkFactory factory) : m_factory(std::move(factory)) { }

    bool write(const ExportRecord &record) override;
    bool finish() override;
    void discard() override;

    QList<EventTypeKey> eventTypes() const { return m_order; }

private:
    SinkFactory m_factory;
    QList<EventTypeKey> m_order;
    QHash<EventTypeKey, std::shared_ptr<ExportSink>> m_sinks;
};

} // namespace hookscope
