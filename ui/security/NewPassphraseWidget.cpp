#include "security/NewPassphraseWidget.h"

#include "UiStyle.h"
#include "security/PassphraseStrength.h"

#include <QEvent>
#include <QFontMetrics>
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
    m_strengthLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_strengthLabel->installEventFilter(this);

    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("passphraseMatchLabel"));
    ui::styleAsError(m_matchLabel);
    // The mismatch warning comes and goes while typing: it keeps its row
    // (one line, shown even when empty) so nothing below moves.
    m_matchLabel->setWordWrap(false);
    m_matchLabel->setFixedHeight(m_matchLabel->fontMetrics().lineSpacing());
    m_matchLabel->show();

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
    reserveHintHeight();
}

bool NewPassphraseWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_strengthLabel &&
        (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        reserveHintHeight();
    return QWidget::eventFilter(watched, event);
}

void NewPassphraseWidget::reserveHintHeight() {
    const int width = m_strengthLabel->contentsRect().width();
    if (width <= 0)
        return;
    const QFontMetrics metrics(m_strengthLabel->font());
    int height = metrics.lineSpacing();
    using Level = PassphraseStrength::Level;
    for (const Level level :
         {Level::TooShort, Level::Weak, Level::Fair, Level::Good, Level::Strong}) {
        for (const int length : {0, PassphraseStrength::kMinimumLength - 1}) {
            PassphraseStrength sample;
            sample.level = level;
            sample.length = length;
            const QRect bounds =
                metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, sample.hint());
            height = qMax(height, bounds.height());
        }
    }
    const QMargins margins = m_strengthLabel->contentsMargins();
    height += margins.top() + margins.bottom() + 2 * m_strengthLabel->margin();
    // Fixed, not just a minimum: a wrapped label's height-for-width would
    // otherwise still follow the text shown.
    if (m_strengthLabel->minimumHeight() != height || m_strengthLabel->maximumHeight() != height)
        m_strengthLabel->setFixedHeight(height);
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
    m_matchLabel->setText(typedRepeat && !matches ? tr("The passphrases do not match.")
                                                  : QString());

    const bool acceptable = strength.isAcceptable() && matches;
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT acceptableChanged(acceptable);
    }
}

} // namespace md
