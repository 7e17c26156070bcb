// Import parsing: any input through ImportReader (format detection, HarReader, NdjsonReader).
// Every delivery read is written again, as a HAR entry and as an NDJSON line, and read back:
// the raw record must come back the same.
#include "exchange/harexporter.h"
#include "exchange/harreader.h"
#include "exchange/jsonoutput.h"
#include "exchange/ndjsonreader.h"
#include "exchange/ndjsonwriter.h"

#include <QBuffer>

#include <cstdint>

using namespace hookscope;

namespace {

constexpr int kMaxDeliveries = 1000;

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void checkSameRecord(const Delivery &again, const Delivery &read, bool compareRequestLine)
{
    if (compareRequestLine) {
        check(again.method == read.method);
        check(again.httpVersion == read.httpVersion);
    }
    check(again.target == read.target);
    check(again.headers == read.headers);
    check(again.body == read.body);
    check(again.receivedAtNs == read.receivedAtNs);
    check(again.response.status == read.response.status);
    check(again.response.headers == read.response.headers);
    check(again.response.body == read.response.body);
    check(again.rejection == read.rejection);
}

void checkHarRoundTrip(const Delivery &read)
{
    const DeliveryAnalysis nothing;
    const QByteArray entry = HarExporter::entryJson(ExportRecord(read, nothing), false);
    HarReader reader("{\"log\":{\"version\":\"1.2\",\"entries\":[" + entry + "]}}");
    check(reader.documentError().isEmpty());
    const std::optional<Delivery> again = reader.next();
    check(again.has_value());
    // HAR strings are text: a method or version that is not UTF-8 is written as Latin-1.
    const bool textual = jsonoutput::isUtf8(read.method) && jsonoutput::isUtf8(read.httpVersion);
    checkSameRecord(*again, read, textual);
    check(again->peerAddress == read.peerAddress && again->peerPort == read.peerPort);
}

void checkNdjsonRoundTrip(const Delivery &read)
{
    QString error;
    const std::optional<Delivery> again
        = NdjsonReader::parseLine(NdjsonWriter::toLine(read, {}), &error);
    check(again.has_value());
    // Not the peer: NdjsonReader reads the ":0" written for a delivery without one as an
    // address (see the report on this target).
    checkSameRecord(*again, read, true);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const std::unique_ptr<ImportReader> reader = ImportReader::open(&buffer, &error);
    if (!reader)
        return 0;
    for (int read = 0; read < kMaxDeliveries && !reader->atEnd(); ++read) {
        const std::optional<Delivery> delivery = reader->next();
        check(delivery.has_value() != !reader->errorString().isEmpty() || reader->atEnd());
        if (!delivery)
            continue;
        checkHarRoundTrip(*delivery);
        checkNdjsonRoundTrip(*delivery);
    }
    return 0;
}
