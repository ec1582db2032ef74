// A mistyped recovery key says which group of four is wrong, as far as the
// key's form allows: by its shape (a wrong character, a group too short or
// too long) when it is read, and by the workspace's fingerprint when one
// group of four good-looking digits is wrong. Right keys read as before, in
// any grouping.

#include "TemporaryWorkspace.h"
#include "crypto/KeyGroupSearch.h"
#include "crypto/PassphraseSlot.h"
#include "crypto/RecoveryKey.h"

#include <QElapsedTimer>
#include <QTest>

using namespace md;

namespace {
QByteArray formatted(const SecureBytes& key) {
    return RecoveryKey::format(key).view().toByteArray();
}
} // namespace

class TestRecoveryKeyGroups final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void rightKeysReadInAnyGrouping() {
        const SecureBytes key = SecureBytes::random(32);
        const QByteArray text = formatted(key);
        QByteArray plain = text;
        plain.replace('-', "");
        QByteArray eights; // groups of eight, as someone might copy it
        for (qsizetype i = 0; i < plain.size(); i += 8)
            eights += plain.mid(i, 8) + ' ';
        for (const QByteArray& typed : {text, plain, plain.toLower(), eights}) {
            auto parsed = RecoveryKey::parse(typed);
            QVERIFY2(parsed, qPrintable(parsed.message()));
            QVERIFY(parsed->equals(key));
        }
    }

    void shapeErrorsNameTheGroup_data() {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<QString>("expected");
        const QByteArray key = formatted(SecureBytes::random(32));
        auto change = [&](int at, char c) {
            QByteArray text = key;
            text[at] = c;
            return text;
        };
        QByteArray shortGroup = key;
        shortGroup.remove(2 * 5 + 1, 1); // group 3
        QByteArray longGroup = key;
        longGroup.insert(9 * 5 + 1, 'A'); // group 10
        QByteArray plain = key;
        plain.replace('-', "");
        plain[4 * 6 + 2] = 'x'; // group 7, typed without dashes

        QTest::newRow("letter O") << change(3 * 5, 'O') << QStringLiteral("Group 4 ");
        QTest::newRow("letter l") << change(14 * 5 + 3, 'l') << QStringLiteral("Group 15 ");
        QTest::newRow("other character") << change(0, '#') << QStringLiteral("Group 1 ");
        QTest::newRow("too short") << shortGroup << QStringLiteral("Group 3 ");
        QTest::newRow("too long") << longGroup << QStringLiteral("Group 10 ");
        QTest::newRow("without dashes") << plain << QStringLiteral("Group 7 ");
    }

    void shapeErrorsNameTheGroup() {
        QFETCH(QByteArray, typed);
        QFETCH(QString, expected);
        auto parsed = RecoveryKey::parse(typed);
        QVERIFY(!parsed);
        QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
        QVERIFY2(parsed.message().startsWith(expected), qPrintable(parsed.message()));
    }

    void aShortKeySaysItsLength() {
        auto parsed = RecoveryKey::parse("ABCD");
        QVERIFY(!parsed);
        QVERIFY2(parsed.message().contains(QStringLiteral("64")), qPrintable(parsed.message()));
    }

    void fingerprintFindsTheOneWrongGroup() {
        const SecureBytes key = SecureBytes::random(32);
        const QByteArray fingerprint = keyFingerprint(key);
        for (int group : {1, 9, 16}) {
            SecureBytes typo(key.data(), key.size());
            typo.data()[2 * (group - 1) + 1] ^= 0x10; // one hex digit of that group
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(singleDifferingKeyGroup(typo, {fingerprint}), group);
            // About a third of a second of CPU; generous for a loaded machine.
            QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        }
        // Two groups wrong, or another workspace's key: nothing to name.
        SecureBytes twoWrong(key.data(), key.size());
        twoWrong.data()[0] ^= 1;
        twoWrong.data()[10] ^= 1;
        QCOMPARE(singleDifferingKeyGroup(twoWrong, {fingerprint}), 0);
        QCOMPARE(singleDifferingKeyGroup(key, {fingerprint}), 0); // the right key
        QCOMPARE(singleDifferingKeyGroup(twoWrong, {}), 0);
    }

    void unlockNamesTheWrongGroup() {
        test::TemporaryWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QString dir = tw.directory();
        const QByteArray right = tw.recoveryKey();
        tw.close();
        QByteArray wrong = right;
        const int at = 5 * 5 + 1; // group 6
        wrong[at] = wrong[at] == '3' ? '4' : '3';
        auto opened = Workspace::unlockWithRecoveryKey(
            dir, test::TemporaryWorkspace::secret(wrong.constData()));
        QVERIFY(!opened);
        QCOMPARE(opened.code(), ErrorCode::WrongKey);
        QVERIFY2(opened.message().startsWith(QStringLiteral("Group 6 ")),
                 qPrintable(opened.message()));

        // Another workspace's key is not one group away: the plain message.
        const QByteArray other = formatted(SecureBytes::random(32));
        opened = Workspace::unlockWithRecoveryKey(
            dir, test::TemporaryWorkspace::secret(other.constData()));
        QVERIFY(!opened);
        QVERIFY2(opened.message().startsWith(QStringLiteral("This recovery key does not open")),
                 qPrintable(opened.message()));
        QVERIFY(Workspace::unlockWithRecoveryKey(
            dir, test::TemporaryWorkspace::secret(right.constData())));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKeyGroups)
#include "tst_recoverykeygroups.moc"
