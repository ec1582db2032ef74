#pragma once

#include "common/Result.h"
#include "scheduling/Availability.h"

#include <QObject>

namespace md {

class Database;

// The mentor's working hours, days off, buffer and time zone, plus the other
// scheduling preferences kept in the workspace (reminder lead time, the path
// of the auto-exported calendar file). A workspace that never saved its
// availability gets Availability::standardWeek().
class AvailabilityRepository final : public QObject {
    Q_OBJECT
public:
    explicit AvailabilityRepository(Database& database, QObject* parent = nullptr);

    Result<Availability> load() const;
    // Replaces everything in one transaction. InvalidInput for hours that end
    // before they start or a negative buffer.
    Status save(const Availability& availability);

    // Where the .ics kept up to date for other calendar programs lives
    // (empty = no automatic export).
    Result<QString> autoExportPath() const;
    Status setAutoExportPath(const QString& path);

Q_SIGNALS:
    void availabilityChanged(const md::Availability& availability);
    void autoExportPathChanged(const QString& path);

private:
    Result<QString> setting(const QString& key) const;
    Status setSetting(const QString& key, const QString& value);

    Database& m_database;
};

} // namespace md
