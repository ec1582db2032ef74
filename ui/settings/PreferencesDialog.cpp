#include "settings/PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include "UiStyle.h"
#include "backup/BackupService.h"
#include "security/GrowToFit.h"
#include "settings/InterfaceLanguage.h"
#include "settings/Settings.h"
#include "settings/SettingsService.h"
#include "settings/Theme.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

#include <algorithm>

namespace md {

namespace {
// A day: beyond that "lock when idle" stops meaning anything.
constexpr int kMaxIdleMinutes = 24 * 60;
} // namespace

PreferencesDialog::PreferencesDialog(Settings& settings, SettingsService* practice,
                                     const QString& workspaceDirectory, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_practice(practice)
    , m_ui(std::make_unique<Ui::PreferencesDialog>()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    ui::styleAsSecondary(m_ui->idleLockHintLabel);
    ui::styleAsSecondary(m_ui->languageHintLabel);
    ui::styleAsSecondary(m_ui->practiceHintLabel);
    ui::styleAsSecondary(m_ui->backupHintLabel);
    m_ui->errorLabel->hide();

    // 0 is allowed but spelled out, so nobody turns the lock off by accident.
    m_ui->idleLockSpinBox->setRange(0, kMaxIdleMinutes);
    m_ui->idleLockSpinBox->setValue(std::clamp(settings.idleLockMinutes(), 0, kMaxIdleMinutes));

    // Each language under its own name, so a mentor who cannot read the
    // current one still finds theirs.
    m_ui->languageComboBox->addItem(tr("System default"), QString());
    for (const InterfaceLanguage& language : interfaceLanguages())
        m_ui->languageComboBox->addItem(language.nativeName, language.code);
    m_ui->languageComboBox->setCurrentIndex(
        std::max(0, m_ui->languageComboBox->findData(settings.interfaceLanguage())));

    m_ui->themeComboBox->addItem(tr("Follow the system"), int(ThemeChoice::System));
    m_ui->themeComboBox->addItem(tr("Light"), int(ThemeChoice::Light));
    m_ui->themeComboBox->addItem(tr("Dark"), int(ThemeChoice::Dark));
    m_ui->themeComboBox->setCurrentIndex(
        std::max(0, m_ui->themeComboBox->findData(int(settings.theme()))));

    m_ui->clientNamesComboBox->addItem(tr("Preferred name (else full name)"),
                                       int(ClientNameStyle::Preferred));
    m_ui->clientNamesComboBox->addItem(tr("Full name"), int(ClientNameStyle::Full));
    m_ui->clientNamesComboBox->setToolTip(
        tr("Which of a client's names the client list, the pipeline, the calendar, billing "
           "and search show. Agreements and invoices are not affected."));

    m_ui->staleDaysSpinBox->setRange(PracticeRules::kMinStaleDays, PracticeRules::kMaxStaleDays);
    m_ui->reminderSpinBox->setRange(0, PracticeRules::kMaxReminderMinutes);
    m_ui->practiceGroupBox->setVisible(m_practice != nullptr);
    if (m_practice) {
        const Result<PracticeRules> rules = m_practice->practiceRules();
        const PracticeRules shown = rules ? *rules : PracticeRules{};
        m_ui->staleDaysSpinBox->setValue(shown.staleEngagementDays);
        m_ui->reminderSpinBox->setValue(shown.reminderMinutes);
        m_ui->clientNamesComboBox->setCurrentIndex(
            std::max(0, m_ui->clientNamesComboBox->findData(int(shown.clientNames))));
        if (!rules) {
            m_ui->errorLabel->setText(rules.message());
            m_ui->errorLabel->show();
        }
    }

    const QString folder = settings.value(Settings::Key::BackupFolder).toString();
    m_ui->backupFolderLineEdit->setText(QDir::toNativeSeparators(folder));
    m_ui->backupFolderLineEdit->setPlaceholderText(
        workspaceDirectory.isEmpty()
            ? tr("Beside the workspace folder")
            : QDir::toNativeSeparators(BackupService::defaultFolder(workspaceDirectory)));
    m_ui->keepDailySpinBox->setValue(settings.value(Settings::Key::BackupKeepDaily).toInt());
    m_ui->keepWeeklySpinBox->setValue(settings.value(Settings::Key::BackupKeepWeekly).toInt());
    m_ui->keepMonthlySpinBox->setValue(settings.value(Settings::Key::BackupKeepMonthly).toInt());
    connect(m_ui->browseBackupFolderButton, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup Folder"));
        if (!chosen.isEmpty())
            m_ui->backupFolderLineEdit->setText(QDir::toNativeSeparators(chosen));
    });

    connect(m_ui->preferencesButtonBox, &QDialogButtonBox::accepted, this,
            &PreferencesDialog::accept);
    connect(m_ui->preferencesButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept() {
    if (m_ui->keepDailySpinBox->value() + m_ui->keepWeeklySpinBox->value() +
            m_ui->keepMonthlySpinBox->value() ==
        0) {
        m_ui->errorLabel->setText(
            tr("Keep at least one backup: set the daily, weekly or monthly number above 0."));
        m_ui->errorLabel->show();
        m_ui->keepDailySpinBox->setFocus();
        return;
    }
    const QString folder = QDir::fromNativeSeparators(m_ui->backupFolderLineEdit->text().trimmed());
    if (!folder.isEmpty()) {
        // Said now, not at the first backup: a missing drive is a clear warning.
        const QFileInfo info(folder);
        const bool usable = info.exists() ? info.isDir() && info.isWritable()
                                          : QFileInfo(info.absolutePath()).isWritable();
        if (!usable) {
            m_ui->errorLabel->setText(tr("The backup folder %1 does not exist or cannot be written "
                                         "to. Plug in the drive or choose another folder.")
                                          .arg(QDir::toNativeSeparators(folder)));
            m_ui->errorLabel->show();
            return;
        }
    }
    if (m_practice) {
        PracticeRules rules;
        rules.staleEngagementDays = m_ui->staleDaysSpinBox->value();
        rules.reminderMinutes = m_ui->reminderSpinBox->value();
        rules.clientNames = ClientNameStyle(m_ui->clientNamesComboBox->currentData().toInt());
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
    // The combo box offers only known languages, so this cannot refuse.
    m_settings.setInterfaceLanguage(m_ui->languageComboBox->currentData().toString());
    const auto theme = ThemeChoice(m_ui->themeComboBox->currentData().toInt());
    if (theme != m_settings.theme()) {
        m_settings.setTheme(theme);
        ui::applyTheme(theme); // colours change at once, unlike the language
    }
    m_settings.setValue(Settings::Key::BackupFolder, folder);
    m_settings.setValue(Settings::Key::BackupKeepDaily, m_ui->keepDailySpinBox->value());
    m_settings.setValue(Settings::Key::BackupKeepWeekly, m_ui->keepWeeklySpinBox->value());
    m_settings.setValue(Settings::Key::BackupKeepMonthly, m_ui->keepMonthlySpinBox->value());
    QDialog::accept();
}

void PreferencesDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    // The hints wrap; a dialog's first size ignores how tall that makes them.
    growToFit(this);
}

} // namespace md
