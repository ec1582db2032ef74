#pragma once

#include "common/Result.h"
#include "settings/MentorProfile.h"

#include <QCoreApplication>

namespace md {

class Database;

// Reads and writes the mentor profile. Fields are stored one row per key so
// that later features (billing) can add their own "billing.*" keys beside
// them without a migration. Internal to core: SettingsService is the door,
// runs the save in its unit of work and announces it.
class MentorProfileRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::MentorProfileRepository)
public:
    explicit MentorProfileRepository(Database& database);

    // An empty profile when none was saved yet.
    Result<MentorProfile> load() const;
    // Saves every field (one savepoint: all of them or none).
    Status save(const MentorProfile& profile);

    // The largest logo or signature image accepted, in bytes.
    static constexpr qsizetype kMaxImageBytes = 2 * 1024 * 1024;

private:
    Database& m_database;
};

} // namespace md
