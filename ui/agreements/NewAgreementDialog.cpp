#include "agreements/NewAgreementDialog.h"

#include "UiStyle.h"
#include "agreements/AgreementService.h"
#include "workspace/Workspace.h"

#include "ui_NewAgreementDialog.h"

#include <QPushButton>

namespace md {

NewAgreementDialog::NewAgreementDialog(Workspace& workspace, qint64 engagementId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewAgreementDialog>())
    , m_workspace(&workspace) {
    m_ui->setupUi(this);
    AgreementService& agreements = workspace.agreements();
    ui::styleAsError(m_ui->newAgreementErrorLabel);

    QComboBox* engagement = m_ui->engagementComboBox;
    Result<QList<AgreementEngagementChoice>> choices = agreements.engagementChoices();
    if (choices) {
        for (const AgreementEngagementChoice& choice : std::as_const(*choices))
            engagement->addItem(QStringLiteral("%1 — %2").arg(choice.clientName, choice.title),
                                choice.engagementId);
    }
    if (const int index = engagement->findData(engagementId); index >= 0)
        engagement->setCurrentIndex(index);
    for (AgreementKind kind : {AgreementKind::Mentoring, AgreementKind::Confidentiality})
        m_ui->templateComboBox->addItem(agreementKindLabel(kind), int(kind));
    // The default term is a rule of the agreements area, not of this dialog.
    m_ui->endDateEdit->setDate(agreements.defaultEndDate());

    if (!choices)
        ui::setErrorText(m_ui->newAgreementErrorLabel, choices.message());
    else if (engagement->count() == 0)
        ui::setErrorText(m_ui->newAgreementErrorLabel,
                         tr("There is no engagement yet. Start one in the Pipeline "
                            "area first: an agreement belongs to an engagement."));

    QPushButton* create =
        m_ui->buttonBox->addButton(tr("&Generate draft"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("generateButton"));
    create->setEnabled(engagement->count() > 0);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewAgreementDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewAgreementDialog::reject);
    resize(560, sizeHint().height());
}

NewAgreementDialog::~NewAgreementDialog() = default;

void NewAgreementDialog::accept() {
    if (!m_workspace || m_ui->engagementComboBox->count() == 0)
        return;
    AgreementCreateOptions options;
    options.kind = AgreementKind(m_ui->templateComboBox->currentData().toInt());
    if (m_ui->endDateCheckBox->isChecked())
        options.endDate = m_ui->endDateEdit->date();
    auto created = m_workspace->agreements().createDraft(
        m_ui->engagementComboBox->currentData().toLongLong(), options);
    if (!created) {
        ui::setErrorText(m_ui->newAgreementErrorLabel, created.message());
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace md
