#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <functional>
#include <optional>

namespace md::billing {

// Runs `work` as one unit of work (Database::transaction) and hands back what
// it made; on an error everything it wrote is rolled back. Internal to the
// billing service's source files.
template <typename T> Result<T> inUnit(Database& database, const std::function<Result<T>()>& work) {
    std::optional<T> made;
    const Status status = database.transaction([&]() -> Status {
        Result<T> result = work();
        if (!result)
            return result.error();
        made.emplace(std::move(result).value());
        return {};
    });
    if (!status)
        return status.error();
    return std::move(*made);
}

} // namespace md::billing
