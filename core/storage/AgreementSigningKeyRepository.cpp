#include "storage/AgreementSigningKeyRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

namespace {

const QString kSecretKey = QStringLiteral("agreements.signing_key.secret");
const QString kPublicKey = QStringLiteral("agreements.signing_key.public");
const QString kCreated = QStringLiteral("agreements.signing_key.created_utc");

Result<std::optional<QByteArray>> readSetting(Database& database, const QString& key) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Database::queryError(
            query, AgreementSigningKeyRepository::tr("Could not read the signing key"));
    if (query.next())
        return std::optional<QByteArray>(query.value(0).toByteArray());
    if (query.lastError().isValid())
        return Database::queryError(
            query, AgreementSigningKeyRepository::tr("Could not read the signing key"));
    return std::optional<QByteArray>();
}

} // namespace

AgreementSigningKeyRepository::AgreementSigningKeyRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<std::optional<SigningKey>> AgreementSigningKeyRepository::load() const {
    Result<std::optional<QByteArray>> stored = readSetting(m_database, kSecretKey);
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<SigningKey>();
    SecureBytes secret = SecureBytes::takeFrom(**stored);
    Result<SigningKey> key = SigningKey::fromSecretKey(secret);
    if (!key)
        return makeError(ErrorCode::Corrupted, key.message());
    Result<std::optional<QByteArray>> publicKey = readSetting(m_database, kPublicKey);
    if (!publicKey)
        return publicKey.error();
    if (!*publicKey || **publicKey != key->publicKey())
        return makeError(ErrorCode::Corrupted,
                         tr("The workspace's signing key does not match its public key."));
    return std::optional<SigningKey>(std::move(*key));
}

Result<SigningKey> AgreementSigningKeyRepository::create() {
    Result<std::optional<QByteArray>> existing = readSetting(m_database, kSecretKey);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(ErrorCode::Refused,
                         tr("The workspace already has a signing key; it is never replaced."));
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
    Result<std::optional<QByteArray>> stored = readSetting(m_database, kPublicKey);
    if (!stored)
        return stored.error();
    return stored->value_or(QByteArray());
}

Result<QList<EarlierSigningKey>> AgreementSigningKeyRepository::earlierKeys() const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT workspace_id, public_key FROM agreement_earlier_keys "
                                   "ORDER BY added_utc, rowid")))
        return Database::queryError(query, tr("Could not read the earlier signing keys"));
    QList<EarlierSigningKey> keys;
    while (query.next())
        keys.append({query.value(0).toString(), query.value(1).toByteArray()});
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the earlier signing keys"));
    return keys;
}

Status AgreementSigningKeyRepository::addEarlierKey(const EarlierSigningKey& key) {
    if (key.workspaceId.isEmpty() || key.publicKey.size() != 32)
        return makeError(ErrorCode::InvalidInput,
                         tr("An earlier signing key must name its workspace "
                            "and hold a 32-byte public key."));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO agreement_earlier_keys "
                                 "(workspace_id, public_key, added_utc) VALUES (?, ?, ?)"));
    query.addBindValue(key.workspaceId);
    query.addBindValue(key.publicKey);
    query.addBindValue(m_clock.nowUtc().toUTC().toString(Qt::ISODate));
    if (!query.exec())
        return Database::queryError(query, tr("Could not store an earlier signing key"));
    return {};
}

} // namespace md
