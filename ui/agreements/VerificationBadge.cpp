#include "agreements/VerificationBadge.h"

#include <QApplication>
#include <QEvent>
#include <QScopedValueRollback>

namespace md {

VerificationBadge::VerificationBadge(QWidget* parent)
    : QLabel(parent) {
    setAlignment(Qt::AlignCenter);
    setMargin(4);
    setAutoFillBackground(true);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setVerification({});
}

ui::ToneColours VerificationBadge::coloursFor(const QPalette& palette, VerificationStatus status) {
    switch (status) {
    case VerificationStatus::Verified:
        return ui::toneColours(palette, ui::successColor(palette));
    case VerificationStatus::Modified:
        return ui::toneColours(palette, ui::warningColor(palette));
    case VerificationStatus::NotSigned:
        break;
    }
    const QColor fill = palette.color(QPalette::AlternateBase);
    return {fill, ui::readableTextOn(fill, palette)};
}

void VerificationBadge::setVerification(const AgreementVerification& verification) {
    m_status = verification.status;
    switch (verification.status) {
    case VerificationStatus::Verified:
        setText(tr("✔ %1").arg(verificationLabel(verification)));
        setToolTip(verificationExplanation(verification));
        break;
    case VerificationStatus::Modified:
        setText(tr("✖ %1").arg(verificationLabel(verification)));
        setToolTip(verificationExplanation(verification));
        break;
    case VerificationStatus::NotSigned:
        setText(tr("Draft – not signed yet"));
        setToolTip(QString());
        break;
    }
    setAccessibleName(text());
    applyColours();
}

void VerificationBadge::applyColours() {
    const QScopedValueRollback applying(m_applyingColours, true);
    // From the palette around the badge, not its own (which holds the
    // colours set last time), so a change of theme is followed.
    const QPalette around =
        parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const ui::ToneColours colours = coloursFor(around, m_status);
    // Only these two roles are the badge's own; the rest is still inherited.
    QPalette own;
    own.setColor(QPalette::Window, colours.fill);
    own.setColor(QPalette::WindowText, colours.text);
    setPalette(own);
}

void VerificationBadge::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    const bool around =
        event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange;
    if (around && !m_applyingColours)
        applyColours();
}

} // namespace md
