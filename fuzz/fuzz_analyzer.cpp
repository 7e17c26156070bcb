// Arbitrary deliveries through the whole analysis with the bundled catalog: the first line of
// the input is "TARGET", then header lines until an empty line, then the body. Endpoints bind
// /e and /p (Enad with a token, Phasio with a key) so decryption and tokens are reached too.
#include "providers/deliveryanalyzer.h"

#include <cstdint>

using namespace hookscope;

namespace {

const DeliveryAnalyzer &analyzer()
{
    static const DeliveryAnalyzer instance(
            ProviderCatalog::load({ ProviderCatalog::bundledDirectory() }),
            { Endpoint { QStringLiteral("/e"), QStringLiteral("enad"), {}, "token", 0 },
              Endpoint { QStringLiteral("/p"), QStringLiteral("phasio"), {},
                         "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", 0 } });
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    Delivery delivery;
    delivery.method = "POST";
    delivery.httpVersion = "HTTP/1.1";
    qsizetype lineStart = 0;
    qsizetype lineEnd = input.indexOf('\n');
    delivery.target = input.first(lineEnd < 0 ? input.size() : lineEnd);
    while (lineEnd >= 0) {
        lineStart = lineEnd + 1;
        lineEnd = input.indexOf('\n', lineStart);
        const QByteArray line = input.mid(lineStart, lineEnd < 0 ? -1 : lineEnd - lineStart);
        if (line.isEmpty() || lineEnd < 0) {
            delivery.body = lineEnd < 0 ? line : input.mid(lineEnd + 1);
            break;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            delivery.headers.append({ line.first(colon), line.sliced(colon + 1).trimmed() });
    }
    DeliveryAnalysis analysis = analyzer().analyze(delivery, 1'800'000'000);
    analyzer().validate(analysis);
    (void)analyzer().responseFor(analysis, delivery);
    for (const EventAnalysis &event : analysis.events) {
        if (event.index < 0)
            __builtin_trap();
    }
    return 0;
}
