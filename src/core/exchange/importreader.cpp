#include "importreader.h"

#include "harreader.h"
#include "ndjsonreader.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

constexpr qint64 kDetectionBytes = 4096;

class NdjsonImportReader : public ImportReader
{
public:
    explicit NdjsonImportReader(QIODevice *input) : m_reader(input) { }

    Format format() const override { return Format::Ndjson; }
    std::optional<Delivery> next() override { return m_reader.next(); }
    bool atEnd() const override { return m_reader.atEnd(); }
    QString errorString() const override { return m_reader.errorString(); }

private:
    NdjsonReader m_reader;
};

qsizetype skipSpace(QByteArrayView bytes, qsizetype at)
{
    while (at < bytes.size()
           && (bytes[at] == ' ' || bytes[at] == '\t' || bytes[at] == '\r' || bytes[at] == '\n'))
        ++at;
    return at;
}

} // namespace

std::optional<ImportReader::Format> ImportReader::detectFormat(QByteArrayView head)
{
    qsizetype at = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    at = skipSpace(head, at);
    if (at >= head.size() || head[at] != '{')
        return std::nullopt;
    at = skipSpace(head, at + 1);
    return head.sliced(at).startsWith("\"log\"") ? Format::Har : Format::Ndjson;
}

std::unique_ptr<ImportReader> ImportReader::open(QIODevice *input, QString *error)
{
    const std::optional<Format> format = detectFormat(input->peek(kDetectionBytes));
    if (!format) {
        *error = u"neither NDJSON nor HAR: the file does not start with a JSON object"_s;
        return nullptr;
    }
    if (*format == Format::Ndjson) {
        if (input->peek(3) == "\xEF\xBB\xBF")
            input->skip(3);
        return std::make_unique<NdjsonImportReader>(input);
    }
    auto reader = std::make_unique<HarReader>(input->readAll());
    if (!reader->documentError().isEmpty()) {
        *error = reader->documentError();
        return nullptr;
    }
    return reader;
}

} // namespace hookscope
