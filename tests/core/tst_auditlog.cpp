// The hash-chained audit log of signings: each entry's hash covers the
// previous hash and the entry; any change, removal or reordering is found.
#include "tst_agreementfixture.h"

#include "agreements/AuditChain.h"
#include "agreements/CanonicalJson.h"
#include "storage/AgreementAuditLogRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace md;
using md::test::AgreementFixture;

namespace {

QList<AuditEntry> chainOf(int count) {
    QList<AuditEntry> entries;
    QByteArray prev = AuditChain::genesisHash();
    for (int i = 1; i <= count; ++i) {
        AuditEntry entry;
        entry.seq = i;
        entry.agreementId = 100 + i;
        entry.event = QStringLiteral("signed");
        entry.entry = AuditChain::makeEntry(
            i, entry.agreementId, entry.event, QDateTime(QDate(2026, 1, i), QTime(10, 0), Qt::UTC),
            {{QStringLiteral("manifest_sha256"), QString(64, 'a')}});
        entry.prevHash = prev;
        entry.entryHash = AuditChain::hash(prev, entry.entry);
        prev = entry.entryHash;
        entries << entry;
    }
    return entries;
}

} // namespace

class TestAuditLog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void canonicalJson();
    void intactChainHasNoProblems();
    void brokenChains_data();
    void brokenChains();
    void storedChainDetectsTampering();
};

void TestAuditLog::canonicalJson() {
    const QJsonObject object{{QStringLiteral("b"), 1},
                             {QStringLiteral("a"), QJsonArray{true, QJsonValue(), "x\"y\n"}},
                             {QStringLiteral("ä"), QStringLiteral("ö")},
                             {QStringLiteral("c"), QJsonObject{{"z", 2}, {"y", -3}}}};
    const QByteArray bytes = CanonicalJson::serialize(object);
    QCOMPARE(bytes,
             QByteArray("{\"a\":[true,null,\"x\\\"y\\u000a\"],\"b\":1,\"c\":{\"y\":-3,\"z\":2},"
                        "\"\xc3\xa4\":\"\xc3\xb6\"}"));
    QVERIFY(CanonicalJson::isCanonical(bytes));
    QVERIFY(!CanonicalJson::isCanonical("{\"b\":1,\"a\":2}"));
    QVERIFY(!CanonicalJson::isCanonical("{\"a\": 2}"));
    QVERIFY(!CanonicalJson::isCanonical("{\"a\":2"));
}

void TestAuditLog::intactChainHasNoProblems() {
    QVERIFY(AuditChain::verify({}).isEmpty());
    QVERIFY(AuditChain::verify(chainOf(5)).isEmpty());
    QCOMPARE(AuditChain::genesisHash(), QByteArray(64, '0'));
    // The hash covers the previous hash: the same entry on another chain differs.
    QVERIFY(AuditChain::hash(QByteArray(64, '0'), "{}") !=
            AuditChain::hash(QByteArray(64, '1'), "{}"));
    // It is the SHA-256 of the previous hash followed by the entry, in lower
    // case hex, as the chains already stored were written (and as anyone can
    // check it with another tool).
    const QByteArray entry = R"({"agreement_id":7,"event":"signed","seq":3})";
    QCOMPARE(
        AuditChain::hash(QByteArray(64, 'a'), entry),
        QCryptographicHash::hash(QByteArray(64, 'a') + entry, QCryptographicHash::Sha256).toHex());
    QCOMPARE(AuditChain::hash(QByteArray(), QByteArray()),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestAuditLog::brokenChains_data() {
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("entry changed") << "change"
                                   << "Audit log entry 3: its content does not match";
    QTest::newRow("entry changed, hash recomputed") << "rehash"
                                                    << "Audit log entry 4: does not link";
    QTest::newRow("entry removed") << "remove"
                                   << "expected entry 3";
    QTest::newRow("entries swapped") << "swap"
                                     << "Audit log entry 4";
    QTest::newRow("seq disagrees with content") << "seq"
                                                << "recorded fields disagree";
}

void TestAuditLog::brokenChains() {
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    QList<AuditEntry> entries = chainOf(5);
    if (damage == QLatin1String("change")) {
        entries[2].entry.replace("signed", "signef");
    } else if (damage == QLatin1String("rehash")) {
        entries[2].entry.replace("signed", "signef");
        entries[2].entryHash = AuditChain::hash(entries[2].prevHash, entries[2].entry);
    } else if (damage == QLatin1String("remove")) {
        entries.removeAt(2);
    } else if (damage == QLatin1String("swap")) {
        entries.swapItemsAt(2, 3);
    } else if (damage == QLatin1String("seq")) {
        entries[4].agreementId = 1;
    }
    const QStringList problems = AuditChain::verify(entries);
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join('\n').contains(expected), qPrintable(problems.join('\n')));
}

void TestAuditLog::storedChainDetectsTampering() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    for (int i = 0; i < 3; ++i) {
        f.clock().advanceSeconds(60);
        QVERIFY(f.signedOnScreen(i % 2 ? AgreementKind::Confidentiality : AgreementKind::Mentoring)
                    .ok());
    }
    AgreementAuditLogRepository log(f.database(), f.clock());
    const auto entries = log.entries();
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(0).prevHash, AuditChain::genesisHash());
    QCOMPARE(entries->at(2).prevHash, entries->at(1).entryHash);
    AgreementService& verifier = f.service();
    QVERIFY(verifier.verifyAuditChain()->isEmpty());

    // Break the chain in the middle: edit entry 2 with the triggers dropped.
    QString error;
    QVERIFY2(f.exec(QStringLiteral("DROP TRIGGER agreement_audit_log_no_update"), {}, &error),
             qPrintable(error));
    QVERIFY2(f.exec(QStringLiteral("UPDATE agreement_audit_log SET entry = "
                                   "CAST(replace(CAST(entry AS TEXT), 'signed', 'viewed') AS BLOB) "
                                   "WHERE seq = 2"),
                    {}, &error),
             qPrintable(error));
    const auto problems = verifier.verifyAuditChain();
    QVERIFY(problems.ok());
    QVERIFY2(problems->join('\n').contains(QStringLiteral("Audit log entry 2")),
             qPrintable(problems->join('\n')));
    QVERIFY(!verifier.verifyAll()->isEmpty());
    // The agreement whose record was edited is no longer "Verified"; the
    // others, whose records are intact, still are.
    const auto edited = verifier.verify(entries->at(1).agreementId);
    QCOMPARE(edited->status, VerificationStatus::Modified);
    QVERIFY2(edited->problems.join(' ').contains(QStringLiteral("record of this agreement was "
                                                                "altered")),
             qPrintable(edited->problems.join(' ')));
    QCOMPARE(verifier.verify(entries->at(0).agreementId)->status, VerificationStatus::Verified);

    // Removing the last entry is found too: its agreement's signing is no
    // longer on record.
    QVERIFY(f.exec(QStringLiteral("DROP TRIGGER agreement_audit_log_no_delete")));
    QVERIFY(f.exec(QStringLiteral("DELETE FROM agreement_audit_log WHERE seq = 3")));
    const auto last = verifier.verify(entries->at(2).agreementId);
    QCOMPARE(last->status, VerificationStatus::Modified);
    QVERIFY(last->problems.join(' ').contains(QStringLiteral("audit log")));
}

QTEST_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
