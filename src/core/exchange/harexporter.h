#pragma once

#include "exportsink.h"

#include <QByteArray>

namespace hookscope {

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), so browser dev tools and HAR
// viewers open an export. Bodies that are not text are base64 with "encoding": "base64" (for
// request bodies a common extension of the spec). Each entry has a custom "_hookscope" object:
// id, received_at (ns), peer, the exact target, and the decoded object of the NDJSON export;
// header values that are not UTF-8 carry "_value_base64" (and "_name_base64"), so an import
// gives back the same bytes.
class HarExporter : public DeviceExportSink
{
public:
    // maskCredentials: credential headers (see isCredentialHeader) are written "<redacted>".
    explicit HarExporter(QIODevice *output, bool maskCredentials = false);

    bool begin() override;
    bool write(const ExportRecord &record) override;
    bool finish() override;

    static QByteArray entryJson(const ExportRecord &record, bool maskCredentials);

private:
    bool m_maskCredentials;
    bool m_firstEntry = true;
};

} // namespace hookscope
