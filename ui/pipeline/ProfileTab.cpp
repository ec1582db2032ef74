#include "pipeline/ProfileTab.h"

#include "UiStyle.h"
#include "billing/Money.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "pipeline/EngagementService.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace md {

ProfileTab::ProfileTab(QWidget* parent)
    : EngagementTab(parent) {
    setObjectName(QStringLiteral("profileTab"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("engagementTitleLineEdit"));
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_start->setCalendarPopup(true);
    m_sessions = new QSpinBox(this);
    m_sessions->setObjectName(QStringLiteral("plannedSessionsSpinBox"));
    m_sessions->setRange(0, 500);
    m_sessions->setSpecialValueText(tr("Not decided"));
    m_cadence = new QComboBox(this);
    m_cadence->setObjectName(QStringLiteral("cadenceComboBox"));
    for (Cadence cadence : allOf<Cadence>())
        m_cadence->addItem(labelOf(cadence), int(cadence));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    for (EngagementFormat format : allOf<EngagementFormat>())
        m_format->addItem(labelOf(format), int(format));
    m_fee = new QLineEdit(this);
    m_fee->setObjectName(QStringLiteral("feeNoteLineEdit"));
    m_fee->setPlaceholderText(tr("e.g. package of 8 sessions, paid by the employer"));
    m_sessionFee = new QLineEdit(this);
    m_sessionFee->setObjectName(QStringLiteral("sessionFeeLineEdit"));
    m_sessionFee->setToolTip(tr("Before tax. This engagement's held sessions are billed at it, "
                                "whatever the price list says."));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("profileNotesTextEdit"));
    m_notes->setPlaceholderText(tr("Your reading of the mentee's profile before the first "
                                   "session: background, what stands out, questions to ask."));
    m_notes->setTabChangesFocus(true);
    m_outcome = new QPlainTextEdit(this);
    m_outcome->setObjectName(QStringLiteral("outcomeTextEdit"));
    m_outcome->setPlaceholderText(tr("Written when the engagement ends."));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setMaximumHeight(70);

    auto* terms = new QFormLayout;
    terms->addRow(tr("&Title:"), m_title);
    terms->addRow(tr("&Start:"), m_start);
    terms->addRow(tr("Planned s&essions:"), m_sessions);
    terms->addRow(tr("&Cadence:"), m_cadence);
    terms->addRow(tr("&Format:"), m_format);
    terms->addRow(tr("Fee &note:"), m_fee);
    terms->addRow(tr("Fee per sess&ion:"), m_sessionFee);
    terms->addRow(tr("O&utcome:"), m_outcome);

    m_agreement = new QLabel(this);
    m_agreement->setObjectName(QStringLiteral("agreementStatusLabel"));
    m_agreement->setWordWrap(true);
    ui::styleAsSecondary(m_agreement);
    m_prepareAgreement = new QPushButton(tr("Prepare A&greement…"), this);
    m_prepareAgreement->setObjectName(QStringLiteral("prepareAgreementButton"));
    m_prepareAgreement->setToolTip(tr("Generate an agreement for this engagement in the "
                                      "Agreements area"));
    m_clientProfile = new QLabel(this);
    m_clientProfile->setObjectName(QStringLiteral("clientProfileLabel"));
    m_clientProfile->setWordWrap(true);
    m_clientProfile->setTextFormat(Qt::RichText);
    m_clientProfile->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* profileBox = new QGroupBox(tr("The client's profile"), this);
    auto* profileLayout = new QVBoxLayout(profileBox);
    profileLayout->addWidget(m_clientProfile);
    profileLayout->addStretch();

    auto* notesLabel = new QLabel(tr("&Profile-study notes:"), this);
    notesLabel->setBuddy(m_notes);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileErrorLabel"));
    ui::styleAsError(m_error);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveProfileButton"));

    auto* left = new QVBoxLayout;
    left->addLayout(terms);
    left->addWidget(notesLabel);
    left->addWidget(m_notes, 1);
    auto* agreementRow = new QHBoxLayout;
    agreementRow->addWidget(m_agreement, 1);
    agreementRow->addWidget(m_prepareAgreement);
    left->addLayout(agreementRow);
    left->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    left->addLayout(buttons);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(profileBox, 2);

    connect(m_save, &QPushButton::clicked, this, &ProfileTab::save);
    connect(m_prepareAgreement, &QPushButton::clicked, this, [this] {
        if (m_engagementId > 0)
            Q_EMIT agreementRequested(m_engagementId);
    });
    auto markDirty = [this] {
        setDirty(true);
    };
    connect(m_title, &QLineEdit::textEdited, this, markDirty);
    connect(m_fee, &QLineEdit::textEdited, this, markDirty);
    connect(m_sessionFee, &QLineEdit::textEdited, this, markDirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, markDirty);
    connect(m_outcome, &QPlainTextEdit::textChanged, this, markDirty);
    connect(m_start, &QDateEdit::dateChanged, this, markDirty);
    connect(m_sessions, &QSpinBox::valueChanged, this, markDirty);
    connect(m_cadence, &QComboBox::currentIndexChanged, this, markDirty);
    connect(m_format, &QComboBox::currentIndexChanged, this, markDirty);
    setDirty(false);
}

void ProfileTab::setEngagement(Workspace* workspace, qint64 engagementId) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_engagementId = workspace ? engagementId : 0;
    if (m_workspace && m_engagementId > 0)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &ProfileTab::followChanges);
    load();
}

void ProfileTab::followChanges(const ChangeSet& changes) {
    // The form follows changes made elsewhere, never over unsaved edits.
    const bool formChanged =
        changes.external() || changes.ids(RecordKind::Engagement).contains(m_engagementId);
    if (formChanged && !m_dirty) {
        if (auto engagement = m_workspace->engagements().engagement(m_engagementId))
            loadForm(engagement.value());
    }
    if (changes.external() || changes.ids(RecordKind::Client).contains(m_clientId))
        loadClientProfile();
    if (changes.touches(RecordKind::Agreement))
        loadAgreement();
}

void ProfileTab::load() {
    Engagement e;
    if (m_workspace && m_engagementId > 0) {
        if (auto loaded = m_workspace->engagements().engagement(m_engagementId))
            e = loaded.value();
    }
    loadForm(e);
    loadClientProfile();
    loadAgreement();
    ui::setErrorText(m_error, QString());
    setEnabled(m_engagementId > 0);
}

void ProfileTab::loadForm(const Engagement& e) {
    m_loading = true;
    m_clientId = e.clientId;
    m_title->setText(e.title);
    m_start->setDate(e.startDate.isValid() ? e.startDate : QDate(2000, 1, 1));
    m_sessions->setValue(e.plannedSessions);
    m_cadence->setCurrentIndex(m_cadence->findData(int(e.cadence)));
    m_format->setCurrentIndex(m_format->findData(int(e.format)));
    m_fee->setText(e.feeNote);
    m_currency = QStringLiteral("EUR");
    if (m_workspace) {
        if (auto business = m_workspace->settings().businessSettings())
            m_currency = business->currency;
    }
    m_sessionFee->setPlaceholderText(Money(12000, m_currency).formatForInput());
    m_sessionFee->setText(
        e.sessionFeeMinor > 0 ? Money(e.sessionFeeMinor, m_currency).formatForInput() : QString());
    m_notes->setPlainText(e.profileNotes);
    m_outcome->setPlainText(e.outcome);
    m_loading = false;
    setDirty(false);
}

void ProfileTab::loadClientProfile() {
    QString profile;
    if (m_workspace && m_clientId > 0) {
        if (auto client = m_workspace->clients().get(m_clientId)) {
            auto section = [](const QString& title, const QString& text) {
                if (text.trimmed().isEmpty())
                    return QString();
                return QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(title.toHtmlEscaped(),
                         text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            };
            profile = section(client->displayName(),
                              client->role + QLatin1Char(' ') + client->organisation) +
                      section(tr("Background"), client->background) +
                      section(tr("Strengths"), client->strengths) +
                      section(tr("Weaknesses"), client->weaknesses) +
                      section(tr("Aspirations"), client->aspirations);
        }
    }
    m_clientProfile->setText(profile.isEmpty()
                                 ? tr("The client's profile is empty. Fill it in on the "
                                      "Clients page; the needs link to its strengths and "
                                      "weaknesses.")
                                 : profile);
}

void ProfileTab::loadAgreement() {
    // Stage 1 always needs the signed agreement (EngagementService's gate).
    bool onRecord = false;
    if (m_workspace && m_engagementId > 0) {
        if (auto signedAgreement = m_workspace->engagements().hasSignedAgreement(m_engagementId))
            onRecord = *signedAgreement;
    }
    m_agreement->setText(onRecord ? tr("A signed agreement with confidentiality terms is on "
                                       "record.")
                                  : tr("Leaving this stage also needs a signed agreement with "
                                       "confidentiality terms (see Agreements)."));
}

void ProfileTab::setDirty(bool dirty) {
    if (m_loading)
        return;
    m_dirty = dirty;
    m_save->setEnabled(dirty);
}

bool ProfileTab::save() {
    if (!m_workspace || m_engagementId <= 0)
        return false;
    auto current = m_workspace->engagements().engagement(m_engagementId);
    if (!current) {
        ui::setErrorText(m_error, current.message());
        return false;
    }
    Engagement e = current.value();
    e.title = m_title->text();
    e.startDate = m_start->date();
    e.plannedSessions = m_sessions->value();
    e.cadence = static_cast<Cadence>(m_cadence->currentData().toInt());
    e.format = static_cast<EngagementFormat>(m_format->currentData().toInt());
    e.feeNote = m_fee->text().trimmed();
    e.sessionFeeMinor = 0;
    if (!m_sessionFee->text().trimmed().isEmpty()) {
        const auto fee = Money::parseInput(m_sessionFee->text(), m_currency);
        if (!fee) {
            m_sessionFee->setFocus(Qt::OtherFocusReason);
            ui::setErrorText(m_error, fee.message());
            return false;
        }
        e.sessionFeeMinor = fee->minorUnits();
    }
    e.profileNotes = m_notes->toPlainText().trimmed();
    e.outcome = m_outcome->toPlainText().trimmed();
    auto saved = m_workspace->engagements().updateEngagement(e);
    if (!saved) {
        ui::setErrorText(m_error, saved.message());
        return false;
    }
    ui::setErrorText(m_error, QString());
    setDirty(false);
    Q_EMIT statusMessage(tr("Saved \"%1\".").arg(saved->title));
    return true;
}

void ProfileTab::focusTarget(const FillTarget& target) {
    if (target.field == QLatin1String("profileNotes")) {
        m_notes->setFocus(Qt::OtherFocusReason);
    } else if (target.field == QLatin1String("agreement")) {
        // The agreement is made in the Agreements area, not on this tab.
        m_prepareAgreement->setFocus(Qt::OtherFocusReason);
        if (m_engagementId > 0)
            Q_EMIT agreementRequested(m_engagementId);
    } else {
        m_title->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace md
