#include "settings/PreferencesDialog.h"

#include "UiStyle.h"
#include "settings/Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace md {

namespace {
// A day: beyond that "lock when idle" stops meaning anything.
constexpr int kMaxIdleMinutes = 24 * 60;
} // namespace

PreferencesDialog::PreferencesDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_idleLock = new QSpinBox(this);
    m_idleLock->setObjectName(QStringLiteral("idleLockSpinBox"));
    m_idleLock->setRange(0, kMaxIdleMinutes);
    m_idleLock->setSuffix(tr(" min"));
    // 0 is allowed but spelled out, so nobody turns the lock off by accident.
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setValue(std::clamp(settings.idleLockMinutes(), 0, kMaxIdleMinutes));

    auto* hint = new QLabel(tr("When MentorDesk has not been used for this long, it locks: the "
                               "workspace is closed, the key is wiped from memory and the "
                               "passphrase is needed again."),
                            this);
    hint->setWordWrap(true);
    ui::styleAsSecondary(hint);

    auto* form = new QFormLayout;
    form->addRow(tr("&Lock after inactivity:"), m_idleLock);
    form->addRow(hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept() {
    if (m_settings.idleLockMinutes() != m_idleLock->value())
        m_settings.setIdleLockMinutes(m_idleLock->value());
    QDialog::accept();
}

} // namespace md
