#pragma once

#include "billing/BusinessSettings.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace md {

class BusinessSettingsRepository;
class MentorProfileRepository;
class PracticeRulesRepository;

// The workspace settings as documented keys and text values, for
// `mentordesk-cli settings show/set` and anything else that edits settings
// generically: "profile.*" (the mentor profile), "practice.*" (PracticeRules)
// and "billing.*" (BusinessSettings). Internal to SettingsService, which runs
// the unit of work and announces the change.
class SettingsCatalog final {
    Q_DECLARE_TR_FUNCTIONS(md::SettingsCatalog)
public:
    SettingsCatalog(MentorProfileRepository& profile, BusinessSettingsRepository& business,
                    PracticeRulesRepository& practice);

    // Every key with its description, default and example, profile first.
    static QList<SettingKeyInfo> keys();
    static bool isKey(const QString& key);

    // Every key with its current value (defaults filled in). The logo shows
    // as a short description ("PNG image, 12 KB"), never as bytes.
    Result<QList<QPair<QString, QString>>> values() const;
    Result<QString> value(const QString& key) const;
    // Validates and stores one value; returns the value as now shown.
    // profile.logo takes the path of a PNG or JPEG file ("" removes it).
    Result<QString> setValue(const QString& key, const QString& value);

private:
    MentorProfileRepository& m_profile;
    BusinessSettingsRepository& m_business;
    PracticeRulesRepository& m_practice;
};

} // namespace md
