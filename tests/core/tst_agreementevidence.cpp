// What a signed agreement's evidence says, and that it says no more than was
// checked: a typed name that differs from the name on record is signed only
// when confirmed, and the confirmation is sealed and printed; a paper
// signature carries the day it was signed, within the days that can be true,
// and its badge says the scan is attached, not checked; no label says a bare
// "Verified".
#include "tst_agreementfixture.h"

#include "agreements/AgreementManifest.h"
#include "agreements/SignerName.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace md;
using md::test::AgreementFixture;

class TestAgreementEvidence final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSignerName_data();
    void sameSignerName();
    void aDifferentTypedNameNeedsConfirmation();
    void theConfirmationIsSealed();
    void paperSigningDate();
    void labelsSayWhatWasChecked();
};

void TestAgreementEvidence::sameSignerName_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("onRecord");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << "Ana Mueller"
                               << "Ana Mueller" << true;
    QTest::newRow("case and spaces") << "  ana   MUELLER "
                                     << "Ana Mueller" << true;
    QTest::newRow("composed umlaut")
        << QStringLiteral("Jürgen") << QStringLiteral("Ju\u0308rgen") << true;
    QTest::newRow("another spelling") << "Anna Miller"
                                      << "Ana Mueller" << false;
    QTest::newRow("umlaut spelled out") << QStringLiteral("Müller") << "Mueller" << false;
    QTest::newRow("first name only") << "Ana"
                                     << "Ana Mueller" << false;
}

void TestAgreementEvidence::sameSignerName() {
    QFETCH(QString, typed);
    QFETCH(QString, onRecord);
    QFETCH(bool, same);
    QCOMPARE(isSameSignerName(typed, onRecord), same);
}

void TestAgreementEvidence::aDifferentTypedNameNeedsConfirmation() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY(draft.ok());
    const OnScreenSignature mentor{QStringLiteral("Jonas Brandt"),
                                   AgreementFixture::signaturePng(1), true};
    const auto refused = f.service().signOnScreen(
        draft->id, {QStringLiteral("Anna Miller"), AgreementFixture::signaturePng(0), true},
        mentor);
    QCOMPARE(refused.code(), ErrorCode::InvalidInput);
    QVERIFY2(refused.message().contains(QStringLiteral("“Anna Miller”")) &&
                 refused.message().contains(QString::fromLatin1(AgreementFixture::kClientName)),
             qPrintable(refused.message()));
    QCOMPARE(f.service().get(draft->id)->state, AgreementState::Draft);

    // The mentor's own name is held to the profile the same way.
    const auto mentorRefused = f.service().signOnScreen(
        draft->id,
        {QString::fromLatin1(AgreementFixture::kClientName), AgreementFixture::signaturePng(0),
         true},
        {QStringLiteral("J. Brandt"), AgreementFixture::signaturePng(1), true});
    QCOMPARE(mentorRefused.code(), ErrorCode::InvalidInput);
    QVERIFY(mentorRefused.message().contains(QStringLiteral("mentor profile")));
    QCOMPARE(f.service().get(draft->id)->state, AgreementState::Draft);
}

void TestAgreementEvidence::theConfirmationIsSealed() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY(draft.ok());
    const auto signedNow = f.service().signOnScreen(
        draft->id, {QStringLiteral("Anna Miller"), AgreementFixture::signaturePng(0), true, true},
        {QStringLiteral("jonas  brandt"), AgreementFixture::signaturePng(1), true});
    QVERIFY2(signedNow.ok(), qPrintable(signedNow.message()));

    const auto signatures = f.service().signatures(draft->id);
    QCOMPARE(signatures->size(), 2);
    const AgreementSignature& mentee = signatures->at(0);
    QCOMPARE(mentee.fullName, QStringLiteral("Anna Miller"));
    QCOMPARE(mentee.nameOnRecord, QString::fromLatin1(AgreementFixture::kClientName));
    QVERIFY(mentee.nameDifferenceConfirmed);
    // Only case and spacing differ: no difference to confirm.
    QVERIFY(!signatures->at(1).nameDifferenceConfirmed);
    QCOMPARE(signatures->at(1).nameOnRecord, QStringLiteral("Jonas Brandt"));

    const QString note =
        QStringLiteral("Signed as “Anna Miller”; the mentor confirmed this differs "
                       "from the client's name “%1”.")
            .arg(QString::fromLatin1(AgreementFixture::kClientName));
    QCOMPARE(signerNameNote(mentee), note);
    QCOMPARE(*f.service().signingFacts(draft->id), QStringList{QStringLiteral("Mentee: ") + note});

    // Sealed in the manifest and printed under the signature.
    const auto seal = f.service().seal(draft->id);
    const auto manifest = AgreementManifest::parse((*seal)->manifest);
    QVERIFY(manifest.ok());
    QCOMPARE(manifest->signers.at(0).nameOnRecord,
             QString::fromLatin1(AgreementFixture::kClientName));
    QVERIFY(manifest->signers.at(0).nameDifferenceConfirmed);
    QVERIFY(!manifest->signers.at(1).nameDifferenceConfirmed);
    const QString text = AgreementFixture::pdfText(*f.service().pdf(draft->id)).simplified();
    if (!text.isEmpty()) {
        QVERIFY2(text.contains(QStringLiteral("Signed as “Anna Miller”; the mentor confirmed")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("differs from the client's name")));
    }
    QCOMPARE(f.service().verify(draft->id)->status, VerificationStatus::Verified);

    // The confirmation is evidence: taking it back is a modification.
    QVERIFY(f.exec(QStringLiteral("DROP TRIGGER agreement_signatures_frozen_update")));
    QVERIFY(f.exec(QStringLiteral("UPDATE agreement_signatures SET name_difference_confirmed = 0 "
                                  "WHERE agreement_id = ? AND role = 'mentee'"),
                   {draft->id}));
    const auto verification = f.service().verify(draft->id);
    QCOMPARE(verification->status, VerificationStatus::Modified);
}

void TestAgreementEvidence::paperSigningDate() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    f.clock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY(draft.ok());
    f.clock().set(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
    const auto dates = f.service().paperSigningDates(draft->id);
    QVERIFY(dates.ok());
    QCOMPARE(dates->earliest, QDate(2026, 3, 2));
    QCOMPARE(dates->latest, QDate(2026, 3, 10));

    const QByteArray scan = AgreementFixture::signaturePng(4);
    const auto future =
        f.service().signOnPaper(draft->id, QStringLiteral("scan.png"), scan, QDate(2026, 3, 11));
    QCOMPARE(future.code(), ErrorCode::InvalidInput);
    QVERIFY2(future.message().contains(QStringLiteral("future")), qPrintable(future.message()));
    const auto early =
        f.service().signOnPaper(draft->id, QStringLiteral("scan.png"), scan, QDate(2026, 3, 1));
    QCOMPARE(early.code(), ErrorCode::InvalidInput);
    QCOMPARE(f.service().get(draft->id)->state, AgreementState::Draft);

    const auto signedNow =
        f.service().signOnPaper(draft->id, QStringLiteral("scan.png"), scan, QDate(2026, 3, 5));
    QVERIFY2(signedNow.ok(), qPrintable(signedNow.message()));
    QCOMPARE((*f.service().scan(draft->id))->signedOn, QDate(2026, 3, 5));
    const auto manifest = AgreementManifest::parse((*f.service().seal(draft->id))->manifest);
    QVERIFY(manifest->scan.has_value());
    QCOMPARE(manifest->scan->signedOn, QDate(2026, 3, 5));
    QVERIFY(!manifest->scan->signaturesChecked);
    QVERIFY(QJsonDocument::fromJson((*f.service().seal(draft->id))->manifest)
                .object()
                .value(QStringLiteral("scan"))
                .toObject()
                .contains(QStringLiteral("signatures_checked")));
    const QStringList facts = *f.service().signingFacts(draft->id);
    QCOMPARE(facts.size(), 2);
    QVERIFY2(facts.at(0).contains(QLocale().toString(QDate(2026, 3, 5), QLocale::LongFormat)),
             qPrintable(facts.at(0)));
    QVERIFY(facts.at(1).startsWith(QStringLiteral("Paper signature attached, not checked")));

    // A date moved afterwards is a modification.
    QCOMPARE(f.service().verify(draft->id)->status, VerificationStatus::Verified);
    QVERIFY(f.exec(QStringLiteral("DROP TRIGGER agreement_scans_frozen_update")));
    QVERIFY(f.exec(QStringLiteral("UPDATE agreement_scans SET signed_on = '2026-03-03' WHERE "
                                  "agreement_id = ?"),
                   {draft->id}));
    QCOMPARE(f.service().verify(draft->id)->status, VerificationStatus::Modified);
}

void TestAgreementEvidence::labelsSayWhatWasChecked() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    f.clock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const auto onScreen = f.signedOnScreen();
    QVERIFY(onScreen.ok());
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY(draft.ok());
    f.clock().set(QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC));
    QVERIFY(f.service()
                .signOnPaper(draft->id, QStringLiteral("scan.png"),
                             AgreementFixture::signaturePng(4), QDate(2026, 3, 3))
                .ok());

    const auto screen = f.service().verify(onScreen->id);
    QCOMPARE(verificationLabel(*screen), QStringLiteral("Unchanged since signing"));
    const auto paper = f.service().verify(draft->id);
    QCOMPARE(paper->method, SigningMethod::OnPaper);
    // Unchanged since the scan was attached: that is all that is known.
    QCOMPARE(verificationLabel(*paper),
             QStringLiteral("Paper signature attached, unchanged since %1")
                 .arg(QLocale().toString(QDate(2026, 3, 4), QLocale::ShortFormat)));
    QVERIFY(verificationExplanation(*paper).contains(QStringLiteral("did not check")));
    for (const auto& verification :
         {*screen, *paper, AgreementVerification(VerificationStatus::Modified),
          AgreementVerification{}})
        QVERIFY(verificationLabel(verification) != QStringLiteral("Verified"));
}

QTEST_MAIN(TestAgreementEvidence)
#include "tst_agreementevidence.moc"
