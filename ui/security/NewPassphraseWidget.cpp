#include "security/NewPassphraseWidget.h"

#include "UiStyle.h"
#include "security/PassphraseStrength.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace md {

NewPassphraseWidget::NewPassphraseWidget(QWidget* parent)
    : QWidget(parent) {
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("newPassphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setClearButtonEnabled(false);

    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassphraseLineEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);

    m_strengthBar = new QProgressBar(this);
    m_strengthBar->setObjectName(QStringLiteral("passphraseStrengthProgressBar"));
    m_strengthBar->setRange(0, 100);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setMaximumHeight(6);
    m_strengthBar->setAccessibleName(tr("Passphrase strength"));

    m_strengthLabel = new QLabel(this);
    m_strengthLabel->setObjectName(QStringLiteral("passphraseStrengthLabel"));
    m_strengthLabel->setWordWrap(true);
    ui::styleAsSecondary(m_strengthLabel);

    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("passphraseMatchLabel"));
    ui::styleAsError(m_matchLabel);

    auto* strengthBox = new QVBoxLayout;
    strengthBox->setSpacing(4);
    strengthBox->addWidget(m_strengthBar);
    strengthBox->addWidget(m_strengthLabel);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), strengthBox);
    form->addRow(tr("&Repeat passphrase:"), m_repeat);
    form->addRow(QString(), m_matchLabel);

    connect(m_passphrase, &QLineEdit::textChanged, this, &NewPassphraseWidget::updateHints);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPassphraseWidget::updateHints);
    updateHints();
}

bool NewPassphraseWidget::isAcceptable() const {
    return m_acceptable;
}

SecureBytes NewPassphraseWidget::passphrase() const {
    QByteArray plain = m_passphrase->text().toUtf8();
    return SecureBytes::takeFrom(plain);
}

SecureBytes NewPassphraseWidget::takePassphrase() {
    SecureBytes secret = passphrase();
    clear();
    return secret;
}

void NewPassphraseWidget::clear() {
    m_passphrase->clear();
    m_repeat->clear();
}

void NewPassphraseWidget::focusFirstField() {
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void NewPassphraseWidget::updateHints() {
    const PassphraseStrength strength = PassphraseStrength::evaluate(m_passphrase->text());
    m_strengthBar->setValue(strength.percent());
    m_strengthLabel->setText(strength.hint());

    // A traffic-light colour for the meter; the words carry the meaning too.
    QString colour = QStringLiteral("#c0392b");
    if (strength.level == PassphraseStrength::Level::Fair)
        colour = QStringLiteral("#d68910");
    else if (strength.level >= PassphraseStrength::Level::Good)
        colour = QStringLiteral("#1e8449");
    m_strengthBar->setStyleSheet(
        QStringLiteral("QProgressBar { border: none; background: palette(midlight); }"
                       "QProgressBar::chunk { background: %1; }")
            .arg(colour));

    const bool typedRepeat = !m_repeat->text().isEmpty();
    const bool matches = m_passphrase->text() == m_repeat->text();
    ui::setErrorText(m_matchLabel,
                     typedRepeat && !matches ? tr("The passphrases do not match.") : QString());

    const bool acceptable = strength.isAcceptable() && matches;
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT acceptableChanged(acceptable);
    }
}

} // namespace md
