#include "pipeline/NewEngagementDialog.h"

#include "UiStyle.h"
#include "clients/ClientService.h"
#include "pipeline/EngagementService.h"

#include "ui_NewEngagementDialog.h"

#include <QPushButton>

namespace md {

NewEngagementDialog::NewEngagementDialog(EngagementService& engagements, ClientService& clients,
                                         qint64 clientId, QWidget* parent)
    : QDialog(parent)
    , m_engagements(engagements)
    , m_ui(std::make_unique<Ui::NewEngagementDialog>()) {
    m_ui->setupUi(this);
    if (auto all = clients.list()) {
        for (const Client& client : std::as_const(all.value()))
            m_ui->engagementClientComboBox->addItem(client.fullName, client.id);
    }
    if (const int index = m_ui->engagementClientComboBox->findData(clientId);
        clientId > 0 && index >= 0)
        m_ui->engagementClientComboBox->setCurrentIndex(index);
    m_ui->newEngagementStartDateEdit->setDate(engagements.clock().today());
    for (Cadence cadence : allOf<Cadence>())
        m_ui->newEngagementCadenceComboBox->addItem(labelOf(cadence), int(cadence));
    m_ui->newEngagementCadenceComboBox->setCurrentIndex(
        m_ui->newEngagementCadenceComboBox->findData(int(Cadence::Biweekly)));
    for (EngagementFormat format : allOf<EngagementFormat>())
        m_ui->newEngagementFormatComboBox->addItem(labelOf(format), int(format));
    m_ui->newEngagementFormatComboBox->setCurrentIndex(
        m_ui->newEngagementFormatComboBox->findData(int(EngagementFormat::Video)));
    ui::styleAsError(m_ui->newEngagementErrorLabel);
    if (m_ui->engagementClientComboBox->count() == 0)
        ui::setErrorText(m_ui->newEngagementErrorLabel, tr("Add a client first (Clients page)."));

    m_create = m_ui->buttonBox->addButton(tr("&Start Engagement"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createEngagementButton"));
    m_create->setDefault(true);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewEngagementDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->newEngagementTitleLineEdit, &QLineEdit::textChanged, this,
            &NewEngagementDialog::updateButtons);
    updateButtons();
    m_ui->newEngagementTitleLineEdit->setFocus();
}

NewEngagementDialog::~NewEngagementDialog() = default;

void NewEngagementDialog::updateButtons() {
    m_create->setEnabled(m_ui->engagementClientComboBox->count() > 0 &&
                         !m_ui->newEngagementTitleLineEdit->text().trimmed().isEmpty());
}

void NewEngagementDialog::accept() {
    Engagement engagement;
    engagement.clientId = m_ui->engagementClientComboBox->currentData().toLongLong();
    engagement.title = m_ui->newEngagementTitleLineEdit->text();
    engagement.startDate = m_ui->newEngagementStartDateEdit->date();
    engagement.plannedSessions = m_ui->newEngagementSessionsSpinBox->value();
    engagement.cadence =
        static_cast<Cadence>(m_ui->newEngagementCadenceComboBox->currentData().toInt());
    engagement.format =
        static_cast<EngagementFormat>(m_ui->newEngagementFormatComboBox->currentData().toInt());
    auto added = m_engagements.addEngagement(engagement);
    if (!added) {
        ui::setErrorText(m_ui->newEngagementErrorLabel, added.message());
        return;
    }
    m_createdId = added->id;
    QDialog::accept();
}

} // namespace md
