#include "storage/PracticeRulesRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

PracticeRulesRepository::PracticeRulesRepository(Database& database)
    : m_database(database) {}

Result<PracticeRules> PracticeRulesRepository::load() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT key, value FROM workspace_settings WHERE substr(key, 1, 9) = 'practice.'")))
        return Database::queryError(query, tr("Could not read the practice settings"));
    PracticeRules rules;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == kClientNamesKey) {
            rules.clientNames = clientNameStyleFromKey(query.value(1).toString())
                                    .value_or(PracticeRules{}.clientNames);
            continue;
        }
        bool ok = false;
        const int number = query.value(1).toString().toInt(&ok);
        if (!ok)
            continue;
        if (key == kStaleDaysKey && number >= PracticeRules::kMinStaleDays &&
            number <= PracticeRules::kMaxStaleDays)
            rules.staleEngagementDays = number;
        else if (key == kReminderMinutesKey && number >= 0 &&
                 number <= PracticeRules::kMaxReminderMinutes)
            rules.reminderMinutes = number;
    }
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the practice settings"));
    return rules;
}

Status PracticeRulesRepository::save(const PracticeRules& rules) {
    const QList<QPair<QString, QString>> values{
        {kStaleDaysKey, QString::number(rules.staleEngagementDays)},
        {kReminderMinutesKey, QString::number(rules.reminderMinutes)},
        {kClientNamesKey, clientNameStyleKey(rules.clientNames)}};
    for (const auto& [key, value] : values) {
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO workspace_settings (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec())
            return Database::queryError(query, tr("Could not save the setting %1").arg(key));
    }
    return {};
}

} // namespace md
