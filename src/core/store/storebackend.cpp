#include "storebackend.h"

#include "postgresbackend.h"
#include "sqlitebackend.h"

namespace hookscope {

std::unique_ptr<StoreBackend> StoreBackend::forOptions(const StoreOptions &options)
{
    if (options.isShared())
        return std::make_unique<PostgresBackend>();
    return std::make_unique<SqliteBackend>();
}

} // namespace hookscope
