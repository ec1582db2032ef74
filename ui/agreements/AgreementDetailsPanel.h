#pragma once

#include "agreements/Agreement.h"
#include "agreements/AgreementVerifier.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace md {

class VerificationBadge;

// The selected agreement: its verification badge, the facts that matter
// (parties, state, template version, fingerprint) and the text itself.
class AgreementDetailsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit AgreementDetailsPanel(QWidget* parent = nullptr);

    // `clientName` and `templateVersion` (0 = unknown) as the caller knows
    // them; `signingFacts` as AgreementService::signingFacts() says them.
    void showAgreement(const Agreement& agreement, const QString& clientName,
                       const AgreementVerification& verification, int templateVersion,
                       const QStringList& signingFacts = {});
    void clear();
    VerificationBadge* badge() const { return m_badge; }
    // The narrowest the text may be: lines of about 40 characters of its font.
    static int readableWidth();

private:
    QLabel* m_heading = nullptr;
    VerificationBadge* m_badge = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_problems = nullptr;
    QTextBrowser* m_text = nullptr;
};

} // namespace md
