#include "storage/BusinessSettingsRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

BusinessSettingsRepository::BusinessSettingsRepository(Database& database)
    : m_database(database) {}

Result<QHash<QString, QString>> BusinessSettingsRepository::storedValues() const {
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT key, value FROM workspace_settings WHERE substr(key, 1, 8) = 'billing.'")))
        return Database::queryError(q, tr("Could not read the business settings"));
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    if (q.lastError().isValid())
        return Database::queryError(q, tr("Could not read the business settings"));
    return values;
}

Result<BusinessSettings> BusinessSettingsRepository::load() const {
    auto values = storedValues();
    if (!values)
        return values.error();
    return BusinessSettingsKeys::fromValues(*values);
}

Status BusinessSettingsRepository::put(const QString& key, const QString& value) {
    // No UPSERT in SQLite 3.15: INSERT OR REPLACE on the primary key.
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO workspace_settings (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Database::queryError(q, tr("Could not save the setting %1").arg(key));
    return {};
}

Result<QString> BusinessSettingsRepository::setValue(const QString& key, const QString& value) {
    auto current = load();
    if (!current)
        return current.error();
    auto normalised = BusinessSettingsKeys::normalise(key, value, *current);
    if (!normalised)
        return normalised.error();
    if (Status ok = put(key, *normalised); !ok)
        return ok.error();
    return *normalised;
}

Status BusinessSettingsRepository::setValues(const QList<QPair<QString, QString>>& values,
                                             QString* refusedKey) {
    auto stored = storedValues();
    if (!stored)
        return stored.error();
    QHash<QString, QString> progressive = *stored;
    QList<QPair<QString, QString>> normalisedValues;
    for (const auto& [key, value] : values) {
        auto normalised = BusinessSettingsKeys::normalise(
            key, value, BusinessSettingsKeys::fromValues(progressive));
        if (!normalised) {
            if (refusedKey)
                *refusedKey = key;
            return normalised.error();
        }
        progressive.insert(key, *normalised);
        normalisedValues.append({key, *normalised});
    }
    for (const auto& [key, value] : std::as_const(normalisedValues)) {
        if (Status ok = put(key, value); !ok)
            return ok;
    }
    return {};
}

Status BusinessSettingsRepository::save(const BusinessSettings& settings) {
    // Through the text form so that the same validation applies as for
    // `settings set` (an invalid IBAN is refused here too).
    QHash<QString, QString> stored;
    BusinessSettings progressive = settings;
    for (const SettingKeyInfo& info : BusinessSettingsKeys::keys()) {
        auto normalised = BusinessSettingsKeys::normalise(
            info.key, BusinessSettingsKeys::valueOf(settings, info.key), progressive);
        if (!normalised)
            return normalised.error();
        stored.insert(info.key, *normalised);
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (Status ok = put(it.key(), it.value()); !ok)
            return ok;
    }
    return {};
}

} // namespace md
