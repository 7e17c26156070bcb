#pragma once

#include "exportsink.h"
#include "ndjsonwriter.h"

namespace hookscope {

// NDJSON, the lossless interchange format: one line per delivery with its decoded object.
class NdjsonExporter : public ExportSink
{
public:
    explicit NdjsonExporter(QIODevice *output) : m_writer(output) { }

    bool write(const ExportRecord &record) override;

private:
    NdjsonWriter m_writer;
};

} // namespace hookscope
