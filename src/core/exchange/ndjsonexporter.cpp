#include "ndjsonexporter.h"

#include "decodedobject.h"

namespace hookscope {

bool NdjsonExporter::write(const ExportRecord &record)
{
    if (m_writer.write(record.delivery(), decodedObject(record.analysis())))
        return true;
    return fail(m_writer.errorString());
}

} // namespace hookscope
