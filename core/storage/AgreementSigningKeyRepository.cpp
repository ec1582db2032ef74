#include "storage/AgreementSigningKeyRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace md {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("md::AgreementSigningKeyRepository", text);
}

const QString kSecretKey = QStringLiteral("agreements.signing_key.secret");
const QString kPublicKey = QStringLiteral("agreements.signing_key.public");
const QString kCreated = QStringLiteral("agreements.signing_key.created_utc");

Result<QByteArray> readSetting(Database& database, const QString& key, bool* found) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the signing key"));
    *found = query.next();
    return *found ? query.value(0).toByteArray() : QByteArray();
}

} // namespace

AgreementSigningKeyRepository::AgreementSigningKeyRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<SigningKey> AgreementSigningKeyRepository::loadOrCreate() {
    bool found = false;
    Result<QByteArray> stored = readSetting(m_database, kSecretKey, &found);
    if (!stored)
        return stored.error();
    if (found) {
        SecureBytes secret = SecureBytes::takeFrom(*stored);
        Result<SigningKey> key = SigningKey::fromSecretKey(secret);
        if (!key)
            return makeError(ErrorCode::Corrupted, key.message());
        bool publicFound = false;
        Result<QByteArray> publicKey = readSetting(m_database, kPublicKey, &publicFound);
        if (!publicKey)
            return publicKey.error();
        if (*publicKey != key->publicKey())
            return makeError(ErrorCode::Corrupted,
                             tr("The workspace's signing key does not match its public key."));
        return key;
    }

    SigningKey key = SigningKey::generate();
    // The secret leaves guarded memory only as a bound value for this insert.
    QByteArray secret(reinterpret_cast<const char*>(key.secretKey().data()),
                      qsizetype(key.secretKey().size()));
    Status saved = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?)"));
        const QList<std::pair<QString, QVariant>> rows = {
            {kSecretKey, secret},
            {kPublicKey, key.publicKey()},
            {kCreated, m_clock.nowUtc().toUTC().toString(Qt::ISODate)}};
        for (const auto& [name, value] : rows) {
            query.addBindValue(name);
            query.addBindValue(value);
            if (!query.exec())
                return Database::queryError(query, tr("Could not store the signing key"));
        }
        return {};
    });
    wipe(secret);
    if (!saved)
        return saved.error();
    return key;
}

Result<QByteArray> AgreementSigningKeyRepository::publicKey() const {
    bool found = false;
    return readSetting(m_database, kPublicKey, &found);
}

} // namespace md
