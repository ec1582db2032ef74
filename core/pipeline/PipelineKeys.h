#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace md {

// Every enumeration of the engagement pipeline has a fixed storage key (written
// to the database, the CLI's JSON and the migration's CHECK constraints) and a
// translated label for people. Keys never change once released; labels may.

// The five working stages of an engagement, in order.
enum class Stage { ProfileAgreement, Needs, Goals, ActionPlan, Evaluation };

// How an engagement stands overall. An active engagement is in one of the
// stages; the other values are where it ends up after (or instead of) stage 5.
enum class EngagementStatus { Active, Maintenance, Completed, ClosedEarly };

// One state of the pipeline's state machine: a working stage while the
// engagement is active, or an end state. The transition table, the timeline
// and the board all speak in these.
enum class PipelineState {
    ProfileAgreement,
    Needs,
    Goals,
    ActionPlan,
    Evaluation,
    Maintenance,
    Completed,
    ClosedEarly
};

enum class Cadence { Weekly, Biweekly, Monthly };
enum class EngagementFormat { InPerson, Video, Phone, Mixed };
enum class NeedCategory { SkillGap, CareerMove, Promotion, NewRole, Leadership, Other };
enum class NeedPriority { High, Medium, Low };
enum class ActionStatus { Todo, Doing, Done, Dropped };
enum class EvaluationOutcome { Achieved, Partly, NotAchieved };
enum class SmartLetter { Specific, Measurable, Attainable, Relevant, TimeBound };

QString keyOf(Stage value);
QString keyOf(EngagementStatus value);
QString keyOf(PipelineState value);
QString keyOf(Cadence value);
QString keyOf(EngagementFormat value);
QString keyOf(NeedCategory value);
QString keyOf(NeedPriority value);
QString keyOf(ActionStatus value);
QString keyOf(EvaluationOutcome value);
QString keyOf(SmartLetter value);

QString labelOf(Stage value);
QString labelOf(EngagementStatus value);
QString labelOf(PipelineState value);
QString labelOf(Cadence value);
QString labelOf(EngagementFormat value);
QString labelOf(NeedCategory value);
QString labelOf(NeedPriority value);
QString labelOf(ActionStatus value);
QString labelOf(EvaluationOutcome value);
QString labelOf(SmartLetter value);

// The value whose key is `key`, or nothing for an unknown key.
template <typename E> std::optional<E> fromKey(const QString& key);
// Every value, in display order.
template <typename E> QList<E> allOf();
// The keys of allOf<E>(), e.g. for a CLI's "one of weekly|biweekly|monthly".
template <typename E> QStringList keysOf();

// 1 for ProfileAgreement … 5 for Evaluation.
int stageNumber(Stage stage);
std::optional<Stage> nextStage(Stage stage);

// Bridges between the stage/status pair stored on an engagement and the
// single state the state machine works with.
PipelineState pipelineStateOf(Stage stage, EngagementStatus status);
PipelineState pipelineStateOf(Stage stage);
// The working stage of a state; nothing for an end state.
std::optional<Stage> stageOf(PipelineState state);
EngagementStatus statusOf(PipelineState state);
// Completed and closed early are final; maintenance still shows on the board.
bool isFinal(PipelineState state);

// The letter itself ("S", "M", …), for compact displays.
QString letterOf(SmartLetter letter);

} // namespace md
