// AgreementsArea: what its actions do. Every rule lives in the core
// (AgreementService); this file asks, confirms and reports.
#include "BusyCursor.h"
#include "StartFolder.h"
#include "agreements/AgreementListModel.h"
#include "agreements/AgreementPdfRenderer.h"
#include "agreements/AgreementService.h"
#include "agreements/AgreementsArea.h"
#include "agreements/DraftEditorDialog.h"
#include "agreements/MentorProfileDialog.h"
#include "agreements/NewAgreementDialog.h"
#include "agreements/PaperSigningDialog.h"
#include "agreements/SigningDialog.h"
#include "agreements/TemplateEditorDialog.h"
#include "common/AtomicFile.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

namespace md {

namespace {

Status paintOnPrinter(AgreementService& service, qint64 id, QPrinter& printer) {
    return service.paint(id, printer);
}

// Gives the printer the agreement's page (the one document layout) and name.
void preparePrinter(AgreementService& service, qint64 id, QPrinter& printer) {
    if (auto layout = service.layout(id)) {
        printer.setPageLayout(AgreementPdfRenderer::pageLayout(layout->pageSize));
        printer.setDocName(QStringLiteral("%1 %2").arg(layout->number, layout->title));
    }
}

} // namespace

bool AgreementsArea::reportFailure(const QString& what, const QString& message) {
    QMessageBox::warning(this, what, message);
    return false;
}

void AgreementsArea::newAgreement(qint64 engagementId) {
    if (!m_workspace)
        return;
    NewAgreementDialog dialog(*m_workspace, engagementId, this);
    if (dialog.exec() != QDialog::Accepted) {
        if (dialog.requestedId() > 0 && dialog.requestedPlace() == DetailPlace::Client)
            Q_EMIT clientRequested(dialog.requestedId());
        else if (dialog.requestedId() > 0 && dialog.requestedPlace() == DetailPlace::Engagement)
            Q_EMIT engagementRequested(dialog.requestedId());
        return;
    }
    select(dialog.created().id);
    Q_EMIT statusMessage(tr("Generated %1. Check the text, then print it or sign it on screen.")
                             .arg(dialog.created().number()));
}

Result<Agreement> AgreementsArea::currentAgreement() const {
    // Read whole: the list's rows hold no texts.
    if (!m_workspace || currentId() == 0)
        return makeError(ErrorCode::NotFound, tr("No agreement is selected."));
    return service()->get(currentId());
}

void AgreementsArea::editDraft() {
    const Result<Agreement> agreement = currentAgreement();
    if (!agreement || agreement->isSigned())
        return;
    // A copy: the list may change while the dialog is open.
    const Agreement draft = *agreement;
    DraftEditorDialog dialog(*m_workspace, draft, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Saved %1.").arg(draft.number()));
}

void AgreementsArea::preview() {
    const qint64 id = currentId();
    if (!m_workspace || id == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(*service(), id, printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("agreementPrintPreviewDialog"));
    dialog.setWindowTitle(tr("Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, id](QPrinter* target) {
        if (!m_workspace)
            return;
        if (Status painted = paintOnPrinter(*service(), id, *target); !painted)
            reportFailure(tr("Preview"), painted.message());
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

void AgreementsArea::print() {
    const qint64 id = currentId();
    if (!m_workspace || id == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(*service(), id, printer);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("agreementPrintDialog"));
    if (dialog.exec() != QDialog::Accepted || !m_workspace)
        return;
    BusyCursor busy;
    if (Status painted = paintOnPrinter(*service(), id, printer); !painted)
        reportFailure(tr("Print"), painted.message());
}

void AgreementsArea::savePdf() {
    const Agreement* agreement = m_model->agreementAt(m_model->rowOf(currentId()));
    if (!m_workspace || !agreement)
        return;
    const Agreement current = *agreement;
    const QString suggested =
        QDir(ui::startFolder()).filePath(QStringLiteral("%1.pdf").arg(current.number()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save agreement as PDF"), suggested,
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty() || !m_workspace)
        return;
    Result<QByteArray> pdf = [&] {
        BusyCursor busy;
        return service()->pdf(current.id);
    }();
    if (!pdf) {
        reportFailure(tr("Save as PDF"), pdf.message());
        return;
    }
    // Whole or not at all: a full disk never leaves half a PDF behind.
    if (Status written = writeFileAtomically(path, *pdf); !written) {
        reportFailure(tr("Save as PDF"), written.message());
        return;
    }
    // Saved outside the encrypted workspace, so the mentor is reminded.
    Q_EMIT statusMessage(tr("Saved %1 (not encrypted).").arg(QDir::toNativeSeparators(path)));
}

void AgreementsArea::signOnScreen() {
    const Result<Agreement> agreement = currentAgreement();
    if (!agreement || agreement->isSigned())
        return;
    SigningDialog dialog(*m_workspace, *agreement, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    select(dialog.signedAgreement().id);
    Q_EMIT statusMessage(tr("%1 is signed and frozen.").arg(dialog.signedAgreement().number()));
}

void AgreementsArea::signOnPaper() {
    const Result<Agreement> agreement = currentAgreement();
    if (!agreement || agreement->isSigned())
        return;
    PaperSigningDialog dialog(*m_workspace, *agreement, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    select(dialog.signedAgreement().id);
    Q_EMIT statusMessage(tr("%1 is recorded as signed on paper; the scan is attached, not "
                            "checked.")
                             .arg(dialog.signedAgreement().number()));
}

void AgreementsArea::exportForClient() {
    const Agreement* agreement = m_model->agreementAt(m_model->rowOf(currentId()));
    if (!m_workspace || !agreement || !agreement->isSigned())
        return;
    const Agreement current = *agreement;
    const QString parent = QFileDialog::getExistingDirectory(
        this, tr("Export for the client into…"), ui::startFolder());
    if (parent.isEmpty() || !m_workspace)
        return;
    const QString folder = QDir(parent).filePath(current.number());
    auto written = service()->exportForClient(current.id, folder);
    if (!written) {
        reportFailure(tr("Export for client"), written.message());
        return;
    }
    QMessageBox::information(
        this, tr("Export for client"),
        tr("%n file(s) written to %1 (not encrypted). README.txt explains how the client can "
           "check them.",
           nullptr, int(written->size()))
            .arg(QDir::toNativeSeparators(folder)));
}

void AgreementsArea::amend() {
    const Agreement* agreement = m_model->agreementAt(m_model->rowOf(currentId()));
    if (!m_workspace || !agreement || !agreement->isSigned())
        return;
    const QString number = agreement->number();
    auto amendment = service()->amend(
        agreement->id,
        AgreementCreateOptions{agreement->kind, agreement->language, {}, agreement->endDate});
    if (!amendment) {
        reportFailure(tr("Amend"), amendment.message());
        return;
    }
    select(amendment->id);
    Q_EMIT statusMessage(tr("Generated %1, which amends %2.").arg(amendment->number(), number));
    editDraft();
}

void AgreementsArea::deleteDraft() {
    const Agreement* agreement = m_model->agreementAt(m_model->rowOf(currentId()));
    if (!m_workspace || !agreement || agreement->isSigned())
        return;
    const Agreement current = *agreement;
    if (QMessageBox::question(
            this, tr("Delete draft"),
            tr("Delete the draft %1 “%2”?").arg(current.number(), current.title)) !=
            QMessageBox::Yes ||
        !m_workspace)
        return;
    if (Status removed = service()->removeDraft(current.id); !removed)
        reportFailure(tr("Delete draft"), removed.message());
}

void AgreementsArea::editTemplates() {
    if (!m_workspace)
        return;
    TemplateEditorDialog dialog(*service(), this);
    dialog.exec();
}

void AgreementsArea::goToDetail(DetailPlace place) {
    const Result<Agreement> agreement = currentAgreement();
    if (!agreement)
        return;
    if (place == DetailPlace::MentorProfile)
        editProfile();
    else if (place == DetailPlace::Client)
        Q_EMIT clientRequested(agreement->clientId);
    else if (place == DetailPlace::Engagement)
        Q_EMIT engagementRequested(agreement->engagementId);
}

void AgreementsArea::fillInDraft() {
    const Result<Agreement> agreement = currentAgreement();
    if (!agreement || agreement->isSigned())
        return;
    const Result<DraftBlanks> blanks = service()->draftBlanks(agreement->id);
    if (blanks && blanks->editedByHand) {
        QMessageBox box(QMessageBox::Question, tr("Fill in the draft"),
                        tr("The text of %1 was changed by hand. Generating it again from its "
                           "template replaces those changes.")
                            .arg(agreement->number()),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("replaceEditsMessageBox"));
        QPushButton* replace = box.addButton(tr("&Replace the text"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != replace)
            return;
    }
    const Result<Agreement> filled = service()->regenerateDraft(agreement->id);
    if (!filled) {
        QMessageBox::warning(this, tr("Fill in the draft"), filled.message());
        return;
    }
    Q_EMIT statusMessage(
        tr("Filled in %1 from the details as they are now.").arg(filled->number()));
}

void AgreementsArea::editProfile() {
    if (!m_workspace)
        return;
    MentorProfileDialog dialog(*m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Saved your mentor profile."));
}

} // namespace md
