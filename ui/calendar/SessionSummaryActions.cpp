#include "calendar/SessionSummaryActions.h"

#include "export/SessionSummaryDocument.h"
#include "ics/IcsExporter.h"
#include "pipeline/Action.h"
#include "pipeline/Pipeline.h"
#include "pipeline/SmartGoal.h"
#include "scheduling/AgreedActions.h"
#include "scheduling/SchedulingService.h"
#include "storage/ActionRepository.h"
#include "storage/GoalRepository.h"
#include "workspace/Workspace.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace md {

void SessionSummaryActions::exportSummary(QWidget* parent, const SchedulingService& scheduling,
                                          const Session& current, const QString& format) {
    auto input = scheduling.summaryInput(current.id);
    if (!input) {
        QMessageBox::warning(parent, tr("Summary"), input.message());
        return;
    }
    input->session = current; // what is on screen, saved or not
    const SessionSummaryDocument document(*input);
    if (format == QLatin1String("copy")) {
        QGuiApplication::clipboard()->setText(document.plainText());
        return;
    }
    if (format == QLatin1String("print")) {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, parent);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QTextDocument text;
        text.setHtml(document.html());
        text.print(&printer);
        return;
    }
    const bool pdf = format == QLatin1String("pdf");
    const QString suggested =
        tr("Session summary %1 %2.%3")
            .arg(input->clientName, current.start.date().toString(Qt::ISODate), format);
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save summary"), suggested, pdf ? tr("PDF (*.pdf)") : tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QByteArray data;
    if (pdf) {
        auto bytes = document.pdf();
        if (!bytes) {
            QMessageBox::warning(parent, tr("Summary"), bytes.message());
            return;
        }
        data = *bytes;
    } else {
        data = document.markdown().toUtf8();
    }
    if (Status saved = IcsExporter::save(path, data); !saved)
        QMessageBox::warning(parent, tr("Summary"), saved.message());
}

void SessionSummaryActions::exportCalendarFile(QWidget* parent, Workspace& workspace,
                                               const Session& current) {
    if (current.id <= 0) {
        QMessageBox::information(parent, tr("Export as calendar file"),
                                 tr("Save the session first."));
        return;
    }
    const SchedulingService& scheduling = workspace.scheduling();
    const auto infos = scheduling.engagementInfos();
    const QString client = infos && infos->contains(current.engagementId)
                               ? infos->value(current.engagementId).clientName
                               : QString();
    const QString suggested = tr("Session %1 %2.ics")
                                  .arg(client, current.start.date().toString(Qt::ISODate))
                                  .simplified();
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export as calendar file"),
                                                      suggested, tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    // The stored session: what a calendar program sees must match the workspace.
    const auto data = scheduling.exportSession(current.id);
    const Status saved = data ? IcsExporter::save(path, *data) : Status(data.error());
    if (!saved)
        QMessageBox::warning(parent, tr("Export as calendar file"), saved.message());
}

void SessionSummaryActions::addActionsToPlan(QWidget* parent, Workspace& workspace,
                                             const Session& current) {
    Pipeline& pipeline = Pipeline::of(workspace);
    const auto goals = pipeline.goals().list(current.engagementId);
    if (!goals || goals->isEmpty()) {
        QMessageBox::information(parent, tr("Action plan"),
                                 tr("This engagement has no goals yet. Actions belong to a goal."));
        return;
    }
    QStringList titles;
    for (const SmartGoal& goal : *goals)
        titles << goal.title();
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(parent, tr("Action plan"), tr("Add the agreed actions to the goal:"),
                              titles, 0, false, &ok);
    if (!ok)
        return;
    const SmartGoal& goal = goals->at(titles.indexOf(chosen));
    const auto outcome =
        AgreedActions::addToGoal(pipeline.actions(), goal.id, current.agreedActions);
    if (!outcome) {
        QMessageBox::warning(parent, tr("Action plan"), outcome.message());
        return;
    }
    QString text = tr("%n action(s) added to “%1”.", nullptr, outcome->added).arg(goal.title());
    if (!outcome->skipped.isEmpty())
        text += QLatin1Char('\n') +
                tr("%n action(s) were already in the plan.", nullptr, int(outcome->skipped.size()));
    if (!outcome->failed.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("Not added:") + QLatin1Char('\n') +
                outcome->failed.join(QLatin1Char('\n'));
        QMessageBox::warning(parent, tr("Action plan"), text);
        return;
    }
    QMessageBox::information(parent, tr("Action plan"), text);
}

} // namespace md
