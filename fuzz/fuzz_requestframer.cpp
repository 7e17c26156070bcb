// Feeds arbitrary bytes to the request framer as a client's byte stream, in the segment sizes
// the first input byte chooses, and checks the framer's invariants.
#include "capture/requestframer.h"

#include <cstdint>
#include <cstdlib>

using namespace hookscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    CaptureLimits limits;
    limits.maxBodyBytes = 4096;
    limits.maxHeadBytes = 2048;
    limits.maxRequestLineBytes = 512;
    limits.maxHeaderCount = 16;
    const qsizetype segment = 1 + data[0] % 64;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);

    RequestFramer framer(limits);
    bool failed = false;
    for (qsizetype offset = 0; offset < stream.size() && !failed; offset += segment) {
        QByteArrayView bytes = stream.sliced(offset, qMin(segment, stream.size() - offset));
        for (int guard = 0; guard < 100000; ++guard) {
            const RequestFramer::Step step = framer.advance(bytes);
            if (step.consumed < 0 || step.consumed > bytes.size())
                abort();
            bytes = bytes.sliced(step.consumed);
            if (step.event == RequestFramer::Event::HeadComplete) {
                const RequestHead &head = framer.head();
                if (head.method.isEmpty() || head.target.isEmpty()
                    || head.headers.size() > limits.maxHeaderCount)
                    abort();
                if (!head.chunked && head.contentLength > limits.maxBodyBytes)
                    abort();
            }
            if (step.event == RequestFramer::Event::RequestComplete
                && framer.bodyBytesReceived() > limits.maxBodyBytes)
                abort();
            if (step.event == RequestFramer::Event::Error) {
                if (httpStatusFor(framer.error()) < 400)
                    abort();
                failed = true;
                break;
            }
            if (step.event == RequestFramer::Event::None && (bytes.isEmpty() || step.consumed == 0))
                break;
        }
    }
    return 0;
}
