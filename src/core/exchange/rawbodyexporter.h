#pragma once

#include "exportsink.h"

namespace hookscope {

// The body of one delivery, byte for byte as it arrived (still encrypted or compressed if it
// was). A second delivery is an error: choose one by id.
class RawBodyExporter : public DeviceExportSink
{
public:
    using DeviceExportSink::DeviceExportSink;

    bool write(const ExportRecord &record) override;
    bool finish() override;
    bool needsValidation() const override { return false; }

private:
    bool m_written = false;
};

} // namespace hookscope
