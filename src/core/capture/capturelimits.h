#pragma once

#include <QtGlobal>

#include <chrono>

namespace hookscope {

// Everything a client can make the capture server spend is bounded by one of these.
struct CaptureLimits
{
    qint64 maxBodyBytes = 25 * 1024 * 1024;
    // Request line plus header lines, including line endings.
    qint64 maxHeadBytes = 64 * 1024;
    qint64 maxRequestLineBytes = 16 * 1024;
    int maxHeaderCount = 256;
    // From the first byte of a request until its head is complete.
    std::chrono::milliseconds headTimeout { 10'000 };
    // From the first byte of a request until its body is complete (cuts off slow bodies).
    std::chrono::milliseconds requestTimeout { 60'000 };
    // A kept-alive connection with no request in progress is closed after this long.
    std::chrono::milliseconds idleTimeout { 30'000 };
    int maxConnections = 2048;
    // After a rejection we keep reading (and discarding) this much so the client sees our answer.
    qint64 lingerBytes = 4 * 1024 * 1024;
    std::chrono::milliseconds lingerTimeout { 2'000 };
};

} // namespace hookscope
