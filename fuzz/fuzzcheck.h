#pragma once

#include <cstdio>
#include <cstdlib>

// A fuzz target's invariant: when it does not hold, say which and abort, so libFuzzer keeps the
// input as a crash.
#define CHECK(condition) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort(); \
        } \
    } while (false)
