#pragma once

#include "common/Result.h"
#include "settings/MentorProfile.h"

#include <QObject>

namespace md {

class Database;

// Reads and writes the mentor profile. Fields are stored one row per key so
// that later features (billing) can add their own "billing.*" keys beside
// them without a migration.
class MentorProfileRepository final : public QObject {
    Q_OBJECT
public:
    explicit MentorProfileRepository(Database& database, QObject* parent = nullptr);

    // An empty profile when none was saved yet.
    Result<MentorProfile> load() const;
    // Saves every field in one transaction; emits profileChanged().
    Status save(const MentorProfile& profile);

    // The largest logo or signature image accepted, in bytes.
    static constexpr qsizetype kMaxImageBytes = 2 * 1024 * 1024;

Q_SIGNALS:
    void profileChanged(const md::MentorProfile& profile);

private:
    Database& m_database;
};

} // namespace md
