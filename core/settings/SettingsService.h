#pragma once

#include "billing/BusinessSettings.h"
#include "common/Change.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Client.h"
#include "settings/MentorProfile.h"
#include "settings/PracticeRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>

#include <functional>
#include <memory>

namespace md {

class BusinessSettingsRepository;
class Database;
class MentorProfileRepository;
class PracticeRulesRepository;
class SettingsCatalog;

// The settings that travel with the workspace: who the mentor is (the profile
// printed on agreements and invoices), the rules of the practice and the
// billing settings. The only way the UI and the CLI read or change them; each
// save is one unit of work and is announced (RecordKind::MentorProfile,
// PracticeSettings, BusinessSettings). Preferences of one computer (window,
// idle lock, language) are md::Settings instead.
class SettingsService final {
    Q_DECLARE_TR_FUNCTIONS(md::SettingsService)
public:
    SettingsService(Database& database, const Clock& clock);
    ~SettingsService();
    SettingsService(const SettingsService&) = delete;
    SettingsService& operator=(const SettingsService&) = delete;

    // --- The mentor ----------------------------------------------------
    // An empty profile when none was saved yet.
    Result<MentorProfile> mentorProfile() const;
    // InvalidInput when an image is too large (MentorProfileRepository::kMaxImageBytes).
    Status saveMentorProfile(const MentorProfile& profile);
    // The language of the mentor's documents: profile.language, else the
    // interface language (QLocale()) when it is one MentorDesk writes in,
    // else English.
    Result<QString> mentorLanguage() const;
    // The language `client`'s documents are written in: theirs, else the
    // mentor's.
    Result<QString> documentLanguageOf(const Client& client) const;

    // --- Rules of the practice ---------------------------------------------
    Result<PracticeRules> practiceRules() const;
    // InvalidInput naming the field when a value is out of range.
    Status savePracticeRules(const PracticeRules& rules);

    // --- Billing -------------------------------------------------------
    Result<BusinessSettings> businessSettings() const;
    // Every key validated as `settings set` validates it (an invalid IBAN is
    // refused); all stored or none.
    Status saveBusinessSettings(const BusinessSettings& settings);
    // (key, text) pairs validated in order, each against the settings as the
    // earlier pairs leave them; all stored or none (the refused key goes to
    // `refusedKey`, when given).
    Status setBusinessValues(const QList<QPair<QString, QString>>& values,
                             QString* refusedKey = nullptr);

    // --- Every key as text (mentordesk-cli settings show/set) -------------
    static QList<SettingKeyInfo> keys();
    static bool isKey(const QString& key);
    Result<QList<QPair<QString, QString>>> values() const;
    Result<QString> value(const QString& key) const;
    // Validates and stores one value; returns it as now shown. profile.logo
    // takes the path of a PNG or JPEG file ("" removes it).
    Result<QString> setValue(const QString& key, const QString& value);

private:
    Status inUnit(RecordKind kind, const std::function<Status()>& work);
    // Billing settings decide which cancelled sessions use a package credit.
    Status inBillingUnit(const std::function<Status()>& work);

    Database& m_database;
    const Clock& m_clock;
    std::unique_ptr<MentorProfileRepository> m_profile;
    std::unique_ptr<BusinessSettingsRepository> m_business;
    std::unique_ptr<PracticeRulesRepository> m_practice;
    std::unique_ptr<SettingsCatalog> m_catalog;
};

} // namespace md
