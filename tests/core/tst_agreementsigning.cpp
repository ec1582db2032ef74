// The agreement lifecycle: draft from a template, editing, signing on screen
// and on paper (which freezes it), the manifest and audit entry that signing
// leaves, amendments, end dates and the pipeline's stage-1 gate.
#include "tst_agreementfixture.h"

#include "agreements/AgreementGate.h"
#include "agreements/AgreementManifest.h"
#include "agreements/CanonicalJson.h"
#include "agreements/ConsentText.h"
#include "agreements/TemplateRenderer.h"
#include "common/ChangeNotifier.h"
#include "crypto/SigningKey.h"
#include "pipeline/EngagementService.h"
#include "storage/AgreementAuditLogRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace md;
using md::test::AgreementFixture;

class TestAgreementSigning final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void draftFromTemplate();
    void draftNamesMissingValues();
    void templateEditsCreateVersions();
    void draftIsEditable();
    void signOnScreenRoundTrip();
    void signOnScreenNeedsEverything();
    void signOnPaper();
    void signedAgreementIsFrozen();
    void stageOneGate();
    void pipelineGateInstalled();
    void amendmentAndEndingSoon();
};

void TestAgreementSigning::draftFromTemplate() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    QVERIFY(draft->id > 0);
    QCOMPARE(draft->state, AgreementState::Draft);
    QCOMPARE(draft->kind, AgreementKind::Mentoring);
    QCOMPARE(draft->clientId, f.clientId());
    QCOMPARE(draft->title, QStringLiteral("Mentoring Agreement"));
    QVERIFY(draft->bodyHtml.contains(QString::fromLatin1(AgreementFixture::kClientName)));
    QVERIFY(draft->bodyHtml.contains(QStringLiteral("8 sessions, held every two weeks")));
    QVERIFY(draft->bodyHtml.contains(QStringLiteral("2 March 2026"))); // FakeClock's today
    QVERIFY(!draft->bodyHtml.contains(QStringLiteral("{{")));
    QVERIFY(draft->hasConfidentialityTerms);
    QCOMPARE(draft->number(), QStringLiteral("AGR-%1").arg(draft->id, 5, 10, QLatin1Char('0')));
    QCOMPARE(draft->fingerprint().size(), 39);

    const auto template1 = f.service().templateVersion(draft->templateId);
    QVERIFY(template1.ok());
    QCOMPARE(template1->version, 1);
    QVERIFY(template1->builtIn);
}

void TestAgreementSigning::draftNamesMissingValues() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto engagement = f.addEngagement(f.clientId(), 0); // sessions not decided yet
    QVERIFY(engagement.ok());
    MentorProfile profile = *f.settings().mentorProfile();
    profile.email.clear();
    QVERIFY(f.settings().saveMentorProfile(profile).ok());

    // Optional details missing: the draft is made, with lines to write on,
    // and the details are named in plain words, never as placeholders.
    const auto missing = f.service().missingDetails(*engagement);
    QVERIFY2(missing.ok(), qPrintable(missing.message()));
    QStringList described;
    for (const MissingDetail& detail : *missing)
        described << detail.description;
    QCOMPARE(described, (QStringList{QStringLiteral("your email address (set it in the mentor "
                                                    "profile)"),
                                     QStringLiteral("the number of sessions (set it on the "
                                                    "engagement)")}));
    QCOMPARE(missing->at(0).place, DetailPlace::MentorProfile);
    QCOMPARE(missing->at(1).place, DetailPlace::Engagement);
    QVERIFY(!describeBlanks(*missing).contains(QStringLiteral("{{")));
    const auto draft = f.service().createDraft(*engagement);
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    QVERIFY(!draft->bodyHtml.contains(QStringLiteral("{{")));
    QCOMPARE(draft->bodyHtml.count(TemplateRenderer::blankLine()), 2);
    const QString text = AgreementFixture::pdfText(*f.service().pdf(draft->id));
    if (!text.isEmpty())
        QVERIFY2(text.contains(TemplateRenderer::blankLine()), qPrintable(text));

    // The parties' names are required: nothing is generated without them.
    profile.name.clear();
    QVERIFY(f.settings().saveMentorProfile(profile).ok());
    const auto refused = f.service().createDraft(*engagement);
    QCOMPARE(refused.code(), ErrorCode::InvalidInput);
    QVERIFY2(refused.message().contains(QStringLiteral("your name (set it in the mentor "
                                                       "profile)")),
             qPrintable(refused.message()));
    QVERIFY(!refused.message().contains(QStringLiteral("{{")));
    QCOMPARE(f.service().list()->size(), 1); // only the first draft
}

void TestAgreementSigning::templateEditsCreateVersions() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    AgreementService& templates = f.service();
    const auto first = f.service().createDraft(f.engagementId());
    QVERIFY(first.ok());

    auto edited = *templates.latestTemplate(AgreementKind::Mentoring, QStringLiteral("en"));
    edited.bodyHtml.replace(QStringLiteral("<h2>9. General</h2>"),
                            QStringLiteral("<h2>9. Feedback</h2><p>9.1 {{client.preferred_name}} "
                                           "gives feedback after every session.</p>"
                                           "<h2>10. General</h2>"));
    const auto saved = templates.saveTemplate(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(saved->version, 2);
    QVERIFY(!saved->builtIn);

    edited.bodyHtml += QStringLiteral("{{client.favourite_colour}}");
    const auto refused = templates.saveTemplate(edited);
    QVERIFY(!refused.ok());
    QVERIFY(refused.message().contains(QStringLiteral("{{client.favourite_colour}}")));

    const auto second = f.service().createDraft(f.engagementId());
    QVERIFY(second.ok());
    QCOMPARE(second->templateId, saved->id);
    QVERIFY(second->bodyHtml.contains(QStringLiteral("gives feedback after every session")));
    // The earlier agreement keeps the version it came from.
    QCOMPARE(f.service().get(first->id)->templateId, first->templateId);
    QVERIFY(!f.service().get(first->id)->bodyHtml.contains(QStringLiteral("gives feedback")));
    QCOMPARE(templates.templateVersions(AgreementKind::Mentoring, QStringLiteral("en"))->size(), 2);

    // Versions are immutable in the database itself.
    QString error;
    QVERIFY(!f.exec(QStringLiteral("UPDATE agreement_templates SET body_html = 'x'"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("immutable")));
}

void TestAgreementSigning::draftIsEditable() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    auto draft = *f.service().createDraft(f.engagementId());
    const QString fingerprint = draft.fingerprint();
    draft.bodyHtml += QStringLiteral("<p>10.1 An added clause.</p>");
    draft.endDate = QDate(2026, 9, 30);
    const auto updated = f.service().updateDraft(draft);
    QVERIFY2(updated.ok(), qPrintable(updated.message()));
    QVERIFY(updated->fingerprint() != fingerprint);
    QCOMPARE(f.service().get(draft.id)->endDate, QDate(2026, 9, 30));
    QVERIFY(f.service().removeDraft(draft.id).ok());
    QCOMPARE(f.service().get(draft.id).code(), ErrorCode::NotFound);
}

void TestAgreementSigning::signOnScreenRoundTrip() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    f.clock().set(QDateTime(QDate(2026, 3, 2), QTime(14, 30, 15, 250), Qt::UTC));
    QSignalSpy changed(&f.workspace().changes(), &ChangeNotifier::changed);
    const auto signedAgreement = f.signedOnScreen();
    QVERIFY2(signedAgreement.ok(), qPrintable(signedAgreement.message()));
    // Two units of work (the draft, the signing), each announced once.
    QCOMPARE(changed.count(), 2);
    const auto signing = changed.at(1).at(0).value<ChangeSet>();
    QCOMPARE(signing.ids(RecordKind::Agreement, ChangeOp::Updated),
             QSet<qint64>{signedAgreement->id});
    QCOMPARE(signedAgreement->state, AgreementState::Signed);
    QCOMPARE(signedAgreement->method, SigningMethod::OnScreen);
    QCOMPARE(signedAgreement->signedUtc, QDateTime(QDate(2026, 3, 2), QTime(14, 30, 15), Qt::UTC));

    const qint64 id = signedAgreement->id;
    const auto seal = f.service().seal(id);
    QVERIFY(seal.ok() && seal->has_value());
    const AgreementSeal& stored = **seal;
    QVERIFY(stored.pdf.startsWith("%PDF-"));
    QCOMPARE(*f.service().pdf(id), stored.pdf); // the stored bytes, not a re-render

    // The manifest: canonical, complete, signed by the workspace key.
    QVERIFY(CanonicalJson::isCanonical(stored.manifest));
    const auto manifest = AgreementManifest::parse(stored.manifest);
    QVERIFY2(manifest.ok(), qPrintable(manifest.message()));
    QCOMPARE(manifest->pdfSha256, AgreementManifest::sha256Hex(stored.pdf));
    QCOMPARE(manifest->signers.size(), 2);
    QCOMPARE(manifest->signers.at(0).fullName, QString::fromLatin1(AgreementFixture::kClientName));
    QCOMPARE(manifest->signers.at(0).signatureSha256,
             AgreementManifest::sha256Hex(AgreementFixture::signaturePng(0)));
    QCOMPARE(manifest->signers.at(1).role, SignerRole::Mentor);
    QCOMPARE(manifest->consentTextVersion, ConsentText::version());
    QCOMPARE(manifest->appVersion, QStringLiteral(MENTORDESK_VERSION));
    QCOMPARE(manifest->workspaceId, f.workspace().id());
    QCOMPARE(manifest->signedUtc, signedAgreement->signedUtc);
    QCOMPARE(manifest->textSha256, signedAgreement->textSha256());
    const QJsonObject json = QJsonDocument::fromJson(stored.manifest).object();
    QCOMPARE(json.value(QStringLiteral("signed_utc")).toString(),
             QStringLiteral("2026-03-02T14:30:15Z"));
    QCOMPARE(*f.service().publicKey(), stored.publicKey);
    QVERIFY(SigningKey::verify(stored.publicKey, stored.manifest, stored.signature));

    // The signatures as drawn, and one audit entry.
    const auto signatures = f.service().signatures(id);
    QCOMPARE(signatures->size(), 2);
    QCOMPARE(signatures->at(1).imagePng, AgreementFixture::signaturePng(1));
    const auto entries = AgreementAuditLogRepository(f.database(), f.clock()).entries();
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->at(0).agreementId, id);
    QCOMPARE(entries->at(0).event, QStringLiteral("signed"));

    // Verified, also after closing and reopening the workspace.
    QCOMPARE(f.service().verify(id)->status, VerificationStatus::Verified);
    QVERIFY(f.temporary().reopen());
    AgreementService& reopened = f.workspace().agreements();
    const auto again = reopened.verify(id);
    QVERIFY2(again->problems.isEmpty(), qPrintable(again->problems.join('\n')));
    QCOMPARE(again->status, VerificationStatus::Verified);
    QVERIFY(reopened.verifyAll()->isEmpty());
}

void TestAgreementSigning::signOnScreenNeedsEverything() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY(draft.ok());
    const OnScreenSignature good{QStringLiteral("Jonas Brandt"), AgreementFixture::signaturePng(1),
                                 true};
    QImage blank(300, 100, QImage::Format_ARGB32);
    blank.fill(Qt::white);
    QByteArray blankPng;
    QBuffer buffer(&blankPng);
    buffer.open(QIODevice::WriteOnly);
    blank.save(&buffer, "PNG");

    const QList<OnScreenSignature> bad = {
        {QStringLiteral("  "), AgreementFixture::signaturePng(0), true},     // no name
        {QStringLiteral("Amara"), AgreementFixture::signaturePng(0), false}, // no consent
        {QStringLiteral("Amara"), blankPng, true},                           // nothing drawn
        {QStringLiteral("Amara"), QByteArray("garbage"), true},              // not an image
    };
    for (const OnScreenSignature& mentee : bad) {
        const auto refused = f.service().signOnScreen(draft->id, mentee, good);
        QCOMPARE(refused.code(), ErrorCode::InvalidInput);
    }
    QCOMPARE(f.service().get(draft->id)->state, AgreementState::Draft);
    QVERIFY(f.service().seal(draft->id)->has_value() == false);
}

void TestAgreementSigning::signOnPaper() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft =
        f.service().createDraft(f.engagementId(), {AgreementKind::Confidentiality, "en", {}, {}});
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    QCOMPARE(draft->title, QStringLiteral("Mutual Confidentiality Agreement"));

    QVERIFY(!f.service().signOnPaper(draft->id, QStringLiteral("x.txt"), "hello").ok());
    const QByteArray scan = "%PDF-1.4\n% a scanned paper original\n";
    const auto signedAgreement =
        f.service().signOnPaper(draft->id, QStringLiteral("/home/jonas/scans/signed.pdf"), scan);
    QVERIFY2(signedAgreement.ok(), qPrintable(signedAgreement.message()));
    QCOMPARE(signedAgreement->method, SigningMethod::OnPaper);
    const auto storedScan = f.service().scan(draft->id);
    QCOMPARE((*storedScan)->fileName, QStringLiteral("signed.pdf"));
    QCOMPARE((*storedScan)->mediaType, QStringLiteral("application/pdf"));
    QCOMPARE((*storedScan)->content, scan);
    const auto manifest = AgreementManifest::parse((*f.service().seal(draft->id))->manifest);
    QVERIFY(manifest->scan.has_value());
    QCOMPARE(manifest->scan->sha256, AgreementManifest::sha256Hex(scan));
    QVERIFY(manifest->consentTextVersion.isEmpty());
    QCOMPARE(manifest->signers.at(0).fullName, QString::fromLatin1(AgreementFixture::kClientName));
    QCOMPARE(f.service().verify(draft->id)->status, VerificationStatus::Verified);
}

void TestAgreementSigning::signedAgreementIsFrozen() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    auto signedAgreement = *f.signedOnScreen();
    signedAgreement.bodyHtml += QStringLiteral("<p>sneaked in</p>");
    QCOMPARE(f.service().updateDraft(signedAgreement).code(), ErrorCode::Refused);
    QCOMPARE(f.service().removeDraft(signedAgreement.id).code(), ErrorCode::Refused);
    const auto twice = f.service().signOnPaper(signedAgreement.id, "scan.pdf", "%PDF-1.4");
    QCOMPARE(twice.code(), ErrorCode::Refused);
    // Deleting the client or the engagement would take the agreement with it:
    // the database refuses.
    QString error;
    QVERIFY(!f.exec(QStringLiteral("DELETE FROM engagements WHERE id = ?"), {f.engagementId()},
                    &error));
    QVERIFY(!f.exec(QStringLiteral("DELETE FROM clients WHERE id = ?"), {f.clientId()}, &error));
    QCOMPARE(f.service().get(signedAgreement.id)->state, AgreementState::Signed);
}

void TestAgreementSigning::stageOneGate() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    auto gate = [&] {
        return *engagementHasSignedConfidentialityAgreement(f.database(), f.clock(),
                                                            f.engagementId());
    };
    QVERIFY(!gate());
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY(!gate()); // a draft is not enough

    // A signed agreement without confidentiality terms is not enough either.
    auto edited = *f.service().latestTemplate(AgreementKind::Mentoring, "en");
    edited.hasConfidentialityTerms = false;
    QVERIFY(f.service().saveTemplate(edited).ok());
    const auto noTerms = f.signedOnScreen();
    QVERIFY2(noTerms.ok(), qPrintable(noTerms.message()));
    QVERIFY(!noTerms->hasConfidentialityTerms);
    QVERIFY(!gate());

    const auto withTerms = f.signedOnScreen(AgreementKind::Confidentiality);
    QVERIFY2(withTerms.ok(), qPrintable(withTerms.message()));
    QVERIFY(gate());
    QVERIFY(!*engagementHasSignedConfidentialityAgreement(f.database(), f.clock(), 999));
}

void TestAgreementSigning::pipelineGateInstalled() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    // The gate is on in every unlocked workspace: nothing to install.
    EngagementService& pipeline = f.workspace().engagements();
    const auto before = pipeline.checkAdvance(f.engagementId());
    QVERIFY2(before.ok(), qPrintable(before.message()));
    QVERIFY(!before->passed());
    QCOMPARE(before->missing.first().key, QStringLiteral("profile_agreement.signed_agreement"));
    QVERIFY(f.signedOnScreen().ok());
    const auto after = pipeline.checkAdvance(f.engagementId());
    QVERIFY(after->passed());
    QVERIFY(pipeline.advance(f.engagementId()).ok());
}

void TestAgreementSigning::amendmentAndEndingSoon() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    AgreementService::CreateOptions options;
    options.endDate = QDate(2026, 3, 20);
    auto draft = *f.service().createDraft(f.engagementId(), options);
    QCOMPARE(draft.endDate, QDate(2026, 3, 20));
    QVERIFY(f.service().endingWithin(30)->isEmpty()); // drafts do not count
    const auto original = f.service().signOnScreen(
        draft.id,
        {QString::fromLatin1(AgreementFixture::kClientName), AgreementFixture::signaturePng(0),
         true},
        {QStringLiteral("Jonas Brandt"), AgreementFixture::signaturePng(1), true});
    QVERIFY(original.ok());

    QCOMPARE(f.service().endingWithin(17)->size(), 0); // 2 March + 17 days = 19 March
    QCOMPARE(f.service().endingWithin(18)->size(), 1);
    f.clock().advanceDays(15);
    QCOMPARE(f.service().endingWithin(3)->size(), 1);
    f.clock().advanceDays(4); // 21 March: it has ended
    QCOMPARE(f.service().endingWithin(30)->size(), 0);
    f.clock().advanceDays(-19);

    QCOMPARE(f.service().amend(f.service().createDraft(f.engagementId())->id, {}).code(),
             ErrorCode::Refused);
    AgreementService::CreateOptions longer;
    longer.endDate = QDate(2026, 12, 31);
    const auto amendment = f.service().amend(original->id, longer);
    QVERIFY2(amendment.ok(), qPrintable(amendment.message()));
    QCOMPARE(amendment->amendsId, original->id);
    QVERIFY(amendment->title.contains(original->number()));
    QVERIFY(amendment->bodyHtml.contains(
        QStringLiteral("amends and replaces agreement %1").arg(original->number())));
    const auto signedAmendment = f.service().signOnScreen(
        amendment->id,
        {QString::fromLatin1(AgreementFixture::kClientName), AgreementFixture::signaturePng(2),
         true},
        {QStringLiteral("Jonas Brandt"), AgreementFixture::signaturePng(3), true});
    QVERIFY2(signedAmendment.ok(), qPrintable(signedAmendment.message()));
    // The replaced agreement no longer counts as ending soon.
    QCOMPARE(f.service().endingWithin(30)->size(), 0);
    QCOMPARE(f.service().endingWithin(400)->size(), 1);
    QCOMPARE(f.service().verifyAll()->size(), 0);
}

QTEST_MAIN(TestAgreementSigning)
#include "tst_agreementsigning.moc"
