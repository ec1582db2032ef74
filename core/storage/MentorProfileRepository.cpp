#include "storage/MentorProfileRepository.h"

#include "storage/Database.h"

#include <QImage>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace md {

namespace {

struct TextField {
    const char* key;
    QString MentorProfile::*member;
};

const TextField kTextFields[] = {
    {"profile.name", &MentorProfile::name},
    {"profile.business_name", &MentorProfile::businessName},
    {"profile.address", &MentorProfile::address},
    {"profile.tax_id", &MentorProfile::taxId},
    {"profile.email", &MentorProfile::email},
    {"profile.phone", &MentorProfile::phone},
    {"profile.language", &MentorProfile::language},
    {"profile.country", &MentorProfile::country},
};

const char* const kLogoKey = "profile.logo";
const char* const kSignatureKey = "profile.signature";

// `tooLarge` and `unreadable` are whole sentences: "logo" and "signature"
// spliced into one would not translate.
Status checkImage(const QByteArray& bytes, const QString& tooLarge, const QString& unreadable) {
    if (bytes.isEmpty())
        return {};
    if (bytes.size() > MentorProfileRepository::kMaxImageBytes)
        return makeError(ErrorCode::InvalidInput, tooLarge);
    if (QImage::fromData(bytes).isNull())
        return makeError(ErrorCode::InvalidInput, unreadable);
    return {};
}

} // namespace

MentorProfileRepository::MentorProfileRepository(Database& database)
    : m_database(database) {}

Result<MentorProfile> MentorProfileRepository::load() const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT key, value FROM workspace_settings WHERE key LIKE 'profile.%'")))
        return Database::queryError(query, tr("Could not read the mentor profile"));
    MentorProfile profile;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == QLatin1String(kLogoKey)) {
            profile.logoImage = query.value(1).toByteArray();
            continue;
        }
        if (key == QLatin1String(kSignatureKey)) {
            profile.signatureImage = query.value(1).toByteArray();
            continue;
        }
        for (const TextField& field : kTextFields) {
            if (key == QLatin1String(field.key))
                profile.*field.member = query.value(1).toString();
        }
    }
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the mentor profile"));
    return profile;
}

Status MentorProfileRepository::save(const MentorProfile& input) {
    if (Status logo = checkImage(input.logoImage, tr("The logo image is too large (at most 2 MB)."),
                                 tr("The logo image could not be read. Use a PNG or JPEG file."));
        !logo)
        return logo;
    if (Status signature =
            checkImage(input.signatureImage, tr("The signature image is too large (at most 2 MB)."),
                       tr("The signature image could not be read. Use a PNG or JPEG file."));
        !signature)
        return signature;
    MentorProfile profile = input;
    for (const TextField& field : kTextFields)
        profile.*field.member = (profile.*field.member).trimmed();

    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO workspace_settings (key, value) VALUES (?, ?)"));
        auto put = [&](const char* key, const QVariant& value) -> Status {
            query.addBindValue(QString::fromLatin1(key));
            query.addBindValue(value);
            if (!query.exec())
                return Database::queryError(query, tr("Could not save the mentor profile"));
            return {};
        };
        for (const TextField& field : kTextFields) {
            if (Status status = put(field.key, profile.*field.member); !status)
                return status;
        }
        if (Status status = put(kLogoKey, profile.logoImage); !status)
            return status;
        return put(kSignatureKey, profile.signatureImage);
    });
}

} // namespace md
