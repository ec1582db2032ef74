#include "agreements/AgreementDetailsPanel.h"

#include "UiStyle.h"
#include "agreements/AgreementPdfRenderer.h"
#include "agreements/AgreementService.h"
#include "agreements/VerificationBadge.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace md {

AgreementDetailsPanel::AgreementDetailsPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("agreementDetailsPanel"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("agreementHeadingLabel"));
    m_heading->setWordWrap(true);
    ui::styleAsHeading(m_heading, 1.25);
    m_badge = new VerificationBadge(this);
    m_badge->setObjectName(QStringLiteral("verificationBadge"));
    // "Paper signature attached, unchanged since …" is long beside a title.
    m_badge->setWordWrap(true);
    m_badge->setMaximumWidth(fontMetrics().averageCharWidth() * 28);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("agreementFactsLabel"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("verificationProblemsLabel"));
    ui::styleAsError(m_problems);
    m_blanks = new QLabel(this);
    m_blanks->setObjectName(QStringLiteral("draftBlanksLabel"));
    m_blanks->setWordWrap(true);
    m_blanks->setTextFormat(Qt::PlainText);
    const auto placeButton = [this](const QString& text, const char* name, DetailPlace place) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        connect(button, &QPushButton::clicked, this,
                [this, place] { Q_EMIT detailPlaceRequested(place); });
        return button;
    };
    m_profileButton =
        placeButton(tr("Open mentor &profile…"), "draftProfileButton", DetailPlace::MentorProfile);
    m_clientButton = placeButton(tr("Go to the c&lient"), "draftClientButton", DetailPlace::Client);
    m_engagementButton =
        placeButton(tr("Go to the e&ngagement"), "draftEngagementButton", DetailPlace::Engagement);
    m_fillInButton = new QPushButton(tr("&Fill in the details set since it was generated"), this);
    m_fillInButton->setObjectName(QStringLiteral("fillInDraftButton"));
    m_fillInButton->setToolTip(
        tr("Generate the draft's text again from its template and the details as they are now"));
    connect(m_fillInButton, &QPushButton::clicked, this, &AgreementDetailsPanel::fillInRequested);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("agreementTextBrowser"));
    m_text->document()->setDefaultStyleSheet(AgreementPdfRenderer::styleSheet());
    ui::showAsPaper(m_text);
    m_text->document()->setDefaultFont(AgreementPdfRenderer::bodyFont());
    // Never a thin strip beside the list: room for lines of readable length.
    setMinimumWidth(readableWidth());

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_badge, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_facts);
    layout->addWidget(m_problems);
    layout->addWidget(m_blanks);
    auto* blankButtons = new QHBoxLayout;
    for (QPushButton* button :
         {m_profileButton, m_clientButton, m_engagementButton, m_fillInButton})
        blankButtons->addWidget(button);
    blankButtons->addStretch(1);
    layout->addLayout(blankButtons);
    layout->addWidget(m_text, 1);
    clear();
}

int AgreementDetailsPanel::readableWidth() {
    constexpr int kCharacters = 40;
    const QFontMetrics metrics(AgreementPdfRenderer::bodyFont());
    return kCharacters * metrics.averageCharWidth() + 40; // the browser's margins and scroll bar
}

void AgreementDetailsPanel::clear() {
    m_heading->setText(tr("No agreement selected"));
    m_badge->hide();
    m_facts->clear();
    ui::setErrorText(m_problems, QString());
    showBlanks(std::nullopt);
    m_text->clear();
}

void AgreementDetailsPanel::showBlanks(const std::optional<DraftBlanks>& blanks) {
    const QList<MissingDetail> missing = blanks ? blanks->missing : QList<MissingDetail>{};
    QStringList lines;
    if (const QString described = describeBlanks(missing); !described.isEmpty())
        lines << described;
    if (blanks && blanks->outOfDate)
        lines << tr("Details were set or changed since this draft was generated.");
    m_blanks->setText(lines.join(QLatin1Char('\n')));
    m_blanks->setVisible(!lines.isEmpty());
    const auto needs = [&missing](DetailPlace place) {
        return std::any_of(missing.cbegin(), missing.cend(),
                           [place](const MissingDetail& detail) { return detail.place == place; });
    };
    m_profileButton->setVisible(needs(DetailPlace::MentorProfile));
    m_clientButton->setVisible(needs(DetailPlace::Client));
    m_engagementButton->setVisible(needs(DetailPlace::Engagement));
    m_fillInButton->setVisible(blanks && blanks->outOfDate);
}

void AgreementDetailsPanel::showAgreement(const Agreement& agreement, const QString& clientName,
                                          const AgreementVerification& verification,
                                          int templateVersion, const QStringList& signingFacts) {
    const QLocale locale;
    showBlanks(std::nullopt); // the caller says what a draft leaves blank
    m_heading->setText(QStringLiteral("%1 · %2").arg(agreement.number(), agreement.title));
    m_badge->setVerification(verification);
    m_badge->show();

    QStringList facts;
    facts << tr("Client: %1").arg(clientName.toHtmlEscaped());
    QString state = agreementStateLabel(agreement.state);
    if (agreement.method == SigningMethod::OnScreen)
        state = tr("Signed on screen on %1")
                    .arg(locale.toString(agreement.signedUtc.toLocalTime(), QLocale::ShortFormat));
    else if (agreement.method == SigningMethod::OnPaper)
        state = tr("Signed on paper");
    facts << tr("State: %1").arg(state);
    for (const QString& fact : signingFacts)
        facts << fact.toHtmlEscaped();
    if (templateVersion > 0)
        facts << tr("Template: %1, version %2")
                     .arg(agreementKindLabel(agreement.kind))
                     .arg(templateVersion);
    facts << (agreement.hasConfidentialityTerms ? tr("Includes confidentiality terms")
                                                : tr("No confidentiality terms"));
    if (agreement.endDate.isValid())
        facts << tr("Ends on %1").arg(locale.toString(agreement.endDate, QLocale::LongFormat));
    if (agreement.amendsId > 0)
        facts << tr("Amends AGR-%1").arg(agreement.amendsId, 5, 10, QLatin1Char('0'));
    facts << tr("Fingerprint: <tt>%1</tt>").arg(agreement.fingerprint());
    m_facts->setText(facts.join(QStringLiteral("<br>")));
    ui::setErrorText(m_problems, verification.problems.join(QLatin1Char('\n')));
    m_text->setHtml(agreement.bodyHtml);
}

} // namespace md
