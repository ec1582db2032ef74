#pragma once

#include "billing/BusinessSettings.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace md {

class Database;

// Stores the "billing.*" keys of workspace_settings (next to the mentor
// profile's "profile.*" keys, which MentorProfileRepository owns). Values are
// validated text (BusinessSettingsKeys); missing keys mean "default".
// Internal to SettingsService (which runs each save as a unit of work) and to
// the billing code that reads the settings.
class BusinessSettingsRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::BusinessSettingsRepository)
public:
    explicit BusinessSettingsRepository(Database& database);

    Result<BusinessSettings> load() const;
    // The stored values only (no defaults), keyed by setting name.
    Result<QHash<QString, QString>> storedValues() const;
    // Validates and stores one key; returns the stored form.
    Result<QString> setValue(const QString& key, const QString& value);
    // Stores every key of `settings`, inside the caller's unit of work.
    Status save(const BusinessSettings& settings);
    // Validates (key, text) pairs in order, each against the settings as the
    // earlier pairs leave them (a new currency first, then a price read in
    // it), and stores them all, or none when one is refused (its key then
    // goes to `refusedKey`, when given). Inside the caller's unit of work.
    Status setValues(const QList<QPair<QString, QString>>& values, QString* refusedKey = nullptr);

private:
    Status put(const QString& key, const QString& value);

    Database& m_database;
};

} // namespace md
