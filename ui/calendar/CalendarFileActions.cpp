#include "calendar/CalendarFileActions.h"

#include "calendar/AvailabilityDialog.h"
#include "clients/ClientService.h"
#include "export/SessionSummaryReport.h"
#include "ics/IcsAutoExporter.h"
#include "ics/IcsExporter.h"
#include "ics/IcsImporter.h"
#include "scheduling/Scheduling.h"
#include "settings/Settings.h"
#include "storage/AvailabilityRepository.h"
#include "storage/SessionReportRepository.h"
#include "storage/SessionRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace md {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("md::CalendarFileActions", text, disambiguation, n);
}

} // namespace

void CalendarFileActions::importBusyTimes(QWidget* parent, Workspace& workspace) {
    const QString path =
        QFileDialog::getOpenFileName(parent, tr("Import busy times"), QDir::homePath(),
                                     tr("Calendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    Scheduling& scheduling = Scheduling::of(workspace);
    const Result<Availability> availability = scheduling.availability().load();
    const auto imported =
        IcsImporter::importFile(path, scheduling.busyTimes(), workspace.clock(),
                                availability ? availability->zone : QTimeZone::systemTimeZone());
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
    const auto clients = workspace.clients().list();
    if (!clients) {
        QMessageBox::warning(parent, tr("Export sessions"), clients.message());
        return;
    }
    qint64 clientId = 0;
    QString fileName = tr("MentorDesk sessions.ics");
    if (!clients->isEmpty()) {
        QStringList choices{tr("All clients")};
        for (const Client& client : *clients)
            choices << client.fullName;
        bool ok = false;
        const int index = choices.indexOf(QInputDialog::getItem(
            parent, tr("Export sessions"), tr("Sessions of:"), choices, 0, false, &ok));
        if (!ok || index < 0)
            return;
        if (index > 0) {
            const Client& client = clients->at(index - 1);
            clientId = client.id;
            fileName = tr("Sessions with %1.ics").arg(client.fullName);
        }
    }
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Export sessions"), QDir::home().filePath(fileName),
                                     tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    const SessionRepository& sessions = Scheduling::of(workspace).sessions();
    const auto data = clientId > 0
                          ? IcsExporter::exportClient(sessions, clientId, workspace.clock())
                          : IcsExporter::exportAll(sessions, workspace.clock());
    const Status saved = data ? IcsExporter::save(path, *data) : Status(data.error());
    if (!saved)
        QMessageBox::warning(parent, tr("Export sessions"), saved.message());
}

void CalendarFileActions::chooseAutoExport(QWidget* parent, Workspace& workspace) {
    Scheduling& scheduling = Scheduling::of(workspace);
    const QString current = scheduling.autoExporter().path();
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
    Scheduling& scheduling = Scheduling::of(workspace);
    const auto infos = scheduling.sessions().engagementInfos();
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
    const auto input = scheduling.reports().reportInput(engagementId);
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
    AvailabilityRepository& repository = Scheduling::of(workspace).availability();
    const Result<Availability> current = repository.load();
    AvailabilityDialog dialog(current ? *current : Availability::standardWeek(), parent);
    Settings& settings = Settings::instance();
    dialog.setReminderMinutes(settings.value(Settings::Key::ReminderMinutes).toInt());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The running reminders follow Settings::changed (CalendarPage).
    settings.setValue(Settings::Key::ReminderMinutes, dialog.reminderMinutes());
    if (Status saved = repository.save(dialog.availability()); !saved)
        QMessageBox::warning(parent, tr("Availability"), saved.message());
}

} // namespace md
