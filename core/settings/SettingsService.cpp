#include "settings/SettingsService.h"

#include "billing/PackageCredits.h"
#include "i18n/DocumentLanguage.h"
#include "settings/SettingsCatalog.h"
#include "storage/BusinessSettingsRepository.h"
#include "storage/Database.h"
#include "storage/MentorProfileRepository.h"
#include "storage/PracticeRulesRepository.h"

namespace md {

SettingsService::SettingsService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_profile(std::make_unique<MentorProfileRepository>(database))
    , m_business(std::make_unique<BusinessSettingsRepository>(database))
    , m_practice(std::make_unique<PracticeRulesRepository>(database))
    , m_catalog(std::make_unique<SettingsCatalog>(*m_profile, *m_business, *m_practice)) {}

SettingsService::~SettingsService() = default;

Status SettingsService::inUnit(RecordKind kind, const std::function<Status()>& work) {
    return m_database.transaction([&]() -> Status {
        if (Status done = work(); !done)
            return done;
        m_database.noteChange(kind, ChangeOp::Updated, 0);
        return {};
    });
}

Status SettingsService::inBillingUnit(const std::function<Status()>& work) {
    return inUnit(RecordKind::BusinessSettings, [&]() -> Status {
        if (Status done = work(); !done)
            return done;
        return PackageCredits(m_database, m_clock).reassignAll();
    });
}

Result<MentorProfile> SettingsService::mentorProfile() const {
    return m_profile->load();
}

Status SettingsService::saveMentorProfile(const MentorProfile& profile) {
    return inUnit(RecordKind::MentorProfile, [&] { return m_profile->save(profile); });
}

Result<QString> SettingsService::mentorLanguage() const {
    Result<MentorProfile> profile = m_profile->load();
    if (!profile)
        return profile.error();
    return DocumentLanguage::forClient(QString(), profile->language);
}

Result<QString> SettingsService::documentLanguageOf(const Client& client) const {
    Result<MentorProfile> profile = m_profile->load();
    if (!profile)
        return profile.error();
    return DocumentLanguage::forClient(client.documentLanguage, profile->language);
}

Result<PracticeRules> SettingsService::practiceRules() const {
    return m_practice->load();
}

Status SettingsService::savePracticeRules(const PracticeRules& rules) {
    if (rules.staleEngagementDays < PracticeRules::kMinStaleDays ||
        rules.staleEngagementDays > PracticeRules::kMaxStaleDays)
        return makeError(ErrorCode::InvalidInput,
                         tr("An engagement can be called stale after %1 to %2 days.")
                             .arg(PracticeRules::kMinStaleDays)
                             .arg(PracticeRules::kMaxStaleDays));
    if (rules.reminderMinutes < 0 || rules.reminderMinutes > PracticeRules::kMaxReminderMinutes)
        return makeError(ErrorCode::InvalidInput,
                         tr("A reminder can come at most %1 minutes before a session.")
                             .arg(PracticeRules::kMaxReminderMinutes));
    return inUnit(RecordKind::PracticeSettings, [&]() -> Status {
        const Result<PracticeRules> before = m_practice->load();
        if (Status saved = m_practice->save(rules); !saved)
            return saved;
        // Every list shows client names: all of them read again, as after a
        // change made elsewhere.
        if (!before || before->clientNames != rules.clientNames)
            m_database.noteWideChange();
        return {};
    });
}

Result<BusinessSettings> SettingsService::businessSettings() const {
    return m_business->load();
}

Status SettingsService::saveBusinessSettings(const BusinessSettings& settings) {
    return inBillingUnit([&] { return m_business->save(settings); });
}

Status SettingsService::setBusinessValues(const QList<QPair<QString, QString>>& values,
                                          QString* refusedKey) {
    return inBillingUnit([&] { return m_business->setValues(values, refusedKey); });
}

QList<SettingKeyInfo> SettingsService::keys() {
    return SettingsCatalog::keys();
}

bool SettingsService::isKey(const QString& key) {
    return SettingsCatalog::isKey(key);
}

Result<QList<QPair<QString, QString>>> SettingsService::values() const {
    return m_catalog->values();
}

Result<QString> SettingsService::value(const QString& key) const {
    return m_catalog->value(key);
}

Result<QString> SettingsService::setValue(const QString& key, const QString& value) {
    const RecordKind kind = key.startsWith(QLatin1String("profile.")) ? RecordKind::MentorProfile
                            : key.startsWith(QLatin1String("practice."))
                                ? RecordKind::PracticeSettings
                                : RecordKind::BusinessSettings;
    QString shown;
    const auto store = [&]() -> Status {
        Result<QString> result = m_catalog->setValue(key, value);
        if (!result)
            return result.error();
        shown = result.value();
        return {};
    };
    const Status stored =
        kind == RecordKind::BusinessSettings ? inBillingUnit(store) : inUnit(kind, store);
    if (!stored)
        return stored.error();
    return shown;
}

} // namespace md
