#include "scheduling/AgreedActions.h"

#include "pipeline/Action.h"
#include "pipeline/EngagementService.h"

#include <QCoreApplication>
#include <QSet>

namespace md {

namespace {

// "Ask  Jonas" and "ask jonas" are the same action.
QString key(const QString& description) {
    return description.simplified().toCaseFolded();
}

} // namespace

QStringList AgreedActions::parse(const QString& agreedActions) {
    QStringList out;
    for (QString line : agreedActions.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* ")) ||
            line.startsWith(QStringLiteral("• ")))
            line = line.mid(2).trimmed();
        const bool bareBullet =
            line == QLatin1String("-") || line == QLatin1String("*") || line == QStringLiteral("•");
        if (!line.isEmpty() && !bareBullet)
            out << line;
    }
    return out;
}

Result<AgreedActions::Outcome> AgreedActions::addToGoal(EngagementService& engagements,
                                                        qint64 goalId,
                                                        const QString& agreedActions) {
    const Result<QList<Action>> existing = engagements.actionsForGoal(goalId);
    if (!existing)
        return existing.error();
    QSet<QString> known;
    for (const Action& action : *existing)
        known.insert(key(action.description));
    Outcome outcome;
    for (const QString& line : parse(agreedActions)) {
        if (known.contains(key(line))) {
            outcome.skipped << line;
            continue;
        }
        Action action;
        action.goalId = goalId;
        action.description = line;
        if (const Result<Action> added = engagements.addAction(action); !added) {
            outcome.failed << QCoreApplication::translate("md::AgreedActions", "%1: %2")
                                  .arg(line, added.message());
            continue;
        }
        known.insert(key(line));
        ++outcome.added;
    }
    return outcome;
}

} // namespace md
