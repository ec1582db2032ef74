#include "export/ExportFlow.h"

#include "BusyCursor.h"
#include "StartFolder.h"
#include "common/SafeFileName.h"
#include "export/WorkspaceExporter.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace md {

namespace {

// `name` inside `parent`, or "name (2)", "name (3)"… when it is taken: an
// export never mixes with an earlier one.
QString freshFolder(const QString& parent, const QString& name) {
    const QDir dir(parent);
    QString candidate = dir.filePath(name);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = dir.filePath(QStringLiteral("%1 (%2)").arg(name).arg(n));
    return candidate;
}

} // namespace

QString ExportFlow::exportWorkspace(QWidget* parent, Workspace& workspace) {
    const QString date = workspace.clock().today().toString(Qt::ISODate);
    return writeInto(parent, workspace, tr("Export Workspace"),
                     tr("MentorDesk export %1").arg(date), ExportOptions{});
}

QString ExportFlow::exportClient(QWidget* parent, Workspace& workspace, qint64 clientId,
                                 const QString& clientName) {
    QMessageBox box(QMessageBox::Question, tr("Export Client"),
                    tr("Export everything about %1?").arg(clientName), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("exportClientMessageBox"));
    box.setInformativeText(
        tr("The profile, engagements, sessions with their notes, agreements with their PDFs, "
           "invoices and payments of this client, and nothing about anyone else, in open "
           "formats (JSON, CSV, PDF). Use it to answer the client's request for a copy of "
           "their data.\n\nThe export is not encrypted."));
    auto* privateNotes = new QCheckBox(tr("Include my &private session notes"), &box);
    privateNotes->setObjectName(QStringLiteral("includePrivateNotesCheckBox"));
    privateNotes->setChecked(true);
    box.setCheckBox(privateNotes);
    QPushButton* choose = box.addButton(tr("Choose &Folder…"), QMessageBox::AcceptRole);
    choose->setObjectName(QStringLiteral("chooseExportFolderButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(choose);
    const QPointer<Workspace> alive(&workspace);
    box.exec();
    // Locking while the box was open (the idle lock) closes the workspace.
    if (!alive || box.clickedButton() != choose)
        return {};

    ExportOptions options;
    options.clientId = clientId;
    options.privateNotes = privateNotes->isChecked();
    const QString date = workspace.clock().today().toString(Qt::ISODate);
    return writeInto(parent, workspace, tr("Export Client"),
                     safeFileName(tr("%1 – MentorDesk export %2").arg(clientName, date), u" ",
                                  tr("MentorDesk export %1").arg(date)),
                     options);
}

QString ExportFlow::writeInto(QWidget* parent, Workspace& workspace, const QString& title,
                              const QString& folderName, const ExportOptions& options) {
    const QPointer<Workspace> alive(&workspace);
    const QString parentFolder =
        QFileDialog::getExistingDirectory(parent, tr("Export into…"), ui::startFolder());
    // Locking while the dialog was open (the idle lock) closes the workspace.
    if (parentFolder.isEmpty() || !alive)
        return {};
    const QString folder = freshFolder(parentFolder, folderName);

    Result<ExportSummary> written = [&]() -> Result<ExportSummary> {
        BusyCursor busy; // lets pending events run, the idle lock among them
        if (!alive)
            return makeError(ErrorCode::Locked, tr("The workspace was locked."));
        return alive->exports().write(folder, options);
    }();
    if (!written && written.error().code == ErrorCode::Locked)
        return {}; // nothing to say on a locked screen
    if (!written) {
        QMessageBox box(QMessageBox::Warning, title, tr("The export could not be written."),
                        QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("exportFailedMessageBox"));
        box.setInformativeText(written.message() + QStringLiteral("\n\n") +
                               tr("Nothing was left half-written; your workspace is unchanged."));
        box.exec();
        return {};
    }
    qint64 records = 0;
    for (qint64 rows : std::as_const(written->records))
        records += rows;
    QMessageBox box(QMessageBox::Information, title,
                    tr("Exported %n record(s) into %1.", nullptr, int(records))
                        .arg(QDir::toNativeSeparators(written->folder)),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("exportDoneMessageBox"));
    box.setInformativeText(
        tr("Signed agreements: %1. Invoice PDFs: %2. README.txt describes every file.")
            .arg(written->agreementPdfs)
            .arg(written->invoicePdfs) +
        QStringLiteral("\n\n") +
        tr("The export is NOT encrypted. Keep it safe, and delete it once it has served its "
           "purpose."));
    box.exec();
    return written->folder;
}

} // namespace md
