#include "pipeline/PipelineKeys.h"

#include <QCoreApplication>

#include <array>

namespace md {

namespace {

template <typename E> struct Entry {
    E value;
    const char* key;
    const char* label; // marked with QT_TRANSLATE_NOOP, translated on use
};

// One table per enumeration: the single place where keys and labels live.
constexpr std::array kStages{
    Entry<Stage>{Stage::ProfileAgreement, "profile_agreement",
                 QT_TRANSLATE_NOOP("md::Pipeline", "Profile & agreement")},
    Entry<Stage>{Stage::Needs, "needs", QT_TRANSLATE_NOOP("md::Pipeline", "Needs")},
    Entry<Stage>{Stage::Goals, "goals", QT_TRANSLATE_NOOP("md::Pipeline", "Goals")},
    Entry<Stage>{Stage::ActionPlan, "action_plan",
                 QT_TRANSLATE_NOOP("md::Pipeline", "Action plan")},
    Entry<Stage>{Stage::Evaluation, "evaluation", QT_TRANSLATE_NOOP("md::Pipeline", "Evaluation")},
};

constexpr std::array kStatuses{
    Entry<EngagementStatus>{EngagementStatus::Active, "active",
                            QT_TRANSLATE_NOOP("md::Pipeline", "Active")},
    Entry<EngagementStatus>{EngagementStatus::Maintenance, "maintenance",
                            QT_TRANSLATE_NOOP("md::Pipeline", "Maintenance")},
    Entry<EngagementStatus>{EngagementStatus::Completed, "completed",
                            QT_TRANSLATE_NOOP("md::Pipeline", "Completed")},
    Entry<EngagementStatus>{EngagementStatus::ClosedEarly, "closed_early",
                            QT_TRANSLATE_NOOP("md::Pipeline", "Closed early")},
};

// The working states reuse the stage keys and the end states the status keys,
// so a timeline row reads the same as the engagement row it describes.
constexpr std::array kStates{
    Entry<PipelineState>{PipelineState::ProfileAgreement, "profile_agreement",
                         QT_TRANSLATE_NOOP("md::Pipeline", "Profile & agreement")},
    Entry<PipelineState>{PipelineState::Needs, "needs", QT_TRANSLATE_NOOP("md::Pipeline", "Needs")},
    Entry<PipelineState>{PipelineState::Goals, "goals", QT_TRANSLATE_NOOP("md::Pipeline", "Goals")},
    Entry<PipelineState>{PipelineState::ActionPlan, "action_plan",
                         QT_TRANSLATE_NOOP("md::Pipeline", "Action plan")},
    Entry<PipelineState>{PipelineState::Evaluation, "evaluation",
                         QT_TRANSLATE_NOOP("md::Pipeline", "Evaluation")},
    Entry<PipelineState>{PipelineState::Maintenance, "maintenance",
                         QT_TRANSLATE_NOOP("md::Pipeline", "Maintenance")},
    Entry<PipelineState>{PipelineState::Completed, "completed",
                         QT_TRANSLATE_NOOP("md::Pipeline", "Completed")},
    Entry<PipelineState>{PipelineState::ClosedEarly, "closed_early",
                         QT_TRANSLATE_NOOP("md::Pipeline", "Closed early")},
};

constexpr std::array kCadences{
    Entry<Cadence>{Cadence::Weekly, "weekly", QT_TRANSLATE_NOOP("md::Pipeline", "Weekly")},
    Entry<Cadence>{Cadence::Biweekly, "biweekly",
                   QT_TRANSLATE_NOOP("md::Pipeline", "Every two weeks")},
    Entry<Cadence>{Cadence::Monthly, "monthly", QT_TRANSLATE_NOOP("md::Pipeline", "Monthly")},
};

constexpr std::array kFormats{
    Entry<EngagementFormat>{EngagementFormat::InPerson, "in_person",
                            QT_TRANSLATE_NOOP("md::Pipeline", "In person")},
    Entry<EngagementFormat>{EngagementFormat::Video, "video",
                            QT_TRANSLATE_NOOP("md::Pipeline", "Video call")},
    Entry<EngagementFormat>{EngagementFormat::Phone, "phone",
                            QT_TRANSLATE_NOOP("md::Pipeline", "Phone")},
    Entry<EngagementFormat>{EngagementFormat::Mixed, "mixed",
                            QT_TRANSLATE_NOOP("md::Pipeline", "Mixed")},
};

constexpr std::array kCategories{
    Entry<NeedCategory>{NeedCategory::SkillGap, "skill_gap",
                        QT_TRANSLATE_NOOP("md::Pipeline", "Skill gap")},
    Entry<NeedCategory>{NeedCategory::CareerMove, "career_move",
                        QT_TRANSLATE_NOOP("md::Pipeline", "Career move")},
    Entry<NeedCategory>{NeedCategory::Promotion, "promotion",
                        QT_TRANSLATE_NOOP("md::Pipeline", "Promotion")},
    Entry<NeedCategory>{NeedCategory::NewRole, "new_role",
                        QT_TRANSLATE_NOOP("md::Pipeline", "New role")},
    Entry<NeedCategory>{NeedCategory::Leadership, "leadership",
                        QT_TRANSLATE_NOOP("md::Pipeline", "Leadership")},
    Entry<NeedCategory>{NeedCategory::Other, "other", QT_TRANSLATE_NOOP("md::Pipeline", "Other")},
};

constexpr std::array kPriorities{
    Entry<NeedPriority>{NeedPriority::High, "high", QT_TRANSLATE_NOOP("md::Pipeline", "High")},
    Entry<NeedPriority>{NeedPriority::Medium, "medium",
                        QT_TRANSLATE_NOOP("md::Pipeline", "Medium")},
    Entry<NeedPriority>{NeedPriority::Low, "low", QT_TRANSLATE_NOOP("md::Pipeline", "Low")},
};

constexpr std::array kActionStatuses{
    Entry<ActionStatus>{ActionStatus::Todo, "todo", QT_TRANSLATE_NOOP("md::Pipeline", "To do")},
    Entry<ActionStatus>{ActionStatus::Doing, "doing", QT_TRANSLATE_NOOP("md::Pipeline", "Doing")},
    Entry<ActionStatus>{ActionStatus::Done, "done", QT_TRANSLATE_NOOP("md::Pipeline", "Done")},
    Entry<ActionStatus>{ActionStatus::Dropped, "dropped",
                        QT_TRANSLATE_NOOP("md::Pipeline", "Dropped")},
};

constexpr std::array kOutcomes{
    Entry<EvaluationOutcome>{EvaluationOutcome::Achieved, "achieved",
                             QT_TRANSLATE_NOOP("md::Pipeline", "Achieved")},
    Entry<EvaluationOutcome>{EvaluationOutcome::Partly, "partly",
                             QT_TRANSLATE_NOOP("md::Pipeline", "Partly achieved")},
    Entry<EvaluationOutcome>{EvaluationOutcome::NotAchieved, "not_achieved",
                             QT_TRANSLATE_NOOP("md::Pipeline", "Not achieved")},
};

constexpr std::array kLetters{
    Entry<SmartLetter>{SmartLetter::Specific, "specific",
                       QT_TRANSLATE_NOOP("md::Pipeline", "Specific")},
    Entry<SmartLetter>{SmartLetter::Measurable, "measurable",
                       QT_TRANSLATE_NOOP("md::Pipeline", "Measurable")},
    Entry<SmartLetter>{SmartLetter::Attainable, "attainable",
                       QT_TRANSLATE_NOOP("md::Pipeline", "Attainable")},
    Entry<SmartLetter>{SmartLetter::Relevant, "relevant",
                       QT_TRANSLATE_NOOP("md::Pipeline", "Relevant")},
    Entry<SmartLetter>{SmartLetter::TimeBound, "time_bound",
                       QT_TRANSLATE_NOOP("md::Pipeline", "Time-bound")},
};

template <typename E> constexpr const auto& tableFor() {
    if constexpr (std::is_same_v<E, Stage>)
        return kStages;
    else if constexpr (std::is_same_v<E, EngagementStatus>)
        return kStatuses;
    else if constexpr (std::is_same_v<E, PipelineState>)
        return kStates;
    else if constexpr (std::is_same_v<E, Cadence>)
        return kCadences;
    else if constexpr (std::is_same_v<E, EngagementFormat>)
        return kFormats;
    else if constexpr (std::is_same_v<E, NeedCategory>)
        return kCategories;
    else if constexpr (std::is_same_v<E, NeedPriority>)
        return kPriorities;
    else if constexpr (std::is_same_v<E, ActionStatus>)
        return kActionStatuses;
    else if constexpr (std::is_same_v<E, EvaluationOutcome>)
        return kOutcomes;
    else
        return kLetters;
}

template <typename E> const Entry<E>& entryOf(E value) {
    const auto& table = tableFor<E>();
    for (const auto& entry : table) {
        if (entry.value == value)
            return entry;
    }
    return table.front(); // unreachable for a valid enumerator
}

template <typename E> QString keyFor(E value) {
    return QString::fromLatin1(entryOf(value).key);
}

template <typename E> QString labelFor(E value) {
    return QCoreApplication::translate("md::Pipeline", entryOf(value).label);
}

} // namespace

template <typename E> std::optional<E> fromKey(const QString& key) {
    for (const auto& entry : tableFor<E>()) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E> QList<E> allOf() {
    QList<E> values;
    for (const auto& entry : tableFor<E>())
        values.append(entry.value);
    return values;
}

template <typename E> QStringList keysOf() {
    QStringList keys;
    for (const auto& entry : tableFor<E>())
        keys.append(QString::fromLatin1(entry.key));
    return keys;
}

#define MD_PIPELINE_ENUM(E)                                                                        \
    QString keyOf(E value) {                                                                       \
        return keyFor(value);                                                                      \
    }                                                                                              \
    QString labelOf(E value) {                                                                     \
        return labelFor(value);                                                                    \
    }                                                                                              \
    template std::optional<E> fromKey<E>(const QString&);                                          \
    template QList<E> allOf<E>();                                                                  \
    template QStringList keysOf<E>();

MD_PIPELINE_ENUM(Stage)
MD_PIPELINE_ENUM(EngagementStatus)
MD_PIPELINE_ENUM(PipelineState)
MD_PIPELINE_ENUM(Cadence)
MD_PIPELINE_ENUM(EngagementFormat)
MD_PIPELINE_ENUM(NeedCategory)
MD_PIPELINE_ENUM(NeedPriority)
MD_PIPELINE_ENUM(ActionStatus)
MD_PIPELINE_ENUM(EvaluationOutcome)
MD_PIPELINE_ENUM(SmartLetter)

#undef MD_PIPELINE_ENUM

int stageNumber(Stage stage) {
    return static_cast<int>(stage) + 1;
}

std::optional<Stage> nextStage(Stage stage) {
    if (stage == Stage::Evaluation)
        return std::nullopt;
    return static_cast<Stage>(static_cast<int>(stage) + 1);
}

PipelineState pipelineStateOf(Stage stage) {
    switch (stage) {
    case Stage::ProfileAgreement:
        return PipelineState::ProfileAgreement;
    case Stage::Needs:
        return PipelineState::Needs;
    case Stage::Goals:
        return PipelineState::Goals;
    case Stage::ActionPlan:
        return PipelineState::ActionPlan;
    case Stage::Evaluation:
        return PipelineState::Evaluation;
    }
    return PipelineState::ProfileAgreement;
}

PipelineState pipelineStateOf(Stage stage, EngagementStatus status) {
    switch (status) {
    case EngagementStatus::Active:
        return pipelineStateOf(stage);
    case EngagementStatus::Maintenance:
        return PipelineState::Maintenance;
    case EngagementStatus::Completed:
        return PipelineState::Completed;
    case EngagementStatus::ClosedEarly:
        return PipelineState::ClosedEarly;
    }
    return pipelineStateOf(stage);
}

std::optional<Stage> stageOf(PipelineState state) {
    switch (state) {
    case PipelineState::ProfileAgreement:
        return Stage::ProfileAgreement;
    case PipelineState::Needs:
        return Stage::Needs;
    case PipelineState::Goals:
        return Stage::Goals;
    case PipelineState::ActionPlan:
        return Stage::ActionPlan;
    case PipelineState::Evaluation:
        return Stage::Evaluation;
    case PipelineState::Maintenance:
    case PipelineState::Completed:
    case PipelineState::ClosedEarly:
        break;
    }
    return std::nullopt;
}

EngagementStatus statusOf(PipelineState state) {
    switch (state) {
    case PipelineState::Maintenance:
        return EngagementStatus::Maintenance;
    case PipelineState::Completed:
        return EngagementStatus::Completed;
    case PipelineState::ClosedEarly:
        return EngagementStatus::ClosedEarly;
    default:
        return EngagementStatus::Active;
    }
}

bool isFinal(PipelineState state) {
    return state == PipelineState::Completed || state == PipelineState::ClosedEarly;
}

QString letterOf(SmartLetter letter) {
    switch (letter) {
    case SmartLetter::Specific:
        return QStringLiteral("S");
    case SmartLetter::Measurable:
        return QStringLiteral("M");
    case SmartLetter::Attainable:
        return QStringLiteral("A");
    case SmartLetter::Relevant:
        return QStringLiteral("R");
    case SmartLetter::TimeBound:
        return QStringLiteral("T");
    }
    return {};
}

} // namespace md
