#include "calendar/CalendarFileActions.h"

#include "calendar/AvailabilityDialog.h"
#include "clients/ClientService.h"
#include "export/SessionSummaryReport.h"
#include "ics/IcsExporter.h"
#include "scheduling/SchedulingService.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace md {

void CalendarFileActions::importBusyTimes(QWidget* parent, Workspace& workspace) {
    const QString path =
        QFileDialog::getOpenFileName(parent, tr("Import busy times"), QDir::homePath(),
                                     tr("Calendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto imported = workspace.scheduling().importBusyTimes(path);
    if (!imported) {
        QMessageBox::warning(parent, tr("Import busy times"),
                             tr("%1 could not be imported. Nothing was changed.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), imported.message()));
        return;
    }
    QString text = tr("%n busy time(s) from %1 will now be checked when you plan sessions.",
                      nullptr, imported->busyTimes)
                       .arg(imported->source);
    if (!imported->notes.isEmpty())
        text += QStringLiteral("\n\n") + imported->notes.join(QLatin1Char('\n'));
    QMessageBox::information(parent, tr("Import busy times"), text);
}

void CalendarFileActions::exportCalendar(QWidget* parent, Workspace& workspace) {
    // Everything, or one client's sessions (to send them their own calendar).
    const auto clients = workspace.clients().listRows();
    if (!clients) {
        QMessageBox::warning(parent, tr("Export sessions"), clients.message());
        return;
    }
    qint64 clientId = 0;
    QString fileName = tr("MentorDesk sessions.ics");
    if (!clients->isEmpty()) {
        QStringList choices{tr("All clients")};
        for (const ClientListRow& client : *clients)
            choices << client.fullName;
        bool ok = false;
        const int index = choices.indexOf(QInputDialog::getItem(
            parent, tr("Export sessions"), tr("Sessions of:"), choices, 0, false, &ok));
        if (!ok || index < 0)
            return;
        if (index > 0) {
            const ClientListRow& client = clients->at(index - 1);
            clientId = client.id;
            fileName = tr("Sessions with %1.ics").arg(client.fullName);
        }
    }
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Export sessions"), QDir::home().filePath(fileName),
                                     tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    const auto data = workspace.scheduling().exportCalendar(clientId);
    const Status saved = data ? IcsExporter::save(path, *data) : Status(data.error());
    if (!saved)
        QMessageBox::warning(parent, tr("Export sessions"), saved.message());
}

void CalendarFileActions::chooseAutoExport(QWidget* parent, Workspace& workspace) {
    SchedulingService& scheduling = workspace.scheduling();
    const QString current = scheduling.autoExportPath();
    QMessageBox box(QMessageBox::Question, tr("Keep an .ics file up to date"),
                    current.isEmpty()
                        ? tr("MentorDesk can rewrite a calendar file after every change, so a "
                             "calendar program can subscribe to it. The file holds times, clients' "
                             "names and agendas, unencrypted; never notes.")
                        : tr("Your sessions are written to %1 after every change.")
                              .arg(QDir::toNativeSeparators(current)),
                    QMessageBox::NoButton, parent);
    QPushButton* choose = box.addButton(
        current.isEmpty() ? tr("Choose a file…") : tr("Another file…"), QMessageBox::AcceptRole);
    QPushButton* stop =
        current.isEmpty() ? nullptr : box.addButton(tr("Stop"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    Status status;
    if (box.clickedButton() == choose) {
        const QString path = QFileDialog::getSaveFileName(
            parent, tr("Calendar file to keep up to date"),
            current.isEmpty() ? QDir::home().filePath(QStringLiteral("mentordesk.ics")) : current,
            tr("Calendar files (*.ics)"));
        if (path.isEmpty())
            return;
        status = scheduling.setAutoExportPath(path);
    } else if (stop && box.clickedButton() == stop) {
        status = scheduling.setAutoExportPath(QString());
    }
    if (!status)
        QMessageBox::warning(parent, tr("Keep an .ics file up to date"), status.message());
}

void CalendarFileActions::exportProgressReport(QWidget* parent, Workspace& workspace) {
    SchedulingService& scheduling = workspace.scheduling();
    const auto infos = scheduling.engagementInfos();
    if (!infos || infos->isEmpty()) {
        QMessageBox::information(parent, tr("Progress report"),
                                 tr("There are no engagements yet."));
        return;
    }
    QStringList names;
    QList<qint64> ids;
    for (auto it = infos->cbegin(); it != infos->cend(); ++it) {
        names << tr("%1 — %2").arg(it.value().clientName, it.value().title);
        ids << it.key();
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("Progress report"), tr("Engagement:"),
                                                 names, 0, false, &ok);
    if (!ok)
        return;
    const qint64 engagementId = ids.at(names.indexOf(chosen));
    const auto input = scheduling.progressReportInput(engagementId);
    if (!input) {
        QMessageBox::warning(parent, tr("Progress report"), input.message());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save progress report"),
        QDir::home().filePath(tr("Progress report %1.pdf").arg(input->clientName)),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto pdf = SessionSummaryReport(*input).pdf();
    const Status saved = pdf ? IcsExporter::save(path, *pdf) : Status(pdf.error());
    if (!saved)
        QMessageBox::warning(parent, tr("Progress report"), saved.message());
}

void CalendarFileActions::editAvailability(QWidget* parent, Workspace& workspace) {
    SchedulingService& scheduling = workspace.scheduling();
    const Result<Availability> current = scheduling.availability();
    const QTimeZone zone = current ? current->zone : QTimeZone::systemTimeZone();
    AvailabilityDialog dialog(current ? *current : Availability::standardWeek(),
                              workspace.clock().nowUtc().toTimeZone(zone).date(), parent);
    // The reminder lead time is a rule of the practice, kept in the workspace.
    Result<PracticeRules> rules = workspace.settings().practiceRules();
    if (!rules) {
        QMessageBox::warning(parent, tr("Availability"), rules.message());
        return;
    }
    dialog.setReminderMinutes(rules->reminderMinutes);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status saved = scheduling.saveAvailability(dialog.availability()); !saved) {
        QMessageBox::warning(parent, tr("Availability"), saved.message());
        return;
    }
    // The running reminders follow the PracticeSettings change (CalendarPage).
    if (rules->reminderMinutes != dialog.reminderMinutes()) {
        rules->reminderMinutes = dialog.reminderMinutes();
        if (Status saved = workspace.settings().savePracticeRules(*rules); !saved)
            QMessageBox::warning(parent, tr("Availability"), saved.message());
    }
}

} // namespace md
