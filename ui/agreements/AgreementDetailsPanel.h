#pragma once

#include "agreements/Agreement.h"
#include "agreements/AgreementContext.h"
#include "agreements/AgreementVerifier.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace md {

struct DraftBlanks;
class VerificationBadge;

// The selected agreement: its verification badge, the facts that matter
// (parties, state, template version, fingerprint) and the text itself; for a
// draft, the details it prints as blank lines with a button to where each is
// set, and a button to fill in those set since it was generated.
class AgreementDetailsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit AgreementDetailsPanel(QWidget* parent = nullptr);

    // `clientName` and `templateVersion` (0 = unknown) as the caller knows
    // them; `signingFacts` as AgreementService::signingFacts() says them.
    void showAgreement(const Agreement& agreement, const QString& clientName,
                       const AgreementVerification& verification, int templateVersion,
                       const QStringList& signingFacts = {});
    // What the shown draft leaves blank (nothing for a signed agreement).
    void showBlanks(const std::optional<DraftBlanks>& blanks);
    void clear();
    VerificationBadge* badge() const { return m_badge; }
    // The narrowest the text may be: lines of about 40 characters of its font.
    static int readableWidth();

Q_SIGNALS:
    // The mentor wants to set a missing detail where it belongs.
    void detailPlaceRequested(md::DetailPlace place);
    // The mentor wants the draft rendered again with the details set now.
    void fillInRequested();

private:
    QLabel* m_heading = nullptr;
    VerificationBadge* m_badge = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_blanks = nullptr;
    QPushButton* m_profileButton = nullptr;
    QPushButton* m_clientButton = nullptr;
    QPushButton* m_engagementButton = nullptr;
    QPushButton* m_fillInButton = nullptr;
    QTextBrowser* m_text = nullptr;
};

} // namespace md
