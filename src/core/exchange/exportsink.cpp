#include "exportsink.h"

#include "providers/eventfields.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace hookscope {

ExportRecord::ExportRecord(const Delivery &delivery, const DeliveryAnalysis &analysis)
    : m_delivery(delivery), m_analysis(analysis)
{ }

const JsonTree &ExportRecord::tree() const
{
    if (!m_tree)
        m_tree = JsonTree::parse(m_analysis.body, JsonParseMode::Lenient);
    return *m_tree;
}

int ExportRecord::eventNode(const EventAnalysis &event) const
{
    return EventFields::eventNode(tree(), event.pointer);
}

bool ExportSink::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool DeviceExportSink::put(QByteArrayView bytes)
{
    if (m_output->write(bytes.data(), bytes.size()) != bytes.size())
        return fail(u"cannot write: %1"_s.arg(m_output->errorString()));
    return true;
}

} // namespace hookscope
