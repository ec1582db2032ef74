// Tamper evidence of signed agreements. First the database itself refuses to
// change or delete a signed row. Then, with the triggers dropped (as someone
// holding the key could do), one changed byte anywhere in what was signed
// makes verification report the agreement as Modified.
#include "tst_agreementfixture.h"

#include "crypto/SigningKey.h"
#include "storage/AgreementSigningKeyRepository.h"

#include <QTest>

using namespace md;
using md::test::AgreementFixture;

namespace {

QByteArray flipped(QByteArray bytes, qsizetype at) {
    bytes[at] = char(bytes[at] ^ 0x01);
    return bytes;
}

} // namespace

class TestAgreementTamper final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void databaseRefusesChanges_data();
    void databaseRefusesChanges();
    void draftsStayEditable();
    void oneChangedByteIsModified_data();
    void oneChangedByteIsModified();
    void anImportedSealVerifiesWithItsEarlierKeyOnly();
};

void TestAgreementTamper::databaseRefusesChanges_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("onPaper");
    QTest::newRow("update agreement text")
        << "UPDATE agreements SET body_html = body_html || 'x' WHERE id = ?" << false;
    QTest::newRow("update agreement end date")
        << "UPDATE agreements SET end_date = '2030-01-01' WHERE id = ?" << false;
    QTest::newRow("back to draft") << "UPDATE agreements SET state = 'draft', signed_utc = NULL, "
                                      "signing_method = '' WHERE id = ?"
                                   << false;
    QTest::newRow("delete agreement") << "DELETE FROM agreements WHERE id = ?" << false;
    QTest::newRow("update pdf") << "UPDATE agreement_seals SET pdf = X'00' WHERE agreement_id = ?"
                                << false;
    QTest::newRow("update manifest")
        << "UPDATE agreement_seals SET manifest = X'7b7d' WHERE agreement_id = ?" << false;
    QTest::newRow("delete seal") << "DELETE FROM agreement_seals WHERE agreement_id = ?" << false;
    QTest::newRow("update signature image")
        << "UPDATE agreement_signatures SET image_png = X'00' WHERE agreement_id = ?" << false;
    QTest::newRow("rename signer")
        << "UPDATE agreement_signatures SET full_name = 'Someone' WHERE agreement_id = ?" << false;
    QTest::newRow("delete signature")
        << "DELETE FROM agreement_signatures WHERE agreement_id = ?" << false;
    QTest::newRow("add signature")
        << "INSERT INTO agreement_signatures (agreement_id, role, full_name, image_png, consent, "
           "signed_utc) VALUES (?, 'mentee', 'X', X'00', 1, '2026-01-01T00:00:00Z')"
        << true;
    QTest::newRow("update scan")
        << "UPDATE agreement_scans SET content = X'00' WHERE agreement_id = ?" << true;
    QTest::newRow("delete scan") << "DELETE FROM agreement_scans WHERE agreement_id = ?" << true;
    QTest::newRow("second seal")
        << "INSERT INTO agreement_seals (agreement_id, pdf, manifest, signature, public_key, "
           "sealed_utc) VALUES (?, X'00', X'00', X'00', X'00', 'x')"
        << false;
    QTest::newRow("update audit log")
        << "UPDATE agreement_audit_log SET event = 'x' WHERE agreement_id = ?" << false;
    QTest::newRow("delete audit log")
        << "DELETE FROM agreement_audit_log WHERE agreement_id = ?" << false;
}

void TestAgreementTamper::databaseRefusesChanges() {
    QFETCH(QString, sql);
    QFETCH(bool, onPaper);
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    qint64 id = 0;
    if (onPaper) {
        const auto draft = f.service().createDraft(f.engagementId());
        QVERIFY(draft.ok());
        QVERIFY(
            f.service().signOnPaper(draft->id, "scan.png", AgreementFixture::signaturePng()).ok());
        id = draft->id;
    } else {
        const auto signedAgreement = f.signedOnScreen();
        QVERIFY2(signedAgreement.ok(), qPrintable(signedAgreement.message()));
        id = signedAgreement->id;
    }
    QString error;
    QVERIFY2(!f.exec(sql, {id}, &error), "the database accepted a change to a signed agreement");
    QVERIFY2(error.contains(QStringLiteral("cannot be")) ||
                 error.contains(QStringLiteral("append-only")) ||
                 error.contains(QStringLiteral("UNIQUE")),
             qPrintable(error));
    const auto verification = f.service().verify(id);
    QCOMPARE(verification->status, VerificationStatus::Verified);
}

void TestAgreementTamper::draftsStayEditable() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY(f.exec(QStringLiteral("UPDATE agreements SET title = 'Changed' WHERE id = ?"),
                   {draft->id}));
    // But a draft cannot be marked signed without its seal.
    QString error;
    QVERIFY(!f.exec(QStringLiteral("UPDATE agreements SET state = 'signed', signing_method = "
                                   "'on_paper', signed_utc = 'x' WHERE id = ?"),
                    {draft->id}, &error));
    QVERIFY2(error.contains(QStringLiteral("seal")), qPrintable(error));
    QVERIFY(f.exec(QStringLiteral("DELETE FROM agreements WHERE id = ?"), {draft->id}));
}

void TestAgreementTamper::oneChangedByteIsModified_data() {
    QTest::addColumn<QString>("trigger"); // dropped first
    QTest::addColumn<QString>("select");
    QTest::addColumn<QString>("update");
    QTest::addColumn<QString>("expected"); // part of the problem reported
    QTest::addColumn<bool>("onPaper");

    QTest::newRow("pdf") << "agreement_seals_no_update"
                         << "SELECT pdf FROM agreement_seals WHERE agreement_id = ?"
                         << "UPDATE agreement_seals SET pdf = ? WHERE agreement_id = ?"
                         << "PDF" << false;
    QTest::newRow("manifest") << "agreement_seals_no_update"
                              << "SELECT manifest FROM agreement_seals WHERE agreement_id = ?"
                              << "UPDATE agreement_seals SET manifest = ? WHERE agreement_id = ?"
                              << "manifest" << false;
    QTest::newRow("manifest signature")
        << "agreement_seals_no_update"
        << "SELECT signature FROM agreement_seals WHERE agreement_id = ?"
        << "UPDATE agreement_seals SET signature = ? WHERE agreement_id = ?"
        << "signature does not match" << false;
    QTest::newRow("signature image")
        << "agreement_signatures_frozen_update"
        << "SELECT image_png FROM agreement_signatures WHERE agreement_id = ? AND role = 'mentee'"
        << "UPDATE agreement_signatures SET image_png = ? WHERE agreement_id = ? AND role = "
           "'mentee'"
        << "signature image" << false;
    QTest::newRow("agreement text")
        << "agreements_signed_no_update"
        << "SELECT body_html FROM agreements WHERE id = ?"
        << "UPDATE agreements SET body_html = CAST(? AS TEXT) WHERE id = ?"
        << "text differs" << false;
    QTest::newRow("scan") << "agreement_scans_frozen_update"
                          << "SELECT content FROM agreement_scans WHERE agreement_id = ?"
                          << "UPDATE agreement_scans SET content = ? WHERE agreement_id = ?"
                          << "scan" << true;
}

void TestAgreementTamper::oneChangedByteIsModified() {
    QFETCH(QString, trigger);
    QFETCH(QString, select);
    QFETCH(QString, update);
    QFETCH(QString, expected);
    QFETCH(bool, onPaper);
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    // Another signed agreement that must stay Verified throughout.
    const auto bystander = f.signedOnScreen(AgreementKind::Confidentiality);
    QVERIFY(bystander.ok());
    qint64 id = 0;
    if (onPaper) {
        const auto draft = f.service().createDraft(f.engagementId());
        QVERIFY(
            f.service().signOnPaper(draft->id, "scan.png", AgreementFixture::signaturePng()).ok());
        id = draft->id;
    } else {
        id = f.signedOnScreen()->id;
    }
    AgreementService& verifier = f.service();
    QCOMPARE(verifier.verify(id)->status, VerificationStatus::Verified);

    const QByteArray original = f.blob(select, id);
    QVERIFY(!original.isEmpty());
    QString error;
    QVERIFY2(f.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger), {}, &error), qPrintable(error));
    const QByteArray tampered = flipped(original, original.size() / 2);
    QVERIFY2(f.exec(update, {tampered, id}, &error), qPrintable(error));
    QCOMPARE(f.blob(select, id), tampered);

    const auto verification = verifier.verify(id);
    QVERIFY(verification.ok());
    QCOMPARE(verification->status, VerificationStatus::Modified);
    QVERIFY2(verification->problems.join(' ').contains(expected),
             qPrintable(verification->problems.join('\n')));
    QCOMPARE(verifier.verify(bystander->id)->status, VerificationStatus::Verified);
    const auto all = verifier.verifyAll();
    QVERIFY(!all->isEmpty());
    QVERIFY(all->first().contains(QStringLiteral("AGR-")));
}

// A workspace made from an export has a key of its own; the seals made in
// the workspace the export came from verify with that workspace's public key,
// remembered with its id, and with nothing else.
void TestAgreementTamper::anImportedSealVerifiesWithItsEarlierKeyOnly() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto sealed = f.signedOnScreen();
    QVERIFY(sealed.ok());
    AgreementSigningKeyRepository keys(f.database(), f.clock());
    const QByteArray earlierKey = *keys.publicKey();
    QCOMPARE(earlierKey.size(), 32);

    // As after an import: this workspace's key is another one.
    QString error;
    QVERIFY2(f.exec(QStringLiteral("UPDATE workspace_settings SET value = ? WHERE key = "
                                   "'agreements.signing_key.public'"),
                    {SigningKey::generate().publicKey()}, &error),
             qPrintable(error));
    auto verification = f.service().verify(sealed->id);
    QCOMPARE(verification->status, VerificationStatus::Modified);
    QVERIFY2(verification->problems.join(' ').contains(QStringLiteral("this workspace's key")),
             qPrintable(verification->problems.join('\n')));

    // The same key remembered for another workspace does not vouch for it.
    QVERIFY(keys.addEarlierKey({QStringLiteral("another-workspace"), earlierKey}).ok());
    QCOMPARE(f.service().verify(sealed->id)->status, VerificationStatus::Modified);

    // Remembered for the workspace the seal names, it does.
    QVERIFY(keys.addEarlierKey({f.workspace().id(), earlierKey}).ok());
    QVERIFY(keys.addEarlierKey({f.workspace().id(), earlierKey}).ok()); // once is enough
    QCOMPARE(keys.earlierKeys()->size(), 2);
    verification = f.service().verify(sealed->id);
    QCOMPARE(verification->status, VerificationStatus::Verified);
    QVERIFY2(verification->problems.isEmpty(), qPrintable(verification->problems.join('\n')));

    // A key that is not 32 bytes is refused.
    QVERIFY(!keys.addEarlierKey({f.workspace().id(), QByteArray(31, 'k')}).ok());
}

QTEST_MAIN(TestAgreementTamper)
#include "tst_agreementtamper.moc"
