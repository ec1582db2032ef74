#include "pipeline/MoveFlow.h"

#include "pipeline/EngagementService.h"
#include "pipeline/GateFailureDialog.h"
#include "pipeline/MoveNoteDialog.h"
#include "pipeline/TransitionTable.h"

#include <QMessageBox>

namespace md {

namespace {

// Asks for a text; `required` keeps OK disabled while it is empty.
bool askText(QWidget* parent, const QString& title, const QString& prompt, bool required,
             QString* text) {
    MoveNoteDialog dialog(title, prompt, required, *text, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *text = dialog.text();
    return true;
}

} // namespace

MoveFlow::Result MoveFlow::moveTo(QWidget* parent, EngagementService& service, qint64 id,
                                  PipelineState target) {
    auto engagement = service.engagement(id);
    if (!engagement) {
        QMessageBox::warning(parent, tr("Move Engagement"), engagement.message());
        return {Outcome::Failed, {}};
    }
    const Engagement& e = engagement.value();
    const auto rule = TransitionTable::find(e.state(), target);
    if (!rule) {
        QMessageBox::information(parent, tr("Move Engagement"),
                                 tr("\"%1\" cannot move from \"%2\" to \"%3\". Engagements move "
                                    "one stage forward at a time, or back where rework makes "
                                    "sense.")
                                     .arg(e.title, labelOf(e.state()), labelOf(target)));
        return {Outcome::Failed, {}};
    }

    EngagementService::MoveOptions options;
    if (rule->kind == MoveKind::Back) {
        // Going back undoes progress: the timeline keeps why, like any change of stage.
        QString reason;
        if (!askText(parent, tr("Move Engagement Back"),
                     tr("Why does \"%1\" go back from \"%2\" to \"%3\"? The reason is "
                        "recorded in the timeline.")
                         .arg(e.title, labelOf(e.state()), labelOf(target)),
                     true, &reason))
            return {Outcome::Cancelled, {}};
        options.reason = reason;
    } else if (rule->kind == MoveKind::Close) {
        QString reason;
        if (!askText(parent, tr("Close Engagement Early"),
                     tr("Why does \"%1\" close early? The reason is kept with the engagement.")
                         .arg(e.title),
                     true, &reason))
            return {Outcome::Cancelled, {}};
        options.reason = reason;
    } else if (rule->kind == MoveKind::Finish) {
        QString note = e.outcome;
        if (!askText(
                parent, tr("End Engagement"),
                tr("How did \"%1\" go? This note is kept as its outcome (optional).").arg(e.title),
                false, &note))
            return {Outcome::Cancelled, {}};
        options.outcome = note;
        options.reason = note;
    }

    MoveResult result = service.moveTo(id, target, options);
    if (result.blockedByGate()) {
        GateFailureDialog dialog(result.gate, e.title, parent);
        if (dialog.exec() != QDialog::Accepted)
            return {Outcome::Cancelled, {}};
        if (dialog.choice() == GateFailureDialog::Choice::GoTo)
            return {Outcome::GoFill, dialog.target()};
        options.override = true;
        options.reason = dialog.overrideReason();
        result = service.moveTo(id, target, options);
    }
    if (!result.ok()) {
        QMessageBox::warning(parent, tr("Move Engagement"), result.status.message());
        return {Outcome::Failed, {}};
    }
    return {Outcome::Moved, {}};
}

MoveFlow::Result MoveFlow::advance(QWidget* parent, EngagementService& service, qint64 id) {
    auto engagement = service.engagement(id);
    if (!engagement)
        return {Outcome::Failed, {}};
    const auto rule = TransitionTable::advanceFrom(engagement->state());
    if (!rule)
        return {Outcome::Failed, {}};
    return moveTo(parent, service, id, rule->to);
}

MoveFlow::Result MoveFlow::back(QWidget* parent, EngagementService& service, qint64 id) {
    auto engagement = service.engagement(id);
    if (!engagement)
        return {Outcome::Failed, {}};
    const auto rule = TransitionTable::backFrom(engagement->state());
    if (!rule)
        return {Outcome::Failed, {}};
    return moveTo(parent, service, id, rule->to);
}

} // namespace md
