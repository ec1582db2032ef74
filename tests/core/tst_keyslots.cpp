#include "crypto/PassphraseSlot.h"
#include "crypto/RecoveryKey.h"

#include <QRegularExpression>
#include <QTest>

using namespace md;

namespace {
SecureBytes text(const char* s) {
    return SecureBytes(reinterpret_cast<const unsigned char*>(s), std::strlen(s));
}
} // namespace

class TestKeySlots final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wrapAndUnwrap() {
        const SecureBytes key = SecureBytes::random(32);
        auto slot = wrapKey(key, text("a long passphrase"), KdfStrength::Fast);
        QVERIFY(slot.ok());
        QVERIFY(!slot->ciphertext.contains(key.view().toByteArray()));
        auto back = unwrapKey(slot.value(), text("a long passphrase"));
        QVERIFY(back.ok());
        QVERIFY(back->equals(key));

        auto wrong = unwrapKey(slot.value(), text("a long passphrasE"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.code(), ErrorCode::WrongKey);
    }

    void slotSurvivesJson() {
        const SecureBytes key = SecureBytes::random(32);
        auto slot = wrapKey(key, text("pass phrase 123"), KdfStrength::Fast);
        QVERIFY(slot.ok());
        auto parsed = PassphraseSlot::fromJson(slot->toJson());
        QVERIFY(parsed.ok());
        QVERIFY(unwrapKey(parsed.value(), text("pass phrase 123"))->equals(key));

        QJsonObject damaged = slot->toJson();
        damaged.insert(QStringLiteral("salt"), QStringLiteral("AAAA"));
        QCOMPARE(PassphraseSlot::fromJson(damaged).code(), ErrorCode::Corrupted);
    }

    void interactiveStrengthIsArgon2idInteractive() {
        const SecureBytes key = SecureBytes::random(32);
        auto slot = wrapKey(key, text("x"), KdfStrength::Interactive);
        QVERIFY(slot.ok());
        QVERIFY(slot->opsLimit >= 2);
        QVERIFY(slot->memLimit >= 64ull * 1024 * 1024);
    }

    void recoveryKeyFormat() {
        const SecureBytes key = SecureBytes::random(32);
        const SecureBytes formatted = RecoveryKey::format(key);
        const QString shown = QString::fromLatin1(formatted.view());
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{4}-){15}[0-9A-F]{4}$"))
                    .match(shown)
                    .hasMatch());
        // Removing the dashes gives the hex that PRAGMA key = "x'…'" takes.
        QCOMPARE(shown.toLower().remove(QLatin1Char('-')).toLatin1(),
                 key.toHex().view().toByteArray());
        auto parsed = RecoveryKey::parse(formatted.view());
        QVERIFY(parsed.ok());
        QVERIFY(parsed->equals(key));
        auto lower = RecoveryKey::parse(shown.toLower().remove(QLatin1Char('-')).toLatin1());
        QVERIFY(lower->equals(key));
    }

    void recoveryKeyRejectsBadInput_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray("ABCD-EF01");
        QTest::newRow("letter outside hex") << QByteArray(64, 'G');
        QTest::newRow("too long") << QByteArray(68, 'A');
    }
    void recoveryKeyRejectsBadInput() {
        QFETCH(QByteArray, input);
        auto parsed = RecoveryKey::parse(input);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
        QVERIFY(!parsed.message().isEmpty());
    }

    void fingerprintIdentifiesKey() {
        const SecureBytes a = SecureBytes::random(32);
        const SecureBytes b = SecureBytes::random(32);
        QCOMPARE(keyFingerprint(a), keyFingerprint(a));
        QVERIFY(keyFingerprint(a) != keyFingerprint(b));
        QCOMPARE(keyFingerprint(a).size(), 32);
    }

    void secureBytesWipesPlainInput() {
        QByteArray plain("secret passphrase");
        const SecureBytes secure = SecureBytes::takeFrom(plain);
        QVERIFY(plain.isEmpty());
        QCOMPARE(secure.view(), QByteArrayView("secret passphrase"));
        QVERIFY(SecureBytes::fromHex("zz").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_keyslots.moc"
