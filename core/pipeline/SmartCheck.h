#pragma once

#include "pipeline/PipelineKeys.h"
#include "pipeline/SmartGoal.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace md {

// One reason a goal fails one SMART letter. `key` is stable
// ("measurable.target"), `message` is translated and tells the mentor what to
// write.
struct SmartIssue {
    SmartLetter letter;
    QString key;
    QString message;
};

struct SmartReport {
    QList<SmartIssue> issues;

    bool passed() const { return issues.isEmpty(); }
    bool passes(SmartLetter letter) const;
    QList<SmartLetter> failedLetters() const; // in S, M, A, R, T order, no repeats
    QList<SmartIssue> issuesFor(SmartLetter letter) const;
};

// What the check may know beyond the goal itself. Both are optional so the
// goal editor can check a goal before the engagement is stored.
struct SmartContext {
    QDate engagementStart;               // a due date must come after it
    std::optional<QSet<qint64>> needIds; // the engagement's needs, to spot stale links
};

// The SMART check: which of the five letters a goal fails, and why. Pure and
// cheap, so the goal editor runs it on every keystroke; the goals gate runs
// the same function.
class SmartCheck final {
    Q_DECLARE_TR_FUNCTIONS(md::SmartCheck)
public:
    // A "specific" text needs at least this many words to say what exactly.
    static constexpr int kMinSpecificWords = 3;

    static SmartReport check(const SmartGoal& goal, const SmartContext& context = {});
};

} // namespace md
