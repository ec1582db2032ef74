#pragma once

#include "common/Result.h"
#include "scheduling/Availability.h"

#include <QCoreApplication>

namespace md {

class Database;

// Rows of the mentor's working hours, days off, buffer and time zone, and the
// other scheduling settings kept in the workspace (the path of the
// auto-exported calendar file). A workspace that never saved its
// availability reads as Availability::standardWeek(). Only SQL:
// SchedulingService validates and runs the unit of work.
class AvailabilityRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::AvailabilityRepository)
public:
    explicit AvailabilityRepository(Database& database);

    Result<Availability> load() const;
    // Replaces every row; call inside a unit of work.
    Status save(const Availability& availability);

    // Where the .ics kept up to date for other calendar programs lives
    // (empty = no automatic export).
    Result<QString> autoExportPath() const;
    Status setAutoExportPath(const QString& path);

private:
    Result<QString> setting(const QString& key) const;
    Status setSetting(const QString& key, const QString& value);

    Database& m_database;
};

} // namespace md
