#include "agreements/DraftEditorDialog.h"

#include "UiStyle.h"
#include "agreements/AgreementService.h"
#include "agreements/RichTextEditor.h"
#include "common/ChangeNotifier.h"
#include "workspace/Workspace.h"

#include "ui_DraftEditorDialog.h"

#include <QPushButton>

namespace md {

DraftEditorDialog::DraftEditorDialog(Workspace& workspace, const Agreement& draft, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DraftEditorDialog>())
    , m_workspace(&workspace)
    , m_draft(draft) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit draft %1").arg(draft.number()));
    m_ui->draftTitleLineEdit->setText(draft.title);
    // A draft without an end date is offered the default term when the
    // mentor ticks "Ends on" (the rule is the agreements area's).
    m_ui->endDateEdit->setDate(draft.endDate.isValid() ? draft.endDate
                                                       : workspace.agreements().defaultEndDate());
    m_ui->endDateCheckBox->setChecked(draft.endDate.isValid());
    m_ui->endDateEdit->setEnabled(draft.endDate.isValid());
    m_ui->confidentialityCheckBox->setChecked(draft.hasConfidentialityTerms);
    m_ui->draftRichTextEditor->setHtml(draft.bodyHtml);
    ui::styleAsSecondary(m_ui->noteLabel);
    ui::styleAsError(m_ui->draftErrorLabel);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DraftEditorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DraftEditorDialog::reject);
    connect(&workspace.changes(), &ChangeNotifier::changed, this, &DraftEditorDialog::applyChanges);
}

DraftEditorDialog::~DraftEditorDialog() = default;

void DraftEditorDialog::applyChanges(const ChangeSet& changes) {
    if (!m_workspace || !changes.touches(RecordKind::Agreement))
        return;
    if (!changes.external() && !changes.ids(RecordKind::Agreement).contains(m_draft.id))
        return;
    Result<Agreement> current = m_workspace->agreements().get(m_draft.id);
    if (current && !current->isSigned())
        return; // still a draft: saving is still possible (and replaces the text)
    ui::setErrorText(m_ui->draftErrorLabel,
                     current ? tr("%1 was signed elsewhere and can no longer be edited. To "
                                  "change its terms, amend it.")
                                   .arg(m_draft.number())
                             : tr("%1 was deleted elsewhere.").arg(m_draft.number()));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
}

void DraftEditorDialog::accept() {
    if (!m_workspace)
        return;
    Agreement edited = m_draft;
    edited.title = m_ui->draftTitleLineEdit->text();
    edited.bodyHtml = m_ui->draftRichTextEditor->html();
    edited.endDate = m_ui->endDateCheckBox->isChecked() ? m_ui->endDateEdit->date() : QDate();
    edited.hasConfidentialityTerms = m_ui->confidentialityCheckBox->isChecked();
    auto saved = m_workspace->agreements().updateDraft(edited);
    if (!saved) {
        ui::setErrorText(m_ui->draftErrorLabel, saved.message());
        return;
    }
    QDialog::accept();
}

} // namespace md
