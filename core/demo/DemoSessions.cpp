// The demo generator's engagements over time: when their sessions fall, the
// sessions themselves (an introduction, a series, a few extra ones), what
// became of the past ones, and the work of each stage reached, each written
// on its day of the invented history.
#include "demo/DemoWriter.h"

#include "pipeline/EngagementService.h"
#include "scheduling/SchedulingService.h"
#include "workspace/Workspace.h"

#include <algorithm>

namespace md {

namespace {

// The share of an open engagement's sessions that already took place.
double pastShare(PipelineState state) {
    switch (state) {
    case PipelineState::ProfileAgreement:
        return 0.0; // only the introduction
    case PipelineState::Needs:
        return 0.4;
    case PipelineState::Goals:
        return 0.55;
    case PipelineState::ActionPlan:
        return 0.65;
    case PipelineState::Evaluation:
        return 0.85;
    case PipelineState::Maintenance:
        return 0.8;
    default:
        return 1.0;
    }
}

int cadenceDays(Cadence cadence) {
    switch (cadence) {
    case Cadence::Weekly:
        return 7;
    case Cadence::Biweekly:
        return 14;
    case Cadence::Monthly:
        return 31; // a little over a month: a monthly rule never overshoots
    }
    return 14;
}

QDate weekday(QDate date) {
    if (date.dayOfWeek() == 6)
        return date.addDays(-1);
    if (date.dayOfWeek() == 7)
        return date.addDays(1);
    return date;
}

Status moved(const MoveResult& result) {
    if (result.ok())
        return {};
    return result.status.error();
}

} // namespace

DemoSchedule DemoWriter::schedule(const DemoEngagementPlan& plan, const QDateTime& endBefore) {
    DemoSchedule s;
    const int n = plan.sessions;
    const QDate today = m_realNow.toTimeZone(m_zone).date();
    const QDate windowStart = today.addDays(-3 * 365 + 2);
    const QTime time(m_texts.between(8, 17), m_texts.chance(70) ? 0 : 30);
    s.minutes = m_texts.chance(80) ? 60 : (m_texts.chance(50) ? 90 : 45);
    int step = cadenceDays(plan.cadence);

    QDate first;
    if (!isFinal(plan.state)) {
        int past = plan.state == PipelineState::ProfileAgreement
                       ? std::min(n, m_texts.chance(60) ? 1 : 0)
                       : int(std::lround(n * pastShare(plan.state)));
        // The future holds at most the next three months.
        const int maxFuture = std::max(1, 88 / step);
        if (n - past > maxFuture)
            past = n - maxFuture;
        const QDate firstFuture = today.addDays(m_texts.between(1, std::min(step, 10)));
        first = firstFuture.addDays(-qint64(past) * step);
        if (first < windowStart && past > 0) {
            step = std::max(2, int(windowStart.daysTo(firstFuture) / past));
            first = firstFuture.addDays(-qint64(past) * step);
        }
        if (n == 0)
            first = today.addDays(-m_texts.between(2, 20));
    } else {
        QDate latest =
            endBefore.isValid() ? endBefore.date() : today.addDays(-m_texts.between(3, 30));
        // A follow-up that began near the start of the three years leaves
        // little room before it: the older engagement is squeezed (every
        // other day at worst), never pushed out of the three years.
        latest = std::max(latest, windowStart.addDays(qint64(std::max(0, n - 1)) * 2));
        qint64 span = qint64(std::max(0, n - 1)) * step;
        qint64 room = windowStart.daysTo(latest) - span;
        if (room < 0) {
            step = n > 1 ? std::max(2, int(windowStart.daysTo(latest) / (n - 1))) : step;
            span = qint64(std::max(0, n - 1)) * step;
            room = std::max<qint64>(0, windowStart.daysTo(latest) - span);
        }
        // Ended engagements spread over the years, more of them recent.
        const int r = m_texts.between(0, 1000);
        const qint64 back = qint64(room * (r * r / 1000000.0));
        first = latest.addDays(-span - back);
    }
    s.regular = step == cadenceDays(plan.cadence);
    first = weekday(first);
    for (int i = 0; i < n; ++i)
        s.planned << QDateTime(s.regular ? first.addDays(qint64(i) * step)
                                         : weekday(first.addDays(qint64(i) * step)),
                               time, m_zone);
    s.start = first;
    return s;
}

Status DemoWriter::writeSessions(qint64 engagementId, const DemoTexts::Person& person,
                                 const DemoEngagementPlan& plan, const DemoSchedule& schedule,
                                 QList<QDateTime>* times) {
    SchedulingService& scheduling = m_workspace.scheduling();
    const int n = int(schedule.planned.size());
    if (n == 0)
        return {};
    const SessionFormat format = m_texts.chance(60)   ? SessionFormat::Video
                                 : m_texts.chance(70) ? SessionFormat::InPerson
                                                      : SessionFormat::Phone;
    const QString location = format == SessionFormat::Phone
                                 ? person.phone
                                 : m_texts.location(format == SessionFormat::InPerson);
    QList<Session> rows;
    auto single = [&](const QDateTime& start, int minutes, const QString& agenda) -> Status {
        Session session;
        session.engagementId = engagementId;
        session.uid = newSessionUid();
        session.start = start;
        session.durationMinutes = minutes;
        session.format = format;
        session.location = location;
        session.agenda = agenda;
        // A past single session is entered as it went, in one write.
        if (session.endUtc() < m_realNow) {
            recordOutcome(session, person.firstName);
            at(session.endUtc().addSecs(m_texts.between(1, 30) * 3600));
        }
        Result<Session> added = scheduling.addSession(session);
        if (!added)
            return added.error();
        rows << *added;
        return {};
    };

    at(schedule.planned.first().toUTC().addDays(-m_texts.between(3, 12)));
    const int extras = n >= 8 && m_texts.chance(40) ? m_texts.between(1, 2) : 0;
    const int members = n - 1 - extras;
    if (!schedule.regular || members < 3) {
        for (const QDateTime& start : schedule.planned)
            if (Status added = single(start, schedule.minutes, m_texts.agenda()); !added)
                return added;
    } else {
        if (Status added = single(schedule.planned.first(), m_texts.chance(50) ? 30 : 45,
                                  QStringLiteral("Introduction and expectations"));
            !added)
            return added;
        SessionSeries series;
        series.engagementId = engagementId;
        series.uid = newSessionUid();
        switch (plan.cadence) {
        case Cadence::Weekly:
            series.rule = RecurrenceRule::weekly(members);
            break;
        case Cadence::Biweekly:
            series.rule = RecurrenceRule::fortnightly(members);
            break;
        case Cadence::Monthly:
            // From the 29th on, "that date" or "the 5th weekday" skips the
            // months without one and runs far past the three months ahead;
            // such a day is always the month's last of its weekday.
            if (schedule.planned.at(1).date().day() >= 29)
                series.rule = RecurrenceRule::monthlyOnWeekday(-1, members);
            else
                series.rule = m_texts.chance(50) ? RecurrenceRule::monthlyOnDate(members)
                                                 : RecurrenceRule::monthlyOnWeekday(0, members);
            break;
        }
        series.firstStart = schedule.planned.at(1);
        series.durationMinutes = schedule.minutes;
        series.format = format;
        series.location = location;
        series.agenda = QStringLiteral("Regular session");
        QList<Session> created;
        Result<SessionSeries> added = scheduling.addSeries(series, &created);
        if (!added)
            return added.error();
        rows << created;
        // Extra sessions between two regular ones: before a big interview,
        // after a difficult week.
        for (int e = 0; e < extras; ++e) {
            const Session& near = created.at(m_texts.between(0, int(created.size()) - 1));
            const QDateTime start(weekday(near.start.date().addDays(2)), QTime(12, 30), m_zone);
            if (Status extra = single(start, 45, QStringLiteral("Extra session")); !extra)
                return extra;
        }
    }
    m_report.sessions += int(rows.size());

    std::sort(rows.begin(), rows.end(),
              [](const Session& a, const Session& b) { return a.startUtc() < b.startUtc(); });
    for (const Session& row : std::as_const(rows)) {
        times->append(row.start);
        if (row.endUtc() < m_realNow && row.status == SessionStatus::Planned) {
            if (Status held = holdSession(row, person.firstName); !held)
                return held;
        }
    }
    return {};
}

void DemoWriter::recordOutcome(Session& session, const QString& firstName) {
    const int roll = m_texts.between(0, 99);
    session.status = roll < 88   ? SessionStatus::Held
                     : roll < 93 ? SessionStatus::CancelledByClient
                     : roll < 96 ? SessionStatus::CancelledByMentor
                                 : SessionStatus::NoShow;
    if (session.status == SessionStatus::Held) {
        session.privateNotes = m_texts.privateNotes(firstName);
        session.shareableNotes = m_texts.shareableNotes(firstName);
        session.topics = m_texts.topics();
        session.goalProgress = m_texts.progressComment();
        session.agreedActions = m_texts.agreedActions();
        session.nextSteps = m_texts.nextSteps();
    } else {
        session.privateNotes = m_texts.cancellationNote();
    }
}

Status DemoWriter::holdSession(Session session, const QString& firstName) {
    recordOutcome(session, firstName);
    at(session.endUtc().addSecs(m_texts.between(1, 30) * 3600));
    Result<Session> saved = m_workspace.scheduling().updateSession(session);
    return saved ? Status() : Status(saved.error());
}

Status DemoWriter::writeWork(qint64 engagementId, const DemoEngagementPlan& plan,
                             const DemoSchedule& schedule, const QList<QDateTime>& times) {
    EngagementService& engagements = m_workspace.engagements();
    QList<QDateTime> past;
    for (const QDateTime& t : times)
        if (t.toUTC() < m_realNow)
            past << t.toUTC();
    // The moment a share of the past sessions lay behind: after that session.
    auto moment = [&](double share) {
        if (past.isEmpty())
            return QDateTime(schedule.start, QTime(18, 0), m_zone)
                .toUTC()
                .addDays(qint64(share * 10));
        const int i = std::clamp(int(share * (past.size() - 1)), 0, int(past.size()) - 1);
        return past.at(i).addSecs(3 * 3600);
    };

    int reached = 0; // 0 = profile & agreement … 4 = evaluation
    switch (plan.state) {
    case PipelineState::ProfileAgreement:
        reached = 0;
        break;
    case PipelineState::Needs:
        reached = 1;
        break;
    case PipelineState::Goals:
        reached = 2;
        break;
    case PipelineState::ActionPlan:
        reached = 3;
        break;
    case PipelineState::Evaluation:
    case PipelineState::Maintenance:
    case PipelineState::Completed:
        reached = 4;
        break;
    case PipelineState::ClosedEarly:
        reached = m_texts.between(0, 3);
        break;
    }
    const bool ends = isFinal(plan.state) || plan.state == PipelineState::Maintenance;
    const double evaluationShare = plan.state == PipelineState::Maintenance ? 0.6 : 0.8;

    QList<qint64> needIds;
    if (reached >= 1) {
        at(moment(0.0));
        if (Status ok = moved(engagements.advance(engagementId)); !ok)
            return ok;
        const int count = m_texts.between(1, 3);
        for (int i = 0; i < count; ++i) {
            Need need;
            need.engagementId = engagementId;
            need.description = m_texts.needText();
            need.category = allOf<NeedCategory>().at(m_texts.between(0, 5));
            need.priority = allOf<NeedPriority>().at(m_texts.between(0, 2));
            Result<Need> added = engagements.addNeed(need);
            if (!added)
                return added.error();
            needIds << added->id;
        }
    }
    QList<SmartGoal> goals;
    if (reached >= 2) {
        at(moment(0.25));
        if (Status ok = moved(engagements.advance(engagementId)); !ok)
            return ok;
        const int count = m_texts.between(1, 2);
        for (int i = 0; i < count; ++i) {
            const DemoTexts::GoalText text = m_texts.goal();
            SmartGoal goal;
            goal.engagementId = engagementId;
            goal.specific = text.specific;
            goal.metric = text.metric;
            goal.unit = text.unit;
            goal.baseline = text.baseline;
            goal.target = text.target;
            goal.attainable = text.attainable;
            goal.needIds = {needIds.at(m_texts.between(0, int(needIds.size()) - 1))};
            goal.dueDate = schedule.start.addDays(m_texts.between(60, 200));
            Result<SmartGoal> added = engagements.addGoal(goal);
            if (!added)
                return added.error();
            goals << *added;
        }
    }
    QList<qint64> actionIds;
    if (reached >= 3) {
        at(moment(0.45));
        if (Status ok = moved(engagements.advance(engagementId)); !ok)
            return ok;
        const QDate today = m_realNow.date();
        for (const SmartGoal& goal : std::as_const(goals)) {
            const int count = m_texts.between(1, 3);
            for (int i = 0; i < count; ++i) {
                Action action;
                action.goalId = goal.id;
                action.description = m_texts.actionText();
                action.people = m_texts.actionPeople();
                action.status = m_texts.chance(60) ? ActionStatus::Todo : ActionStatus::Doing;
                // Open engagements have some actions past their date.
                action.dueDate =
                    ends ? moment(0.7).date() : today.addDays(m_texts.between(-20, 40));
                Result<Action> added = engagements.addAction(action);
                if (!added)
                    return added.error();
                actionIds << added->id;
            }
            const int entries = m_texts.between(1, 3);
            for (int e = 0; e < entries; ++e) {
                ProgressEntry entry;
                entry.goalId = goal.id;
                entry.date = moment(0.45 + 0.15 * (e + 1)).date();
                const double share = (e + 1.0) / (entries + 1.0);
                entry.value = std::round(*goal.baseline + (*goal.target - *goal.baseline) * share);
                entry.comment = m_texts.progressComment();
                at(moment(0.45 + 0.15 * (e + 1)));
                if (Result<ProgressEntry> added = engagements.addProgress(entry); !added)
                    return added.error();
            }
        }
    }
    if (reached >= 4) {
        at(moment(evaluationShare));
        if (Status ok = moved(engagements.advance(engagementId)); !ok)
            return ok;
        for (qint64 id : std::as_const(actionIds)) {
            if (ends || m_texts.chance(50)) {
                const ActionStatus status =
                    m_texts.chance(85) ? ActionStatus::Done : ActionStatus::Dropped;
                if (Status set = engagements.setActionStatus(id, status); !set)
                    return set;
            }
        }
        for (const SmartGoal& goal : std::as_const(goals)) {
            if (!ends && m_texts.chance(50))
                continue;
            Evaluation evaluation;
            evaluation.goalId = goal.id;
            const int roll = m_texts.between(0, 9);
            evaluation.outcome = roll < 6   ? EvaluationOutcome::Achieved
                                 : roll < 9 ? EvaluationOutcome::Partly
                                            : EvaluationOutcome::NotAchieved;
            evaluation.finalValue = evaluation.outcome == EvaluationOutcome::Achieved
                                        ? *goal.target
                                        : (*goal.baseline + *goal.target) / 2;
            evaluation.mentorAssessment = m_texts.assessment();
            evaluation.menteeRating = m_texts.between(3, 5);
            evaluation.menteeComments = m_texts.menteeComment();
            evaluation.adjustments = m_texts.adjustments();
            if (Result<Evaluation> saved = engagements.saveEvaluation(evaluation); !saved)
                return saved.error();
        }
    }
    switch (plan.state) {
    case PipelineState::Maintenance:
        at(moment(evaluationShare).addDays(7));
        return moved(engagements.end(engagementId, EngagementStatus::Maintenance,
                                     QStringLiteral("Monthly check-ins for the next months.")));
    case PipelineState::Completed:
        at(moment(1.0).addDays(2));
        return moved(engagements.end(engagementId, EngagementStatus::Completed, m_texts.outcome()));
    case PipelineState::ClosedEarly:
        at(moment(1.0).addDays(5));
        return moved(
            engagements.end(engagementId, EngagementStatus::ClosedEarly, m_texts.closingReason()));
    default:
        return {};
    }
}

} // namespace md
