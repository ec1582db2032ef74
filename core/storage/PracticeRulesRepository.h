#pragma once

#include "common/Result.h"
#include "settings/PracticeRules.h"

#include <QCoreApplication>

namespace md {

class Database;

// Stores PracticeRules as the "practice.*" keys of workspace_settings;
// missing or unreadable keys mean the default.
class PracticeRulesRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::PracticeRulesRepository)
public:
    static constexpr QLatin1String kStaleDaysKey{"practice.stale_days"};
    static constexpr QLatin1String kReminderMinutesKey{"practice.reminder_minutes"};
    // Read by the SQL twin of clientListName (storage/ClientSql.h) as well.
    static constexpr QLatin1String kClientNamesKey{"practice.client_names"};

    explicit PracticeRulesRepository(Database& database);

    Result<PracticeRules> load() const;
    // Stores every key; the caller runs the unit of work and validates.
    Status save(const PracticeRules& rules);

private:
    Database& m_database;
};

} // namespace md
