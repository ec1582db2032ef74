#pragma once

// Internal to the EngagementService*.cpp files: one write use case as a unit
// of work that yields a value.

#include "common/Result.h"
#include "storage/Database.h"

#include <optional>
#include <utility>

namespace md::engagementunit {

// Runs `work` (which returns Result<T>) inside Database::transaction. On an
// error everything it wrote is rolled back and the changes it noted are
// dropped; on success the value is returned after the commit.
template <typename T, typename Work> Result<T> run(Database& database, Work&& work) {
    std::optional<T> value;
    const Status status = database.transaction([&]() -> Status {
        Result<T> done = work();
        if (!done)
            return done.error();
        value.emplace(std::move(done.value()));
        return {};
    });
    if (!status)
        return status.error();
    return std::move(*value);
}

} // namespace md::engagementunit
