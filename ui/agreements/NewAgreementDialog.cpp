#include "agreements/NewAgreementDialog.h"

#include "UiStyle.h"
#include "agreements/MentorProfileDialog.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "pipeline/EngagementService.h"
#include "workspace/Workspace.h"

#include "ui_NewAgreementDialog.h"

#include <QPushButton>

#include <algorithm>

namespace md {

NewAgreementDialog::NewAgreementDialog(Workspace& workspace, qint64 engagementId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewAgreementDialog>())
    , m_workspace(&workspace) {
    m_ui->setupUi(this);
    AgreementService& agreements = workspace.agreements();
    ui::styleAsError(m_ui->newAgreementErrorLabel);

    for (AgreementKind kind : {AgreementKind::Mentoring, AgreementKind::Confidentiality})
        m_ui->templateComboBox->addItem(agreementKindLabel(kind), int(kind));
    // The default term is a rule of the agreements area, not of this dialog.
    m_ui->endDateEdit->setDate(agreements.defaultEndDate());
    m_ui->newEngagementStartDateEdit->setDate(workspace.clock().today());

    m_generate = m_ui->buttonBox->addButton(tr("&Generate draft"), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("generateButton"));

    Result<QList<AgreementEngagementChoice>> choices = agreements.engagementChoices();
    if (choices)
        m_choices = *choices;
    else
        ui::setErrorText(m_ui->newAgreementErrorLabel, choices.message());
    const auto preselected =
        std::find_if(m_choices.cbegin(), m_choices.cend(), [engagementId](const auto& choice) {
            return choice.engagementId == engagementId;
        });
    fillClients(preselected != m_choices.cend() ? preselected->clientId
                : m_choices.isEmpty()           ? 0
                                                : m_choices.constFirst().clientId);
    fillEngagements(engagementId);

    connect(m_ui->clientComboBox, &QComboBox::currentIndexChanged, this,
            [this] { fillEngagements(0); });
    connect(m_ui->engagementComboBox, &QComboBox::currentIndexChanged, this,
            &NewAgreementDialog::updateMissing);
    connect(m_ui->templateComboBox, &QComboBox::currentIndexChanged, this,
            &NewAgreementDialog::updateMissing);
    connect(m_ui->endDateCheckBox, &QCheckBox::toggled, this, &NewAgreementDialog::updateMissing);
    connect(m_ui->newEngagementTitleLineEdit, &QLineEdit::textChanged, this,
            &NewAgreementDialog::updateButtons);
    connect(m_ui->createEngagementButton, &QPushButton::clicked, this,
            &NewAgreementDialog::startEngagement);
    connect(m_ui->openMentorProfileButton, &QPushButton::clicked, this,
            [this] { goTo(DetailPlace::MentorProfile); });
    connect(m_ui->openClientButton, &QPushButton::clicked, this,
            [this] { goTo(DetailPlace::Client); });
    connect(m_ui->openEngagementButton, &QPushButton::clicked, this,
            [this] { goTo(DetailPlace::Engagement); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewAgreementDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewAgreementDialog::reject);
    connect(&workspace.changes(), &ChangeNotifier::changed, this,
            &NewAgreementDialog::applyChanges);
    updateMissing();
    resize(600, sizeHint().height());
}

NewAgreementDialog::~NewAgreementDialog() = default;

void NewAgreementDialog::fillClients(qint64 clientId) {
    QComboBox* combo = m_ui->clientComboBox;
    const QSignalBlocker quiet(combo);
    combo->clear();
    if (!m_workspace)
        return;
    // Every client, not only those with an engagement: one without gets the
    // form to start it.
    Result<QList<ClientListRow>> clients = m_workspace->clients().listRows();
    if (!clients) {
        ui::setErrorText(m_ui->newAgreementErrorLabel, clients.message());
        return;
    }
    const ClientNameStyle names = m_workspace->clients().listNameStyle();
    for (const ClientListRow& client : std::as_const(*clients))
        combo->addItem(clientListName(client.fullName, client.preferredName, names), client.id);
    combo->setCurrentIndex(std::max(0, combo->findData(clientId)));
    if (combo->count() == 0)
        ui::setErrorText(m_ui->newAgreementErrorLabel,
                         tr("There is no client yet. Add the client on the Clients page first: "
                            "an agreement is made with a client, for an engagement."));
}

void NewAgreementDialog::fillEngagements(qint64 engagementId) {
    QComboBox* combo = m_ui->engagementComboBox;
    {
        const QSignalBlocker quiet(combo);
        combo->clear();
        for (const AgreementEngagementChoice& choice : std::as_const(m_choices)) {
            if (choice.clientId == currentClientId())
                combo->addItem(choice.title, choice.engagementId);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(engagementId)));
    }
    const bool none = currentClientId() > 0 && combo->count() == 0;
    m_ui->engagementComboBox->setVisible(!none);
    m_ui->engagementLabel->setVisible(!none);
    m_ui->newEngagementGroupBox->setVisible(none);
    updateMissing();
}

qint64 NewAgreementDialog::currentClientId() const {
    return m_ui->clientComboBox->currentData().toLongLong();
}

qint64 NewAgreementDialog::currentEngagementId() const {
    return m_ui->engagementComboBox->count() > 0
               ? m_ui->engagementComboBox->currentData().toLongLong()
               : 0;
}

AgreementCreateOptions NewAgreementDialog::options() const {
    AgreementCreateOptions options;
    options.kind = AgreementKind(m_ui->templateComboBox->currentData().toInt());
    if (m_ui->endDateCheckBox->isChecked())
        options.endDate = m_ui->endDateEdit->date();
    return options;
}

void NewAgreementDialog::startEngagement() {
    if (!m_workspace || currentClientId() == 0)
        return;
    Engagement engagement;
    engagement.clientId = currentClientId();
    engagement.title = m_ui->newEngagementTitleLineEdit->text().trimmed();
    engagement.startDate = m_ui->newEngagementStartDateEdit->date();
    Result<Engagement> added = m_workspace->engagements().addEngagement(engagement);
    if (!added) {
        ui::setErrorText(m_ui->newAgreementErrorLabel, added.message());
        return;
    }
    ui::setErrorText(m_ui->newAgreementErrorLabel, QString());
    if (auto choices = m_workspace->agreements().engagementChoices())
        m_choices = *choices;
    m_ui->newEngagementTitleLineEdit->clear();
    fillEngagements(added->id);
}

void NewAgreementDialog::updateMissing() {
    m_missing.clear();
    if (m_workspace && currentEngagementId() > 0) {
        Result<QList<MissingDetail>> missing =
            m_workspace->agreements().missingDetails(currentEngagementId(), options());
        if (missing)
            m_missing = *missing;
    }
    const QString required = describeRequired(m_missing);
    const QString blanks = describeBlanks(m_missing);
    QStringList text;
    if (!required.isEmpty())
        text << required;
    if (!blanks.isEmpty())
        text << blanks;
    m_ui->missingDetailsLabel->setText(text.join(QLatin1Char('\n')));
    m_ui->missingDetailsLabel->setVisible(!text.isEmpty());
    const auto needs = [this](DetailPlace place) {
        return std::any_of(m_missing.cbegin(), m_missing.cend(),
                           [place](const MissingDetail& detail) { return detail.place == place; });
    };
    m_ui->openMentorProfileButton->setVisible(needs(DetailPlace::MentorProfile));
    m_ui->openClientButton->setVisible(needs(DetailPlace::Client));
    m_ui->openEngagementButton->setVisible(needs(DetailPlace::Engagement));
    updateButtons();
}

void NewAgreementDialog::updateButtons() {
    m_ui->createEngagementButton->setEnabled(
        !m_ui->newEngagementTitleLineEdit->text().trimmed().isEmpty());
    // Blanks are fine; the parties' names are not optional.
    m_generate->setEnabled(currentEngagementId() > 0 && describeRequired(m_missing).isEmpty());
}

void NewAgreementDialog::goTo(DetailPlace place) {
    if (!m_workspace)
        return;
    if (place == DetailPlace::MentorProfile) {
        // On top: the list below follows the saved profile.
        MentorProfileDialog profile(*m_workspace, this);
        profile.exec();
        return;
    }
    m_requestedPlace = place;
    m_requestedId = place == DetailPlace::Client ? currentClientId() : currentEngagementId();
    reject();
}

void NewAgreementDialog::applyChanges(const ChangeSet& changes) {
    if (!m_workspace)
        return;
    if (changes.touchesAny({RecordKind::Client, RecordKind::Engagement}) || changes.external()) {
        const qint64 client = currentClientId();
        const qint64 engagement = currentEngagementId();
        if (auto choices = m_workspace->agreements().engagementChoices())
            m_choices = *choices;
        fillClients(client);
        fillEngagements(engagement);
        return;
    }
    if (changes.touchesAny({RecordKind::MentorProfile, RecordKind::AgreementTemplate}))
        updateMissing();
}

void NewAgreementDialog::accept() {
    if (!m_workspace || currentEngagementId() == 0)
        return;
    auto created = m_workspace->agreements().createDraft(currentEngagementId(), options());
    if (!created) {
        ui::setErrorText(m_ui->newAgreementErrorLabel, created.message());
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace md
