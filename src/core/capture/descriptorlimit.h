#pragma once

#include <QString>

namespace hookscope {

// Makes room for `connections` open sockets plus the store's files: raises this process's soft
// limit on open file descriptors towards the hard limit (many systems start with 1024).
// Returns a warning when even the hard limit is too low, else an empty string.
QString ensureDescriptorsFor(int connections);

} // namespace hookscope
