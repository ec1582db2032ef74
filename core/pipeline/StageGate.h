#pragma once

#include "pipeline/PipelineKeys.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace md {

// What the gates need to know about one goal.
struct GoalFacts {
    qint64 id = 0;
    QString title;
    bool active = true;
    QList<SmartLetter> failedSmartLetters; // empty = passes the SMART check
    int openActions = 0;                   // actions to do or in progress
    bool evaluated = false;

    bool passesSmart() const { return failedSmartLetters.isEmpty(); }
};

// Everything the gate rules look at, gathered from storage by the service (or
// written by hand in tests). The gates themselves never read storage.
struct EngagementFacts {
    bool hasProfileNotes = false;
    // Supplied by the agreements feature (issue 4): whether a signed agreement
    // with confidentiality terms exists for the engagement. Unknown (nullopt)
    // until that feature exists; unknown counts as "not signed" when the rule
    // is enabled.
    std::optional<bool> hasSignedConfidentialAgreement;
    int needCount = 0;
    QList<GoalFacts> goals;
};

// Switches for rules that depend on features not built yet.
struct GatePolicy {
    // Stage 1 also requires a signed agreement with confidentiality terms.
    // Off until the agreements feature (issue 4) can supply
    // EngagementFacts::hasSignedConfidentialAgreement; that feature turns it
    // on (EngagementService::setGatePolicy). The rule is already in the table.
    bool requireSignedAgreement = false;
};

// Where the mentor goes to supply what is missing: a tab of the engagement
// page and, inside it, a field or an item.
struct FillTarget {
    Stage tab = Stage::ProfileAgreement;
    QString field;     // "profileNotes", "agreement", "need", "goal", "action", "evaluation"
    qint64 itemId = 0; // the goal concerned, when there is one; 0 = a new item
};

// One thing a gate found missing. `key` is the rule's stable key
// ("needs.at_least_one_need"); `message` is translated and names the item.
struct MissingItem {
    QString key;
    QString message;
    FillTarget target;
};

struct GateResult {
    Stage stage = Stage::ProfileAgreement; // the stage being left
    QList<MissingItem> missing;
    QStringList checkedRules; // keys of every rule that was evaluated

    bool passed() const { return missing.isEmpty(); }
    // The messages as one paragraph, for the CLI and error texts.
    QString summary() const;
};

// One row of the gate table: a requirement for leaving `stage`.
struct GateRule {
    Stage stage;
    const char* key;
    const char* requirement; // translatable one-line description (QT_TRANSLATE_NOOP)
    bool (*enabled)(const GatePolicy& policy);
    void (*check)(const EngagementFacts& facts, QList<MissingItem>& missing);

    QString requirementText() const;
};

// The one table of stage gates. Pure functions of the facts and the policy;
// tested row by row.
class StageGate final {
public:
    static const QList<GateRule>& rules();
    static QList<GateRule> rulesFor(Stage stage, const GatePolicy& policy = {});
    static GateResult check(Stage leaving, const EngagementFacts& facts,
                            const GatePolicy& policy = {});
};

} // namespace md
