#include "EngagementJson.h"

#include "pipeline/PipelineWarnings.h"

#include <QJsonArray>

namespace md::cli {

namespace {

QJsonValue utc(const QDateTime& time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue date(const QDate& value) {
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue number(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject actionJson(const Action& action, const Clock& clock) {
    return QJsonObject{{QStringLiteral("id"), action.id},
                       {QStringLiteral("goalId"), action.goalId},
                       {QStringLiteral("description"), action.description},
                       {QStringLiteral("dueDate"), date(action.dueDate)},
                       {QStringLiteral("status"), keyOf(action.status)},
                       {QStringLiteral("people"), QJsonArray::fromStringList(action.people)},
                       {QStringLiteral("overdue"), PipelineWarnings::isOverdue(action, clock)}};
}

QJsonObject smartJson(const SmartReport& report) {
    QJsonArray failed;
    for (SmartLetter letter : report.failedLetters())
        failed.append(keyOf(letter));
    QJsonArray issues;
    for (const SmartIssue& issue : report.issues)
        issues.append(QJsonObject{{QStringLiteral("letter"), keyOf(issue.letter)},
                                  {QStringLiteral("key"), issue.key},
                                  {QStringLiteral("message"), issue.message}});
    return QJsonObject{{QStringLiteral("passed"), report.passed()},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("issues"), issues}};
}

QJsonObject goalJson(const GoalDetails& details, const Clock& clock) {
    const SmartGoal& goal = details.goal;
    QJsonArray needIds;
    for (qint64 id : goal.needIds)
        needIds.append(id);
    QJsonArray progress;
    for (const ProgressEntry& entry : details.progress)
        progress.append(QJsonObject{{QStringLiteral("date"), date(entry.date)},
                                    {QStringLiteral("value"), entry.value},
                                    {QStringLiteral("comment"), entry.comment}});
    QJsonArray actions;
    for (const Action& action : details.actions)
        actions.append(actionJson(action, clock));
    QJsonObject json{{QStringLiteral("id"), goal.id},
                     {QStringLiteral("specific"), goal.specific},
                     {QStringLiteral("metric"), goal.metric},
                     {QStringLiteral("unit"), goal.unit},
                     {QStringLiteral("baseline"), number(goal.baseline)},
                     {QStringLiteral("target"), number(goal.target)},
                     {QStringLiteral("attainable"), goal.attainable},
                     {QStringLiteral("needIds"), needIds},
                     {QStringLiteral("dueDate"), date(goal.dueDate)},
                     {QStringLiteral("active"), goal.active},
                     {QStringLiteral("smart"), smartJson(details.smart)},
                     {QStringLiteral("progressPercent"), number(details.percent)},
                     {QStringLiteral("progress"), progress},
                     {QStringLiteral("actions"), actions}};
    if (details.evaluation) {
        const Evaluation& e = *details.evaluation;
        json.insert(QStringLiteral("evaluation"),
                    QJsonObject{{QStringLiteral("outcome"), keyOf(e.outcome)},
                                {QStringLiteral("finalValue"), number(e.finalValue)},
                                {QStringLiteral("mentorAssessment"), e.mentorAssessment},
                                {QStringLiteral("menteeRating"),
                                 e.menteeRating ? QJsonValue(*e.menteeRating) : QJsonValue()},
                                {QStringLiteral("menteeComments"), e.menteeComments},
                                {QStringLiteral("adjustments"), e.adjustments}});
    }
    return json;
}

} // namespace

QJsonObject EngagementJson::summary(const Engagement& e, const QString& clientName,
                                    const Clock& clock, int staleAfterDays) {
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("clientId"), e.clientId},
        {QStringLiteral("clientName"), clientName},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("startDate"), date(e.startDate)},
        {QStringLiteral("stage"), keyOf(e.stage)},
        {QStringLiteral("status"), keyOf(e.status)},
        {QStringLiteral("state"), keyOf(e.state())},
        {QStringLiteral("daysInStage"), PipelineWarnings::daysInStage(e, clock)},
        {QStringLiteral("stale"), PipelineWarnings::isStale(e, staleAfterDays, clock)},
        {QStringLiteral("plannedSessions"), e.plannedSessions},
        {QStringLiteral("cadence"), keyOf(e.cadence)},
        {QStringLiteral("format"), keyOf(e.format)},
        {QStringLiteral("previousEngagementId"),
         e.previousEngagementId > 0 ? QJsonValue(e.previousEngagementId) : QJsonValue()},
    };
}

QJsonObject EngagementJson::gate(const GateResult& gate) {
    QJsonArray missing;
    for (const MissingItem& item : gate.missing)
        missing.append(QJsonObject{{QStringLiteral("key"), item.key},
                                   {QStringLiteral("message"), item.message},
                                   {QStringLiteral("tab"), keyOf(item.target.tab)},
                                   {QStringLiteral("field"), item.target.field},
                                   {QStringLiteral("itemId"), item.target.itemId}});
    return QJsonObject{{QStringLiteral("stage"), keyOf(gate.stage)},
                       {QStringLiteral("passed"), gate.passed()},
                       {QStringLiteral("missing"), missing}};
}

QJsonObject EngagementJson::details(const EngagementDetails& details, const QString& clientName,
                                    const std::optional<GateResult>& gateResult, const Clock& clock,
                                    int staleAfterDays) {
    const Engagement& e = details.engagement;
    QJsonObject json = summary(e, clientName, clock, staleAfterDays);
    json.insert(QStringLiteral("profileNotes"), e.profileNotes);
    json.insert(QStringLiteral("feeNote"), e.feeNote);
    // Minor units of the workspace currency (cents), 0 for none.
    json.insert(QStringLiteral("sessionFeeMinor"), e.sessionFeeMinor);
    json.insert(QStringLiteral("outcome"), e.outcome);
    json.insert(QStringLiteral("createdUtc"), utc(e.createdUtc));
    json.insert(QStringLiteral("lastActivityUtc"), utc(e.lastActivityUtc));

    QJsonArray timeline;
    for (const StageChange& change : details.timeline)
        timeline.append(QJsonObject{
            {QStringLiteral("from"), change.from ? QJsonValue(keyOf(*change.from)) : QJsonValue()},
            {QStringLiteral("to"), keyOf(change.to)},
            {QStringLiteral("changedUtc"), utc(change.changedUtc)},
            {QStringLiteral("reason"), change.reason},
            {QStringLiteral("override"), change.overridden}});
    json.insert(QStringLiteral("timeline"), timeline);

    QJsonArray needs;
    for (const Need& need : details.needs)
        needs.append(QJsonObject{
            {QStringLiteral("id"), need.id},
            {QStringLiteral("description"), need.description},
            {QStringLiteral("category"), keyOf(need.category)},
            {QStringLiteral("priority"), keyOf(need.priority)},
            {QStringLiteral("strengths"), QJsonArray::fromStringList(need.strengthRefs)},
            {QStringLiteral("weaknesses"), QJsonArray::fromStringList(need.weaknessRefs)}});
    json.insert(QStringLiteral("needs"), needs);

    QJsonArray goals;
    for (const GoalDetails& goal : details.goals)
        goals.append(goalJson(goal, clock));
    json.insert(QStringLiteral("goals"), goals);
    json.insert(QStringLiteral("gate"), gateResult ? QJsonValue(gate(*gateResult)) : QJsonValue());
    return json;
}

} // namespace md::cli
