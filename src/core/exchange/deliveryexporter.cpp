#include "deliveryexporter.h"

#include "providers/deliveryanalyzer.h"
#include "store/deliverystore.h"

using namespace Qt::StringLiterals;

namespace hookscope {

DeliveryExporter::DeliveryExporter(DeliveryStore &store, const DeliveryAnalyzer &analyzer)
    : m_store(store), m_analyzer(analyzer)
{ }

void DeliveryExporter::setProgress(Progress progress, int everyDeliveries)
{
    m_progress = std::move(progress);
    m_progressInterval = qMax(1, everyDeliveries);
}

bool DeliveryExporter::start(ExportSink &sink)
{
    m_done = 0;
    m_cancelled = false;
    m_error.clear();
    if (sink.begin())
        return true;
    m_error = sink.errorString();
    return false;
}

bool DeliveryExporter::visit(const Delivery &delivery, ExportSink &sink)
{
    DeliveryAnalysis analysis = m_analyzer.analyze(delivery);
    if (sink.needsValidation())
        m_analyzer.validate(analysis);
    if (!sink.write(ExportRecord(delivery, analysis))) {
        m_error = sink.errorString();
        return false;
    }
    ++m_done;
    if (m_progress && m_done % m_progressInterval == 0 && !m_progress(m_done)) {
        m_cancelled = true;
        m_error = u"export cancelled"_s;
        return false;
    }
    return true;
}

bool DeliveryExporter::end(bool completed, ExportSink &sink)
{
    if (!completed)
        return false;
    if (!sink.finish()) {
        m_error = sink.errorString();
        return false;
    }
    // The last count, unless visit() has just reported it.
    if (m_progress && (m_done == 0 || m_done % m_progressInterval != 0))
        m_progress(m_done);
    return true;
}

bool DeliveryExporter::run(const DeliveryFilter &filter, ExportSink &sink)
{
    if (!start(sink))
        return false;
    bool visited = true;
    const bool read = m_store.forEach(filter, [&](const Delivery &delivery) {
        visited = visit(delivery, sink);
        return visited;
    });
    if (visited && !read)
        m_error = m_store.lastError();
    return end(visited && read, sink);
}

bool DeliveryExporter::run(const QList<qint64> &ids, ExportSink &sink)
{
    if (!start(sink))
        return false;
    for (const qint64 id : ids) {
        const std::optional<Delivery> delivery = m_store.load(id);
        if (!delivery) {
            m_error = u"no delivery with id %1"_s.arg(id);
            return false;
        }
        if (!visit(*delivery, sink))
            return false;
    }
    return end(true, sink);
}

} // namespace hookscope
