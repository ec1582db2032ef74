// A draft generated while optional details were missing says which details
// it prints as blank lines, notices when they are set afterwards, and is
// rendered again with them (from the template version it came from), keeping
// its title; changes made to its text by hand are recognised, so the mentor
// can be asked before they are replaced.

#include "tst_agreementfixture.h"

#include "agreements/TemplateRenderer.h"
#include "pipeline/EngagementService.h"

#include <QTest>

using namespace md;
using md::test::AgreementFixture;

namespace {

QStringList placeholdersOf(const QList<MissingDetail>& missing) {
    QStringList names;
    for (const MissingDetail& detail : missing)
        names << detail.placeholder;
    return names;
}

} // namespace

class TestAgreementDraftBlanks final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }
    void blanksAreListedAndFilledInOnceSet();
    void editsByHandAreRecognised();
    void anAmendmentIsNotTakenForEditedText();
};

void TestAgreementDraftBlanks::blanksAreListedAndFilledInOnceSet() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    // No fee on the engagement, no business name in the profile.
    Engagement engagement = f.workspace().engagements().engagement(f.engagementId()).value();
    engagement.feeNote.clear();
    QVERIFY(f.workspace().engagements().updateEngagement(engagement));
    MentorProfile profile = f.settings().mentorProfile().value();
    profile.businessName.clear();
    QVERIFY(f.settings().saveMentorProfile(profile));
    AgreementCreateOptions options;
    options.endDate = QDate(2026, 12, 31);
    const Result<Agreement> draft = f.service().createDraft(f.engagementId(), options);
    QVERIFY2(draft, qPrintable(draft.message()));
    QVERIFY(draft->bodyHtml.contains(TemplateRenderer::blankLine()));

    Result<DraftBlanks> blanks = f.service().draftBlanks(draft->id);
    QVERIFY2(blanks, qPrintable(blanks.message()));
    QVERIFY2(placeholdersOf(blanks->missing).contains(QStringLiteral("engagement.fee_note")),
             qPrintable(placeholdersOf(blanks->missing).join(u',')));
    QVERIFY(placeholdersOf(blanks->missing).contains(QStringLiteral("mentor.business_name")));
    for (const MissingDetail& detail : std::as_const(blanks->missing)) {
        QVERIFY(!detail.required);
        QVERIFY2(!detail.description.contains(QStringLiteral("{{")),
                 qPrintable(detail.description));
    }
    QVERIFY(!blanks->outOfDate);
    QVERIFY(!blanks->editedByHand);

    // The fee is set on the engagement: no longer missing, and the draft is
    // out of date until it is rendered again.
    engagement.feeNote = QStringLiteral("EUR 900 for six sessions");
    QVERIFY(f.workspace().engagements().updateEngagement(engagement));
    blanks = f.service().draftBlanks(draft->id);
    QVERIFY(blanks);
    QVERIFY(!placeholdersOf(blanks->missing).contains(QStringLiteral("engagement.fee_note")));
    QVERIFY(placeholdersOf(blanks->missing).contains(QStringLiteral("mentor.business_name")));
    QVERIFY(blanks->outOfDate);
    QVERIFY(!blanks->editedByHand);

    Agreement retitled = *draft;
    retitled.title = QStringLiteral("Our mentoring agreement");
    // A new title is not a change of the text.
    QVERIFY(f.service().updateDraft(retitled));
    QVERIFY(!f.service().draftBlanks(draft->id)->editedByHand);

    const Result<Agreement> filled = f.service().regenerateDraft(draft->id);
    QVERIFY2(filled, qPrintable(filled.message()));
    QVERIFY(filled->bodyHtml.contains(QStringLiteral("EUR 900 for six sessions")));
    QCOMPARE(filled->title, QStringLiteral("Our mentoring agreement"));
    QCOMPARE(filled->endDate, QDate(2026, 12, 31));
    QCOMPARE(filled->templateId, draft->templateId);
    QCOMPARE(f.service().get(draft->id)->bodyHtml, filled->bodyHtml);
    blanks = f.service().draftBlanks(draft->id);
    QVERIFY(!blanks->outOfDate);
    QVERIFY(!blanks->editedByHand);
    QCOMPARE(placeholdersOf(blanks->missing), QStringList{QStringLiteral("mentor.business_name")});

    // Signed, it has no blanks to fill and cannot be rendered again.
    profile.businessName = QStringLiteral("Brandt Career Mentoring");
    QVERIFY(f.settings().saveMentorProfile(profile));
    const Result<Agreement> signedOne = f.signedOnScreen();
    QVERIFY2(signedOne, qPrintable(signedOne.message()));
    QCOMPARE(f.service().draftBlanks(signedOne->id).code(), ErrorCode::Refused);
    QCOMPARE(f.service().regenerateDraft(signedOne->id).code(), ErrorCode::Refused);
}

void TestAgreementDraftBlanks::editsByHandAreRecognised() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    MentorProfile profile = f.settings().mentorProfile().value();
    profile.address.clear();
    QVERIFY(f.settings().saveMentorProfile(profile));
    const Result<Agreement> draft = f.service().createDraft(f.engagementId());
    QVERIFY2(draft, qPrintable(draft.message()));
    Agreement edited = *draft;
    edited.bodyHtml += QStringLiteral("<p>Sessions may also take place in the park.</p>");
    QVERIFY(f.service().updateDraft(edited));
    Result<DraftBlanks> blanks = f.service().draftBlanks(draft->id);
    QVERIFY(blanks);
    QVERIFY(blanks->editedByHand);
    QVERIFY(blanks->outOfDate);

    // Rendering it again replaces the edit (the area asks first).
    profile.address = QStringLiteral("Lindenstraße 12\n10969 Berlin");
    QVERIFY(f.settings().saveMentorProfile(profile));
    const Result<Agreement> filled = f.service().regenerateDraft(draft->id);
    QVERIFY2(filled, qPrintable(filled.message()));
    QVERIFY(!filled->bodyHtml.contains(QStringLiteral("in the park")));
    QVERIFY(filled->bodyHtml.contains(QStringLiteral("10969 Berlin")));
    blanks = f.service().draftBlanks(draft->id);
    QVERIFY(!blanks->editedByHand);
    QVERIFY(!blanks->outOfDate);
}

void TestAgreementDraftBlanks::anAmendmentIsNotTakenForEditedText() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const Result<Agreement> original = f.signedOnScreen();
    QVERIFY2(original, qPrintable(original.message()));
    const Result<Agreement> amendment = f.service().amend(original->id, {});
    QVERIFY2(amendment, qPrintable(amendment.message()));
    const Result<DraftBlanks> blanks = f.service().draftBlanks(amendment->id);
    QVERIFY2(blanks, qPrintable(blanks.message()));
    QVERIFY(!blanks->editedByHand);
    QVERIFY(!blanks->outOfDate);
    // Rendered again, it still says which agreement it amends.
    const Result<Agreement> again = f.service().regenerateDraft(amendment->id);
    QVERIFY(again);
    QCOMPARE(again->bodyHtml, amendment->bodyHtml);
}

QTEST_MAIN(TestAgreementDraftBlanks)
#include "tst_agreementdraftblanks.moc"
