// Parse throughput of JsonTree against rapidjson::Document on the same bytes in the same run.
// Usage: bench_jsontree [megabytes=10] [max-runs=15]
// Generates a webhook-like batch document in memory; prints the best run of each parser.

#include "decode/jsontree.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <rapidjson/document.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using hookscope::JsonParseMode;
using hookscope::JsonTree;

namespace {

constexpr qint64 MaxNanosecondsPerParser = 4'000'000'000;

class Generator
{
public:
    quint32 next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }
    int below(int n) { return int(next() % quint32(n)); }

    QByteArray id(const char *prefix)
    {
        static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        QByteArray out(prefix);
        for (int i = 0; i < 20; ++i)
            out += alphabet[below(32)];
        return out;
    }

private:
    quint32 m_state = 12345;
};

QByteArray quoted(const QByteArray &text)
{
    return '"' + text + '"';
}

QByteArray event(Generator &g, int index)
{
    static const char *const names[]
        = { "James", "Ana", "Chris", "M\\u00fcller", "Zo\\u00eb", "O'Brien", "Li \\\"Lee\\\"" };
    static const char *const cities[] = { "Hull", "Austin", "New York", "M\\u00fcnchen", "Paris" };
    const QByteArray name = names[g.below(7)];
    QByteArray out;
    out += "    {\n";
    out += "      \"event_id\": " + quoted(g.id("EV")) + ",\n";
    out += "      \"event_type\": \"customer_account.update\",\n";
    out += "      \"created_at\": \"2024-04-15T10:28:" + QByteArray::number(10 + g.below(50))
        + "Z\",\n";
    out += "      \"sequence\": " + QByteArray::number(index) + ",\n";
    out += "      \"amount\": " + QByteArray::number(g.below(100000)) + "."
        + QByteArray::number(10 + g.below(90)) + ",\n";
    out += "      \"live\": " + QByteArray(g.below(2) ? "true" : "false") + ",\n";
    out += "      \"customer\": {\n";
    out += "        \"id\": " + quoted(g.id("CA")) + ",\n";
    out += "        \"first_name\": " + quoted(name) + ",\n";
    out += "        \"last_name\": \"Hetfield\",\n";
    out += "        \"email\": \"user" + QByteArray::number(g.below(1000000)) + "@example.com\",\n";
    out += "        \"company_name\": null,\n";
    out += "        \"addresses\": [\n";
    for (int a = 0; a < 2; ++a) {
        out += "          {\"line_1\": \"" + QByteArray::number(g.below(300))
            + " Prospect Street\", \"line_2\": null, \"city\": " + quoted(cities[g.below(5)])
            + ", \"postal_code\": \"HU2 8PX\", \"country_code\": \"GB\", \"residential\": "
            + (g.below(2) ? "true" : "false") + "}" + (a == 0 ? ",\n" : "\n");
    }
    out += "        ],\n";
    out += "        \"tags\": [\"vip\", \"newsletter\", \"tier-" + QByteArray::number(g.below(5))
        + "\"],\n";
    out += "        \"metadata\": \"{\\\"source\\\":\\\"portal\\\",\\\"n\\\":"
        + QByteArray::number(g.below(99)) + "}\"\n";
    out += "      },\n";
    out += "      \"client\": {\"id\": " + quoted(g.id("CL")) + "}\n";
    out += "    }";
    return out;
}

QByteArray webhookDocument(qint64 targetBytes)
{
    Generator g;
    QByteArray out;
    out.reserve(targetBytes + 4096);
    out += "{\n  \"id\": " + quoted(g.id("WH")) + ",\n  \"sent_at\": \"2024-04-15T10:28:51Z\",\n";
    out += "  \"events\": [\n";
    for (int i = 0; out.size() < targetBytes; ++i) {
        if (i > 0)
            out += ",\n";
        out += event(g, i);
    }
    out += "\n  ]\n}\n";
    return out;
}

struct Result
{
    qint64 bestNanoseconds = 0;
    int runs = 0;
};

Result measure(int maxRuns, const std::function<bool()> &parse)
{
    Result result;
    qint64 total = 0;
    while (result.runs < maxRuns && total < MaxNanosecondsPerParser) {
        QElapsedTimer timer;
        timer.start();
        if (!parse()) {
            std::fprintf(stderr, "parse failed\n");
            std::exit(1);
        }
        const qint64 elapsed = timer.nsecsElapsed();
        total += elapsed;
        if (result.runs == 0 || elapsed < result.bestNanoseconds)
            result.bestNanoseconds = elapsed;
        ++result.runs;
    }
    return result;
}

double megabytesPerSecond(qint64 bytes, const Result &r)
{
    return double(bytes) / 1e6 / (double(r.bestNanoseconds) / 1e9);
}

constexpr unsigned TreeFlags = rapidjson::kParseIterativeFlag
    | rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseValidateEncodingFlag;

} // namespace

int main(int argc, char **argv)
{
    const qint64 megabytes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    const int maxRuns = argc > 2 ? std::max(1, std::atoi(argv[2])) : 15;
    const QByteArray json = webhookDocument(megabytes * 1000 * 1000);
    const qint64 size = json.size();

    const JsonTree probe = JsonTree::parse(json, JsonParseMode::Strict);
    if (!probe.isValid()) {
        std::fprintf(stderr, "generated document is invalid: %s\n",
                     qPrintable(probe.error().message));
        return 1;
    }
    std::printf("document: %.2f MB, %d nodes, %.1f bytes/node\n", double(size) / 1e6,
                probe.nodeCount(), double(size) / probe.nodeCount());

    const Result reference = measure(maxRuns, [&] {
        rapidjson::Document document;
        document.Parse(json.constData(), size_t(size));
        return !document.HasParseError();
    });
    const Result sameFlags = measure(maxRuns, [&] {
        rapidjson::Document document;
        document.Parse<TreeFlags>(json.constData(), size_t(size));
        return !document.HasParseError();
    });
    const Result sax = measure(maxRuns, [&] {
        rapidjson::Reader reader;
        rapidjson::StringStream stream(json.constData());
        rapidjson::BaseReaderHandler<> handler;
        return !reader.Parse<TreeFlags>(stream, handler).IsError();
    });
    const Result strict
        = measure(maxRuns, [&] { return JsonTree::parse(json, JsonParseMode::Strict).isValid(); });
    const Result lenient
        = measure(maxRuns, [&] { return JsonTree::parse(json, JsonParseMode::Lenient).isValid(); });

    const double referenceSpeed = megabytesPerSecond(size, reference);
    auto print = [&](const char *name, const Result &r) {
        const double speed = megabytesPerSecond(size, r);
        std::printf("%-50s %8.1f ms %8.1f MB/s  %5.2fx  (%d runs)\n", name,
                    double(r.bestNanoseconds) / 1e6, speed, speed / referenceSpeed, r.runs);
    };
    std::printf("best run of each; ratio = speed / rapidjson::Document (default flags)\n");
    print("rapidjson::Document, default flags (reference)", reference);
    print("rapidjson::Document, iterative+numbers-as-strings+utf8", sameFlags);
    print("rapidjson::Reader, no-op handler, same flags", sax);
    print("JsonTree strict", strict);
    print("JsonTree lenient", lenient);
    return 0;
}
