#include "agreements/VerificationBadge.h"

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

void VerificationBadge::setVerification(const AgreementVerification& verification) {
    m_status = verification.status;
    QPalette colours = palette();
    QColor background;
    QColor text;
    switch (verification.status) {
    case VerificationStatus::Verified:
        setText(tr("✔ %1").arg(verificationLabel(verification)));
        setToolTip(verificationExplanation(verification));
        background = QColor(0xdf, 0xf3, 0xe4);
        text = QColor(0x1f, 0x6a, 0x34);
        break;
    case VerificationStatus::Modified:
        setText(tr("✖ %1").arg(verificationLabel(verification)));
        setToolTip(verificationExplanation(verification));
        background = QColor(0xfb, 0xe0, 0xe0);
        text = QColor(0x9b, 0x16, 0x16);
        break;
    case VerificationStatus::NotSigned:
        setText(tr("Draft – not signed yet"));
        setToolTip(QString());
        background = colours.color(QPalette::AlternateBase);
        text = colours.color(QPalette::WindowText);
        break;
    }
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, text);
    setPalette(colours);
    setAccessibleName(text.isValid() ? this->text() : QString());
}

} // namespace md
