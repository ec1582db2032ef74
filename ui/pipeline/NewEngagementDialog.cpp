#include "pipeline/NewEngagementDialog.h"

#include "UiStyle.h"
#include "clients/ClientService.h"
#include "pipeline/Pipeline.h"
#include "storage/EngagementRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace md {

NewEngagementDialog::NewEngagementDialog(Pipeline& pipeline, ClientService& clients,
                                         qint64 clientId, QWidget* parent)
    : QDialog(parent)
    , m_pipeline(pipeline) {
    setObjectName(QStringLiteral("newEngagementDialog"));
    setWindowTitle(tr("New Engagement"));
    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("engagementClientComboBox"));
    if (auto all = clients.list()) {
        for (const Client& client : std::as_const(all.value()))
            m_client->addItem(client.fullName, client.id);
    }
    if (clientId > 0 && m_client->findData(clientId) >= 0)
        m_client->setCurrentIndex(m_client->findData(clientId));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("newEngagementTitleLineEdit"));
    m_title->setPlaceholderText(tr("e.g. First steps as a team lead"));
    m_start = new QDateEdit(pipeline.clock().today(), this);
    m_start->setObjectName(QStringLiteral("newEngagementStartDateEdit"));
    m_start->setCalendarPopup(true);
    m_sessions = new QSpinBox(this);
    m_sessions->setObjectName(QStringLiteral("newEngagementSessionsSpinBox"));
    m_sessions->setRange(0, 500);
    m_sessions->setValue(6);
    m_sessions->setSpecialValueText(tr("Not decided"));
    m_cadence = new QComboBox(this);
    m_cadence->setObjectName(QStringLiteral("newEngagementCadenceComboBox"));
    for (Cadence cadence : allOf<Cadence>())
        m_cadence->addItem(labelOf(cadence), int(cadence));
    m_cadence->setCurrentIndex(m_cadence->findData(int(Cadence::Biweekly)));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("newEngagementFormatComboBox"));
    for (EngagementFormat format : allOf<EngagementFormat>())
        m_format->addItem(labelOf(format), int(format));
    m_format->setCurrentIndex(m_format->findData(int(EngagementFormat::Video)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("Planned s&essions:"), m_sessions);
    form->addRow(tr("C&adence:"), m_cadence);
    form->addRow(tr("&Format:"), m_format);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newEngagementErrorLabel"));
    ui::styleAsError(m_error);
    if (m_client->count() == 0)
        ui::setErrorText(m_error, tr("Add a client first (Clients page)."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Start Engagement"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createEngagementButton"));
    m_create->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewEngagementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewEngagementDialog::updateButtons);
    updateButtons();
    m_title->setFocus();
}

void NewEngagementDialog::updateButtons() {
    m_create->setEnabled(m_client->count() > 0 && !m_title->text().trimmed().isEmpty());
}

void NewEngagementDialog::accept() {
    Engagement engagement;
    engagement.clientId = m_client->currentData().toLongLong();
    engagement.title = m_title->text();
    engagement.startDate = m_start->date();
    engagement.plannedSessions = m_sessions->value();
    engagement.cadence = static_cast<Cadence>(m_cadence->currentData().toInt());
    engagement.format = static_cast<EngagementFormat>(m_format->currentData().toInt());
    auto added = m_pipeline.engagements().add(engagement);
    if (!added) {
        ui::setErrorText(m_error, added.message());
        return;
    }
    m_createdId = added->id;
    QDialog::accept();
}

} // namespace md
