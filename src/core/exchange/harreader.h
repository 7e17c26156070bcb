#pragma once

#include "importreader.h"

#include <QByteArray>

#include <memory>

namespace hookscope {

// Deliveries from a HAR 1.2 document: a browser's (dev tools "Save all as HAR"), another
// tool's, or Hookscope's own export. Each entry's request becomes a delivery: method, target
// (path and query of the URL), HTTP version, headers in order (HTTP/2 pseudo-headers dropped
// unless given as raw bytes),
// postData text (base64 when "encoding" says so; params joined when there is no text), the
// response when there is one, startedDateTime as the receive time. Hookscope's own "_hookscope"
// fields restore what HAR cannot hold: the exact target, header bytes that are not UTF-8, the
// nanosecond receive time, the peer, and the classification made at capture.
class HarReader : public ImportReader
{
public:
    explicit HarReader(const QByteArray &document);
    ~HarReader() override;

    // Why the document is not a HAR at all (not JSON, no log.entries array); empty when it is.
    QString documentError() const { return m_documentError; }
    int entryCount() const;

    Format format() const override { return Format::Har; }
    std::optional<Delivery> next() override;
    bool atEnd() const override;
    QString errorString() const override { return m_error; }

private:
    struct Document;

    std::unique_ptr<Document> m_document;
    QString m_documentError;
    QString m_error;
    int m_next = 0;
};

} // namespace hookscope
