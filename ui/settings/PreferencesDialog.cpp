#include "settings/PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include "UiStyle.h"
#include "settings/Settings.h"
#include "settings/SettingsService.h"

#include <QPushButton>

#include <algorithm>

namespace md {

namespace {
// A day: beyond that "lock when idle" stops meaning anything.
constexpr int kMaxIdleMinutes = 24 * 60;
} // namespace

PreferencesDialog::PreferencesDialog(Settings& settings, SettingsService* practice, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_practice(practice)
    , m_ui(std::make_unique<Ui::PreferencesDialog>()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    ui::styleAsSecondary(m_ui->idleLockHintLabel);
    ui::styleAsSecondary(m_ui->languageHintLabel);
    ui::styleAsSecondary(m_ui->practiceHintLabel);
    m_ui->errorLabel->hide();

    // 0 is allowed but spelled out, so nobody turns the lock off by accident.
    m_ui->idleLockSpinBox->setRange(0, kMaxIdleMinutes);
    m_ui->idleLockSpinBox->setValue(std::clamp(settings.idleLockMinutes(), 0, kMaxIdleMinutes));

    // Each language under its own name, so a mentor who cannot read the
    // current one still finds theirs.
    m_ui->languageComboBox->addItem(tr("As the system"), QString());
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const int language =
        m_ui->languageComboBox->findData(settings.value(Settings::Key::Language).toString());
    m_ui->languageComboBox->setCurrentIndex(std::max(0, language));

    m_ui->staleDaysSpinBox->setRange(PracticeRules::kMinStaleDays, PracticeRules::kMaxStaleDays);
    m_ui->reminderSpinBox->setRange(0, PracticeRules::kMaxReminderMinutes);
    m_ui->practiceGroupBox->setVisible(m_practice != nullptr);
    if (m_practice) {
        const Result<PracticeRules> rules = m_practice->practiceRules();
        const PracticeRules shown = rules ? *rules : PracticeRules{};
        m_ui->staleDaysSpinBox->setValue(shown.staleEngagementDays);
        m_ui->reminderSpinBox->setValue(shown.reminderMinutes);
        if (!rules) {
            m_ui->errorLabel->setText(rules.message());
            m_ui->errorLabel->show();
        }
    }

    connect(m_ui->preferencesButtonBox, &QDialogButtonBox::accepted, this,
            &PreferencesDialog::accept);
    connect(m_ui->preferencesButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept() {
    if (m_practice) {
        PracticeRules rules;
        rules.staleEngagementDays = m_ui->staleDaysSpinBox->value();
        rules.reminderMinutes = m_ui->reminderSpinBox->value();
        const Result<PracticeRules> before = m_practice->practiceRules();
        if (!before || *before != rules) {
            if (const Status saved = m_practice->savePracticeRules(rules); !saved) {
                // Nothing of this computer's part is saved either: one OK, one outcome.
                m_ui->errorLabel->setText(saved.message());
                m_ui->errorLabel->show();
                return;
            }
        }
    }
    if (m_settings.idleLockMinutes() != m_ui->idleLockSpinBox->value())
        m_settings.setIdleLockMinutes(m_ui->idleLockSpinBox->value());
    m_settings.setValue(Settings::Key::Language, m_ui->languageComboBox->currentData());
    QDialog::accept();
}

} // namespace md
