#pragma once

#include "pipeline/PipelineKeys.h"

#include <QCoreApplication>

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
    // Whether a signed agreement with confidentiality terms is on record for
    // the engagement (agreements/AgreementGate). Stage 1 always requires it.
    bool hasSignedConfidentialAgreement = false;
    int needCount = 0;
    QList<GoalFacts> goals;
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
    void (*check)(const EngagementFacts& facts, QList<MissingItem>& missing);

    QString requirementText() const;
};

// The one table of stage gates. Pure functions of the facts, tested row by
// row; every rule always applies (there is no switch to turn one off).
class StageGate final {
    Q_DECLARE_TR_FUNCTIONS(md::StageGate)
public:
    static const QList<GateRule>& rules();
    static QList<GateRule> rulesFor(Stage stage);
    static GateResult check(Stage leaving, const EngagementFacts& facts);
};

} // namespace md
