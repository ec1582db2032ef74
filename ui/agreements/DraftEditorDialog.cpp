#include "agreements/DraftEditorDialog.h"

#include "UiStyle.h"
#include "agreements/AgreementService.h"
#include "agreements/RichTextEditor.h"
#include "storage/AgreementRepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

DraftEditorDialog::DraftEditorDialog(AgreementService& service, const Agreement& draft,
                                     QWidget* parent)
    : QDialog(parent)
    , m_service(&service)
    , m_draft(draft) {
    setObjectName(QStringLiteral("draftEditorDialog"));
    setWindowTitle(tr("Edit draft %1").arg(draft.number()));

    m_title = new QLineEdit(draft.title, this);
    m_title->setObjectName(QStringLiteral("draftTitleLineEdit"));
    m_hasEndDate = new QCheckBox(tr("Ends on"), this);
    m_hasEndDate->setObjectName(QStringLiteral("endDateCheckBox"));
    m_endDate = new QDateEdit(this);
    m_endDate->setObjectName(QStringLiteral("endDateEdit"));
    m_endDate->setCalendarPopup(true);
    m_endDate->setDate(draft.endDate.isValid() ? draft.endDate : QDate::currentDate().addMonths(6));
    m_hasEndDate->setChecked(draft.endDate.isValid());
    m_endDate->setEnabled(draft.endDate.isValid());
    connect(m_hasEndDate, &QCheckBox::toggled, m_endDate, &QDateEdit::setEnabled);
    m_confidentiality = new QCheckBox(tr("The text contains confidentiality terms"), this);
    m_confidentiality->setObjectName(QStringLiteral("confidentialityCheckBox"));
    m_confidentiality->setChecked(draft.hasConfidentialityTerms);
    m_confidentiality->setToolTip(
        tr("An engagement leaves its first stage only with a signed agreement that has them."));

    auto* endRow = new QHBoxLayout;
    endRow->addWidget(m_hasEndDate);
    endRow->addWidget(m_endDate);
    endRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("End date:"), endRow);
    form->addRow(QString(), m_confidentiality);

    m_editor = new RichTextEditor(this);
    m_editor->setObjectName(QStringLiteral("draftRichTextEditor"));
    m_editor->setHtml(draft.bodyHtml);

    auto* note = new QLabel(tr("The mentor's letterhead, the signature lines and the footer "
                               "with the agreement number are added when it is printed."),
                            this);
    note->setWordWrap(true);
    ui::styleAsSecondary(note);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("draftErrorLabel"));
    ui::styleAsError(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_editor, 1);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DraftEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DraftEditorDialog::reject);
    resize(820, 720);
}

void DraftEditorDialog::accept() {
    if (!m_service)
        return;
    Agreement edited = m_draft;
    edited.title = m_title->text();
    edited.bodyHtml = m_editor->html();
    edited.endDate = m_hasEndDate->isChecked() ? m_endDate->date() : QDate();
    edited.hasConfidentialityTerms = m_confidentiality->isChecked();
    auto saved = m_service->agreements().updateDraft(edited);
    if (!saved) {
        ui::setErrorText(m_error, saved.message());
        return;
    }
    QDialog::accept();
}

} // namespace md
