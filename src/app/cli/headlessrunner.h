#pragma once

#include "captureoptionsparser.h"

namespace hookscope {

// `hookscope --headless`: capture without a window until SIGTERM or SIGINT.
int runHeadless(const CaptureCommandLine &commandLine, bool printDeliveries);

} // namespace hookscope
