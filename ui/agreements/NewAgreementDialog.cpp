#include "agreements/NewAgreementDialog.h"

#include "UiStyle.h"
#include "agreements/AgreementService.h"
#include "clients/ClientService.h"
#include "pipeline/EngagementService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

NewAgreementDialog::NewAgreementDialog(Workspace& workspace, qint64 engagementId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(&workspace) {
    setObjectName(QStringLiteral("newAgreementDialog"));
    setWindowTitle(tr("New agreement"));

    m_engagement = new QComboBox(this);
    m_engagement->setObjectName(QStringLiteral("engagementComboBox"));
    if (auto engagements = workspace.engagements().engagements()) {
        for (const Engagement& engagement : std::as_const(*engagements)) {
            const auto client = workspace.clients().get(engagement.clientId);
            m_engagement->addItem(QStringLiteral("%1 — %2").arg(
                                      client ? client->displayName() : QString(), engagement.title),
                                  engagement.id);
        }
    }
    if (const int index = m_engagement->findData(engagementId); index >= 0)
        m_engagement->setCurrentIndex(index);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("templateComboBox"));
    for (AgreementKind kind : {AgreementKind::Mentoring, AgreementKind::Confidentiality})
        m_kind->addItem(agreementKindLabel(kind), int(kind));

    m_hasEndDate = new QCheckBox(tr("Ends on"), this);
    m_hasEndDate->setObjectName(QStringLiteral("endDateCheckBox"));
    m_endDate = new QDateEdit(workspace.clock().today().addMonths(6), this);
    m_endDate->setObjectName(QStringLiteral("endDateEdit"));
    m_endDate->setCalendarPopup(true);
    m_endDate->setEnabled(false);
    connect(m_hasEndDate, &QCheckBox::toggled, m_endDate, &QDateEdit::setEnabled);
    auto* endRow = new QHBoxLayout;
    endRow->addWidget(m_hasEndDate);
    endRow->addWidget(m_endDate);
    endRow->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Engagement:"), m_engagement);
    form->addRow(tr("&Template:"), m_kind);
    form->addRow(tr("End date:"), endRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newAgreementErrorLabel"));
    ui::styleAsError(m_error);
    if (m_engagement->count() == 0)
        ui::setErrorText(m_error, tr("There is no engagement yet. Start one in the Pipeline "
                                     "area first: an agreement belongs to an engagement."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* create = buttons->addButton(tr("&Generate draft"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("generateButton"));
    create->setEnabled(m_engagement->count() > 0);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAgreementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewAgreementDialog::reject);
    resize(560, sizeHint().height());
}

void NewAgreementDialog::accept() {
    if (!m_workspace || m_engagement->count() == 0)
        return;
    AgreementCreateOptions options;
    options.kind = AgreementKind(m_kind->currentData().toInt());
    if (m_hasEndDate->isChecked())
        options.endDate = m_endDate->date();
    auto created = AgreementService::of(*m_workspace)
                       .createDraft(m_engagement->currentData().toLongLong(), options);
    if (!created) {
        ui::setErrorText(m_error, created.message());
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace md
