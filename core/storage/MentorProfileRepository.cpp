#include "storage/MentorProfileRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QImage>
#include <QSqlQuery>
#include <QVariant>

namespace md {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("md::MentorProfileRepository", text);
}

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
};

const char* const kLogoKey = "profile.logo";
const char* const kSignatureKey = "profile.signature";

Status checkImage(const QByteArray& bytes, const QString& what) {
    if (bytes.isEmpty())
        return {};
    if (bytes.size() > MentorProfileRepository::kMaxImageBytes)
        return makeError(ErrorCode::InvalidInput,
                         tr("The %1 image is too large (at most 2 MB).").arg(what));
    if (QImage::fromData(bytes).isNull())
        return makeError(ErrorCode::InvalidInput,
                         tr("The %1 image could not be read. Use a PNG or JPEG file.").arg(what));
    return {};
}

} // namespace

MentorProfileRepository::MentorProfileRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database) {}

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
    return profile;
}

Status MentorProfileRepository::save(const MentorProfile& input) {
    if (Status logo = checkImage(input.logoImage, tr("logo")); !logo)
        return logo;
    if (Status signature = checkImage(input.signatureImage, tr("signature")); !signature)
        return signature;
    MentorProfile profile = input;
    for (const TextField& field : kTextFields)
        profile.*field.member = (profile.*field.member).trimmed();

    Status saved = m_database.transaction([&]() -> Status {
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
    if (saved)
        Q_EMIT profileChanged(profile);
    return saved;
}

} // namespace md
