// The agreements area as units of work: every write is one unit that is
// announced once after it committed; signing (the frozen PDF, the
// signatures or the scan, the seal, the audit record, the state, and at the
// first signing the workspace key) is all or nothing when a statement fails
// half-way; and no read path writes a byte to the database or its WAL.
#include "tst_agreementfixture.h"

#include "common/ChangeNotifier.h"
#include "common/FaultInjection.h"
#include "storage/AgreementRepository.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace md;
using md::test::AgreementFixture;

namespace {

int count(AgreementFixture& f, const QString& sql, qint64 id = 0) {
    QSqlQuery query(f.database().connection());
    query.prepare(sql);
    if (sql.contains(QLatin1Char('?')))
        query.addBindValue(id);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

// What signing leaves behind for one agreement, and overall.
struct Traces {
    int signatures = 0;
    int scans = 0;
    int seals = 0;
    int auditEntries = 0;
    int keyRows = 0;
    bool operator==(const Traces&) const = default;
};

Traces traces(AgreementFixture& f, qint64 id) {
    Traces t;
    t.signatures = count(
        f, QStringLiteral("SELECT count(*) FROM agreement_signatures WHERE agreement_id = ?"), id);
    t.scans =
        count(f, QStringLiteral("SELECT count(*) FROM agreement_scans WHERE agreement_id = ?"), id);
    t.seals =
        count(f, QStringLiteral("SELECT count(*) FROM agreement_seals WHERE agreement_id = ?"), id);
    t.auditEntries = count(
        f, QStringLiteral("SELECT count(*) FROM agreement_audit_log WHERE agreement_id = ?"), id);
    t.keyRows = count(f, QStringLiteral("SELECT count(*) FROM workspace_settings WHERE key LIKE "
                                        "'agreements.signing_key.%'"));
    return t;
}

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("(missing)");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// The database file and its write-ahead log, byte for byte.
QPair<QByteArray, QByteArray> snapshot(AgreementFixture& f) {
    const QString path = f.database().path();
    return {fileHash(path), fileHash(path + QStringLiteral("-wal"))};
}

OnScreenSignature menteeSignature() {
    return {QString::fromLatin1(AgreementFixture::kClientName), AgreementFixture::signaturePng(0),
            true};
}

OnScreenSignature mentorSignature() {
    return {QStringLiteral("Jonas Brandt"), AgreementFixture::signaturePng(1), true};
}

} // namespace

class TestAgreementUnits final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesAreAnnouncedOnce();
    void signingOnScreenIsOneUnit_data();
    void signingOnScreenIsOneUnit();
    void signingOnPaperIsOneUnit();
    void failedDraftStoresNothing();
    void failedTemplateSaveStoresNothing();
    void readsNeverWrite();
    void defaultEndDateComesFromTheClock();
    void endingSoonReadsNoTexts();
};

void TestAgreementUnits::writesAreAnnouncedOnce() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    QSignalSpy published(&f.workspace().changes(), &ChangeNotifier::changed);
    const auto changesAt = [&](int i) {
        return published.at(i).at(0).value<ChangeSet>();
    };

    auto draft = f.service().createDraft(f.engagementId());
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    QCOMPARE(published.count(), 1);
    QCOMPARE(changesAt(0).ids(RecordKind::Agreement, ChangeOp::Added), QSet<qint64>{draft->id});
    // The built-in template became version 1 with this first agreement.
    QCOMPARE(changesAt(0).ids(RecordKind::AgreementTemplate, ChangeOp::Added),
             QSet<qint64>{draft->templateId});

    draft->title = QStringLiteral("Mentoring Agreement 2026");
    QVERIFY(f.service().updateDraft(*draft).ok());
    QCOMPARE(published.count(), 2);
    QCOMPARE(changesAt(1).ids(RecordKind::Agreement, ChangeOp::Updated), QSet<qint64>{draft->id});

    QVERIFY(f.service().signOnScreen(draft->id, menteeSignature(), mentorSignature()).ok());
    QCOMPARE(published.count(), 3);
    QCOMPARE(changesAt(2).ids(RecordKind::Agreement, ChangeOp::Updated), QSet<qint64>{draft->id});

    auto edited = *f.service().latestTemplate(AgreementKind::Mentoring, QStringLiteral("en"));
    const auto version2 = f.service().saveTemplate(edited);
    QVERIFY2(version2.ok(), qPrintable(version2.message()));
    QCOMPARE(published.count(), 4);
    QCOMPARE(changesAt(3).ids(RecordKind::AgreementTemplate, ChangeOp::Added),
             QSet<qint64>{version2->id});

    const auto second = f.service().createDraft(f.engagementId());
    QVERIFY(second.ok());
    QVERIFY(f.service().removeDraft(second->id).ok());
    QCOMPARE(published.count(), 6);
    QVERIFY(changesAt(5).removed(RecordKind::Agreement, second->id));

    // Refused writes announce nothing.
    QCOMPARE(f.service().removeDraft(draft->id).code(), ErrorCode::Refused);
    QCOMPARE(f.service().signOnPaper(draft->id, "scan.pdf", "%PDF-1.4").code(), ErrorCode::Refused);
    QCOMPARE(published.count(), 6);
}

void TestAgreementUnits::signingOnScreenIsOneUnit_data() {
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("skip");
    // Every write of the signing, the first and the last among them.
    QTest::newRow("signing key") << QStringLiteral("^INSERT INTO workspace_settings") << 0;
    QTest::newRow("first signature") << QStringLiteral("^INSERT INTO agreement_signatures") << 0;
    QTest::newRow("second signature") << QStringLiteral("^INSERT INTO agreement_signatures") << 1;
    QTest::newRow("seal") << QStringLiteral("^INSERT INTO agreement_seals") << 0;
    QTest::newRow("state") << QStringLiteral("^UPDATE agreements SET state") << 0;
    QTest::newRow("audit record") << QStringLiteral("^INSERT INTO agreement_audit_log") << 0;
}

void TestAgreementUnits::signingOnScreenIsOneUnit() {
    QFETCH(QString, statement);
    QFETCH(int, skip);
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    const Traces before = traces(f, draft->id);
    QCOMPARE(before, Traces{});
    QSignalSpy published(&f.workspace().changes(), &ChangeNotifier::changed);
    {
        ScopedStatementFault fault{QRegularExpression(statement), skip};
        const auto refused =
            f.service().signOnScreen(draft->id, menteeSignature(), mentorSignature());
        QVERIFY(FaultInjection::fired());
        QVERIFY(!refused.ok());
    }
    // Still a draft, with no signature, no frozen bytes, no audit record and
    // (this was the first signing) no key.
    QCOMPARE(f.service().get(draft->id)->state, AgreementState::Draft);
    QCOMPARE(traces(f, draft->id), before);
    QVERIFY(f.service().publicKey()->isEmpty());
    QVERIFY(!f.service().seal(draft->id)->has_value());
    QCOMPARE(published.count(), 0);
    QVERIFY(f.service().verifyAll()->isEmpty());

    // Nothing is stuck half-way: the next attempt signs.
    const auto signedNow =
        f.service().signOnScreen(draft->id, menteeSignature(), mentorSignature());
    QVERIFY2(signedNow.ok(), qPrintable(signedNow.message()));
    QCOMPARE(traces(f, draft->id), (Traces{2, 0, 1, 1, 3}));
    QCOMPARE(f.service().verify(draft->id)->status, VerificationStatus::Verified);
}

void TestAgreementUnits::signingOnPaperIsOneUnit() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    QVERIFY(f.signedOnScreen().ok()); // the key exists already
    const QByteArray key = *f.service().publicKey();
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY(draft.ok());
    const QByteArray scan = "%PDF-1.4\n% the scanned paper\n";
    for (const char* statement :
         {"^INSERT INTO agreement_scans", "^INSERT INTO agreement_seals",
          "^UPDATE agreements SET state", "^INSERT INTO agreement_audit_log"}) {
        ScopedStatementFault fault{QRegularExpression(QLatin1String(statement))};
        QVERIFY(!f.service().signOnPaper(draft->id, "paper.pdf", scan).ok());
        QVERIFY2(FaultInjection::fired(), statement);
        QCOMPARE(f.service().get(draft->id)->state, AgreementState::Draft);
        QCOMPARE(traces(f, draft->id), (Traces{0, 0, 0, 0, 3}));
    }
    QCOMPARE(*f.service().publicKey(), key); // never replaced
    QVERIFY(f.service().signOnPaper(draft->id, "paper.pdf", scan).ok());
    QCOMPARE(traces(f, draft->id), (Traces{0, 1, 1, 1, 3}));
    QVERIFY(f.service().verifyAll()->isEmpty());
}

void TestAgreementUnits::failedDraftStoresNothing() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    {
        // The template row is written first, then the draft fails.
        ScopedStatementFault fault{QRegularExpression(QStringLiteral("^INSERT INTO agreements "))};
        QVERIFY(!f.service().createDraft(f.engagementId()).ok());
        QVERIFY(FaultInjection::fired());
    }
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM agreement_templates")), 0);
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM agreements")), 0);
    // A draft the template cannot fill stores nothing either, not even the
    // built-in text.
    MentorProfile profile = *f.settings().mentorProfile();
    profile.name.clear();
    QVERIFY(f.settings().saveMentorProfile(profile).ok());
    QCOMPARE(f.service().createDraft(f.engagementId()).code(), ErrorCode::InvalidInput);
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM agreement_templates")), 0);
}

void TestAgreementUnits::failedTemplateSaveStoresNothing() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    AgreementTemplate edited =
        *f.service().latestTemplate(AgreementKind::Confidentiality, QStringLiteral("en"));
    QCOMPARE(edited.id, 0); // the built-in text, not stored yet
    edited.title = QStringLiteral("Confidentiality (edited)");
    {
        // Version 1 (the built-in text) goes in, then version 2 fails.
        ScopedStatementFault fault{
            QRegularExpression(QStringLiteral("^INSERT INTO agreement_templates")), 1};
        QVERIFY(!f.service().saveTemplate(edited).ok());
        QVERIFY(FaultInjection::fired());
    }
    QVERIFY(f.service().templateVersions(AgreementKind::Confidentiality, "en")->isEmpty());
    const auto saved = f.service().saveTemplate(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(saved->version, 2);
    QCOMPARE(f.service().templateVersions(AgreementKind::Confidentiality, "en")->size(), 2);
}

void TestAgreementUnits::readsNeverWrite() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    AgreementService& service = f.service();
    // Every read path of the area, as the list, the details, the dashboard,
    // the template editor, the signing dialog and the CLI use them.
    const auto readEverything = [&](qint64 id) {
        QVERIFY(service.list().ok());
        QVERIFY(service.list({f.clientId(), f.engagementId()}).ok());
        QVERIFY(service.get(id).ok());
        QVERIFY(service.layout(id).ok());
        QVERIFY(service.pdf(id).ok());
        QVERIFY(service.verify(id).ok());
        QVERIFY(service.verifyAll().ok());
        QVERIFY(service.verifyAuditChain().ok());
        QVERIFY(service.endingWithin(30).ok());
        QVERIFY(service.publicKey().ok());
        QVERIFY(service.signatures(id).ok());
        QVERIFY(service.seal(id).ok());
        QVERIFY(service.scan(id).ok());
        QVERIFY(service.engagementChoices().ok());
        QVERIFY(service.hasSignedConfidentialityTerms(f.engagementId()).ok());
        QVERIFY(service.context(f.engagementId(), {}).ok());
        QVERIFY(service.templateVersions(AgreementKind::Mentoring, "en").ok());
        QVERIFY(service.templateVersion(draft->templateId).ok());
        // Never stored yet: reading it used to store the built-in text.
        QVERIFY(service.latestTemplate(AgreementKind::Confidentiality, "en").ok());
        QVERIFY(f.settings().mentorProfile().ok());
    };

    // Before any signing: reading the public key used to make the key.
    auto before = snapshot(f);
    readEverything(draft->id);
    QCOMPARE(snapshot(f), before);
    QVERIFY(service.publicKey()->isEmpty());
    QVERIFY(service.templateVersions(AgreementKind::Confidentiality, "en")->isEmpty());

    // And with a signed agreement on record.
    const auto signedAgreement = f.signedOnScreen();
    QVERIFY2(signedAgreement.ok(), qPrintable(signedAgreement.message()));
    before = snapshot(f);
    readEverything(signedAgreement->id);
    readEverything(draft->id);
    QCOMPARE(snapshot(f), before);
}

void TestAgreementUnits::defaultEndDateComesFromTheClock() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    QCOMPARE(f.service().defaultEndDate(), QDate(2026, 9, 2)); // six months from 2 March 2026
    f.clock().advanceDays(30);
    QCOMPARE(f.service().defaultEndDate(), QDate(2026, 10, 1));
}

// "Ending soon" is asked on every show of the Agreements area and by the
// CLI, and the list is read on its first show: all are index searches or
// scans, never a read of the table that holds every agreement's text.
void TestAgreementUnits::endingSoonReadsNoTexts() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const AgreementRepository::Statement statement =
        AgreementRepository::endingStatement(QDate(2026, 3, 1), QDate(2026, 3, 31));
    QSqlQuery query(f.database().connection());
    QVERIFY(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql));
    for (const QVariant& value : statement.values)
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QStringList details;
    while (query.next())
        details << query.value(query.record().count() - 1).toString();
    const QString text = details.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("SEARCH TABLE agreements AS a USING INDEX "
                                          "agreements_by_end_date (end_date>? AND end_date<?)")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SCAN TABLE agreements AS b USING INDEX "
                                          "agreements_signed_amendments")),
             qPrintable(text));
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("SCAN TABLE agreements AS \\w+$"),
                                               QRegularExpression::MultilineOption)),
             qPrintable(text));
    // The list shows every column but the text, from an index of them.
    QSqlQuery list(f.database().connection());
    QVERIFY(list.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + AgreementRepository::listSql()));
    QStringList listDetails;
    while (list.next())
        listDetails << list.value(list.record().count() - 1).toString();
    const QString listPlan = listDetails.join(QLatin1Char('\n'));
    QVERIFY2(listPlan.contains(QStringLiteral("SCAN TABLE agreements AS a USING COVERING INDEX "
                                              "agreements_list")),
             qPrintable(listPlan));
}

QTEST_MAIN(TestAgreementUnits)
#include "tst_agreementunits.moc"
