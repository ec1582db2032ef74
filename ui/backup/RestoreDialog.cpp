#include "backup/RestoreDialog.h"

#include "ui_RestoreDialog.h"

#include "BusyCursor.h"
#include "UiStyle.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QPushButton>

namespace md {

RestoreDialog::RestoreDialog(const QString& backupFolder, const QString& currentWorkspace,
                             const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RestoreDialog>())
    , m_currentWorkspace(currentWorkspace)
    , m_clock(clock) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("restoreDialog"));
    ui::styleAsSecondary(m_ui->backupDetailsLabel);
    ui::styleAsSecondary(m_ui->secretHintLabel);
    ui::styleAsError(m_ui->errorLabel);
    m_restoreButton =
        m_ui->restoreButtonBox->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));

    const bool canReplace = !currentWorkspace.isEmpty() && Workspace::exists(currentWorkspace);
    m_ui->replaceRadioButton->setEnabled(canReplace);
    // A new folder beside the workspace, named so it cannot be mistaken for it.
    const QFileInfo base(currentWorkspace.isEmpty()
                             ? QDir::homePath() + QStringLiteral("/MentorDesk")
                             : QDir::cleanPath(currentWorkspace));
    m_ui->targetLineEdit->setText(QDir::toNativeSeparators(base.dir().filePath(
        base.fileName() + QStringLiteral("-restored-") +
        clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")))));

    connect(m_ui->chooseFolderButton, &QPushButton::clicked, this, &RestoreDialog::chooseFolder);
    connect(m_ui->browseTargetButton, &QPushButton::clicked, this, &RestoreDialog::browseTarget);
    connect(m_ui->backupComboBox, &QComboBox::currentIndexChanged, this,
            &RestoreDialog::updateState);
    connect(m_ui->newFolderRadioButton, &QRadioButton::toggled, this, &RestoreDialog::updateState);
    connect(m_ui->secretLineEdit, &QLineEdit::textChanged, this, &RestoreDialog::updateState);
    connect(m_ui->targetLineEdit, &QLineEdit::textChanged, this, &RestoreDialog::updateState);
    connect(m_ui->recoveryKeyCheckBox, &QCheckBox::toggled, this, [this](bool recovery) {
        m_ui->secretLabel->setText(recovery ? tr("&Recovery key:") : tr("&Passphrase:"));
        m_ui->secretLineEdit->setEchoMode(recovery ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->secretLineEdit->clear();
        m_ui->secretLineEdit->setFocus();
    });
    connect(m_ui->restoreButtonBox, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(m_ui->restoreButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadBackups(backupFolder);
}

RestoreDialog::~RestoreDialog() {
    m_ui->secretLineEdit->clear();
}

void RestoreDialog::preferReplacing() {
    if (m_ui->replaceRadioButton->isEnabled())
        m_ui->replaceRadioButton->setChecked(true);
}

void RestoreDialog::loadBackups(const QString& folder) {
    m_ui->backupComboBox->clear();
    m_backups.clear();
    Result<QList<BackupInfo>> backups = BackupService::list(folder);
    if (backups)
        m_backups = backups.value();
    // A folder that is itself one backup counts too.
    if (m_backups.isEmpty()) {
        if (Result<BackupInfo> single = BackupService::read(folder);
            single && single->verifiedUtc.isValid())
            m_backups.append(single.value());
    }
    const QLocale locale;
    for (const BackupInfo& info : std::as_const(m_backups))
        m_ui->backupComboBox->addItem(
            info.automatic
                ? tr("%1 (automatic)")
                      .arg(locale.toString(info.createdUtc.toLocalTime(), QLocale::ShortFormat))
                : locale.toString(info.createdUtc.toLocalTime(), QLocale::ShortFormat));
    ui::setErrorText(m_ui->errorLabel,
                     m_backups.isEmpty()
                         ? tr("There is no verified backup in %1. Choose the folder that holds "
                              "your backups.")
                               .arg(QDir::toNativeSeparators(folder))
                         : QString());
    updateState();
}

void RestoreDialog::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with Backups"));
    if (!folder.isEmpty())
        loadBackups(folder);
}

void RestoreDialog::browseTarget() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for the Restored Workspace"));
    if (!folder.isEmpty())
        m_ui->targetLineEdit->setText(QDir::toNativeSeparators(folder));
}

const BackupInfo* RestoreDialog::selectedBackup() const {
    const int index = m_ui->backupComboBox->currentIndex();
    return index >= 0 && index < m_backups.size() ? &m_backups.at(index) : nullptr;
}

void RestoreDialog::updateState() {
    const BackupInfo* backup = selectedBackup();
    m_ui->backupDetailsLabel->setText(
        backup ? tr("%1 MB, verified, in %2")
                     .arg(QString::number(double(backup->bytes) / (1024.0 * 1024.0), 'f', 1),
                          QDir::toNativeSeparators(backup->path))
               : QString());
    const bool toNewFolder = m_ui->newFolderRadioButton->isChecked();
    m_ui->targetLineEdit->setEnabled(toNewFolder);
    m_ui->browseTargetButton->setEnabled(toNewFolder);
    m_restoreButton->setEnabled(
        backup && !m_ui->secretLineEdit->text().isEmpty() &&
        (!toNewFolder || !m_ui->targetLineEdit->text().trimmed().isEmpty()));
}

void RestoreDialog::accept() {
    const BackupInfo* backup = selectedBackup();
    if (!backup)
        return;
    QByteArray typed = m_ui->secretLineEdit->text().toUtf8();
    const SecureBytes secret = SecureBytes::takeFrom(typed);
    const BackupRestore::Secret kind = m_ui->recoveryKeyCheckBox->isChecked()
                                           ? BackupRestore::Secret::RecoveryKey
                                           : BackupRestore::Secret::Passphrase;
    const bool replace = m_ui->replaceRadioButton->isChecked();
    const QString target = replace
                               ? m_currentWorkspace
                               : QDir::fromNativeSeparators(m_ui->targetLineEdit->text().trimmed());
    if (!replace && Workspace::exists(target)) {
        ui::setErrorText(m_ui->errorLabel,
                         tr("%1 already holds a workspace. Choose a new or empty folder.")
                             .arg(QDir::toNativeSeparators(target)));
        return;
    }
    if (replace && m_beforeReplace) {
        m_beforeReplace();
        m_closedCurrent = true;
    }
    Result<BackupRestore::Restored> restored = [&] {
        BusyCursor busy;
        return replace ? BackupRestore::replacing(*backup, target, secret, kind, m_clock)
                       : BackupRestore::intoNewFolder(*backup, target, secret, kind, m_clock);
    }();
    if (!restored) {
        ui::setErrorText(m_ui->errorLabel, restored.message());
        m_ui->secretLineEdit->selectAll();
        m_ui->secretLineEdit->setFocus();
        return;
    }
    m_ui->secretLineEdit->clear();
    m_restored = std::move(restored.value());
    m_restoredDirectory = QDir(target).absolutePath();
    QDialog::accept();
}

} // namespace md
