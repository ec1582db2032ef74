#include "settings/SettingsCatalog.h"

#include "i18n/DocumentLanguage.h"

#include "storage/BusinessSettingsRepository.h"
#include "storage/MentorProfileRepository.h"
#include "storage/PracticeRulesRepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QRegularExpression>

namespace md {

namespace {

struct ProfileField {
    const char* key;
    QString MentorProfile::*member; // null for the logo
};

const ProfileField kProfileFields[] = {
    {"profile.name", &MentorProfile::name},
    {"profile.business_name", &MentorProfile::businessName},
    {"profile.address", &MentorProfile::address},
    {"profile.tax_id", &MentorProfile::taxId},
    {"profile.email", &MentorProfile::email},
    {"profile.phone", &MentorProfile::phone},
    {"profile.language", &MentorProfile::language},
    {"profile.country", &MentorProfile::country},
    {"profile.logo", nullptr},
};

QString logoDescription(const QByteArray& bytes) {
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer).toUpper();
    return QCoreApplication::translate("md::SettingsCatalog", "%1 image, %2 KB")
        .arg(QString::fromLatin1(format.isEmpty() ? QByteArray("unknown") : format))
        .arg((bytes.size() + 1023) / 1024);
}

} // namespace

SettingsCatalog::SettingsCatalog(MentorProfileRepository& profile,
                                 BusinessSettingsRepository& business,
                                 PracticeRulesRepository& practice)
    : m_profile(profile)
    , m_business(business)
    , m_practice(practice) {}

QList<SettingKeyInfo> SettingsCatalog::keys() {
    QList<SettingKeyInfo> all{
        {QStringLiteral("profile.name"), tr("Your name as printed on invoices and agreements."),
         QString(), QStringLiteral("Jane Doe")},
        {QStringLiteral("profile.business_name"), tr("Business or trading name (optional)."),
         QString(), QStringLiteral("Doe Career Mentoring")},
        {QStringLiteral("profile.address"),
         tr("Postal address; write \\n between lines on the command line."), QString(),
         QStringLiteral("1 Example Street\\n10115 Berlin")},
        {QStringLiteral("profile.tax_id"), tr("Your VAT or tax number."), QString(),
         QStringLiteral("DE123456789")},
        {QStringLiteral("profile.email"), tr("Contact e-mail."), QString(),
         QStringLiteral("jane@example.com")},
        {QStringLiteral("profile.phone"), tr("Contact phone."), QString(),
         QStringLiteral("+49 30 1234567")},
        {QStringLiteral("profile.language"),
         tr("Language of your documents and the default for each client's (%1); empty "
            "follows the interface language.")
             .arg(DocumentLanguage::codes().join(QStringLiteral(", "))),
         QString(), QStringLiteral("de")},
        {QStringLiteral("profile.country"),
         tr("Country of your business (ISO code such as DE, FR, IT): it decides the legal "
            "wording of a small-business exemption. Empty takes the IBAN's country."),
         QString(), QStringLiteral("DE")},
        {QStringLiteral("profile.logo"),
         tr("Logo printed on invoices: path of a PNG or JPEG file (empty removes it)."), QString(),
         QStringLiteral("/home/jane/logo.png")},
    };
    const PracticeRules defaults;
    all += {
        {PracticeRulesRepository::kStaleDaysKey,
         tr("An open engagement without activity for this many days is shown as stale "
            "(%1 to %2).")
             .arg(PracticeRules::kMinStaleDays)
             .arg(PracticeRules::kMaxStaleDays),
         QString::number(defaults.staleEngagementDays), QStringLiteral("30")},
        {PracticeRulesRepository::kReminderMinutesKey,
         tr("Minutes before a session that MentorDesk reminds you; 0 turns reminders off."),
         QString::number(defaults.reminderMinutes), QStringLiteral("30")},
    };
    all += BusinessSettingsKeys::keys();
    return all;
}

bool SettingsCatalog::isKey(const QString& key) {
    for (const SettingKeyInfo& info : keys()) {
        if (info.key == key)
            return true;
    }
    return false;
}

Result<QList<QPair<QString, QString>>> SettingsCatalog::values() const {
    auto profile = m_profile.load();
    if (!profile)
        return profile.error();
    auto business = m_business.load();
    if (!business)
        return business.error();
    QList<QPair<QString, QString>> values;
    for (const ProfileField& field : kProfileFields) {
        const QString key = QString::fromLatin1(field.key);
        values.append(
            {key, field.member ? (*profile).*field.member : logoDescription(profile->logoImage)});
    }
    auto practice = m_practice.load();
    if (!practice)
        return practice.error();
    values.append(
        {PracticeRulesRepository::kStaleDaysKey, QString::number(practice->staleEngagementDays)});
    values.append(
        {PracticeRulesRepository::kReminderMinutesKey, QString::number(practice->reminderMinutes)});
    for (const SettingKeyInfo& info : BusinessSettingsKeys::keys())
        values.append({info.key, BusinessSettingsKeys::valueOf(*business, info.key)});
    return values;
}

Result<QString> SettingsCatalog::value(const QString& key) const {
    auto all = values();
    if (!all)
        return all.error();
    for (const auto& [name, value] : *all) {
        if (name == key)
            return value;
    }
    return makeError(ErrorCode::NotFound, tr("There is no setting called \"%1\".").arg(key));
}

Result<QString> SettingsCatalog::setValue(const QString& key, const QString& value) {
    if (key == PracticeRulesRepository::kStaleDaysKey ||
        key == PracticeRulesRepository::kReminderMinutesKey) {
        auto rules = m_practice.load();
        if (!rules)
            return rules.error();
        bool ok = false;
        const int number = value.trimmed().toInt(&ok);
        const bool stale = key == PracticeRulesRepository::kStaleDaysKey;
        const int low = stale ? PracticeRules::kMinStaleDays : 0;
        const int high = stale ? PracticeRules::kMaxStaleDays : PracticeRules::kMaxReminderMinutes;
        if (!ok || number < low || number > high)
            return makeError(
                ErrorCode::InvalidInput,
                tr("%1 must be a whole number from %2 to %3.").arg(key).arg(low).arg(high));
        (stale ? rules->staleEngagementDays : rules->reminderMinutes) = number;
        if (Status saved = m_practice.save(*rules); !saved)
            return saved.error();
        return QString::number(number);
    }
    if (key.startsWith(QLatin1String("billing."))) {
        auto stored = m_business.setValue(key, value);
        if (!stored)
            return stored.error();
        return this->value(key);
    }
    for (const ProfileField& field : kProfileFields) {
        if (key != QLatin1String(field.key))
            continue;
        auto profile = m_profile.load();
        if (!profile)
            return profile.error();
        MentorProfile changed = *profile;
        if (field.member) {
            QString text = value;
            // The command line cannot carry line breaks easily: "\n" stands
            // for one in the address.
            text.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            if (key == QLatin1String("profile.language") && !text.trimmed().isEmpty()) {
                text = DocumentLanguage::normalised(text);
                if (text.isEmpty())
                    return makeError(ErrorCode::InvalidInput,
                                     tr("MentorDesk writes no documents in \"%1\" (use one of "
                                        "%2).")
                                         .arg(value.trimmed(), DocumentLanguage::codes().join(
                                                                   QStringLiteral(", "))));
            }
            if (key == QLatin1String("profile.country") && !text.trimmed().isEmpty()) {
                text = text.trimmed().toUpper();
                static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
                if (!code.match(text).hasMatch())
                    return makeError(ErrorCode::InvalidInput,
                                     tr("\"%1\" is not a country code (two letters, such as "
                                        "DE).")
                                         .arg(value.trimmed()));
            }
            changed.*field.member = text;
        } else if (value.isEmpty()) {
            changed.logoImage.clear();
        } else {
            QFile file(value);
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::Io,
                                 tr("Could not read %1: %2").arg(value, file.errorString()));
            changed.logoImage = file.readAll();
        }
        if (Status saved = m_profile.save(changed); !saved)
            return saved.error();
        return this->value(key);
    }
    return makeError(ErrorCode::NotFound, tr("There is no setting called \"%1\".").arg(key));
}

} // namespace md
