#include "descriptorlimit.h"

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace hookscope {

QString ensureDescriptorsFor(int connections)
{
#if defined(Q_OS_UNIX)
    constexpr rlim_t kDescriptorsBesideConnections = 256; // store, journal, logs, Qt's own
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return {};
    const rlim_t wanted = rlim_t(connections) + kDescriptorsBesideConnections;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted)
        return u"only %1 files may be open at once (ulimit -n), so fewer than %2 connections "
               "can be served"_s.arg(qulonglong(limit.rlim_cur))
                .arg(connections);
#else
    Q_UNUSED(connections);
#endif
    return {};
}

} // namespace hookscope
