#include "rawbodyexporter.h"

using namespace Qt::StringLiterals;

namespace hookscope {

bool RawBodyExporter::write(const ExportRecord &record)
{
    if (m_written)
        return fail(u"a raw body export takes one delivery; choose it by id"_s);
    m_written = true;
    if (!record.delivery().rejection.isEmpty())
        return fail(
            u"delivery %1 was refused (%2); its body was not kept"_s.arg(record.delivery().id)
                .arg(record.delivery().rejection));
    return put(record.delivery().body);
}

bool RawBodyExporter::finish()
{
    return m_written || fail(u"no delivery to export"_s);
}

} // namespace hookscope
