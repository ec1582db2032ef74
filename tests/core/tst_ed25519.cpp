// Ed25519 as MentorDesk uses it to seal signed agreements: the RFC 8032 test
// vectors, detached sign/verify, and the PEM form that OpenSSL reads.
#include "crypto/SigningKey.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using md::SecureBytes;
using md::SigningKey;

class TestEd25519 final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc8032Vectors_data();
    void rfc8032Vectors();
    void signAndVerify();
    void rejectsDamagedSecretKey();
    void pemRoundTrip();
    void opensslReadsThePem();
};

void TestEd25519::rfc8032Vectors_data() {
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");

    // RFC 8032, section 7.1, TEST 1 (empty message) and TEST 2 (one byte).
    QTest::newRow("test 1")
        << QByteArray("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        << QByteArray()
        << QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e0652249"
                      "01555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141"
                      "438e7a100b");
    QTest::newRow("test 2")
        << QByteArray("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << QByteArray("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        << QByteArray("72")
        << QByteArray("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223eb"
                      "db69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d"
                      "291612bb0c00");
}

void TestEd25519::rfc8032Vectors() {
    QFETCH(QByteArray, seed);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);

    auto key = SigningKey::fromSeed(SecureBytes::fromHex(seed));
    QVERIFY2(key.ok(), qPrintable(key.message()));
    QCOMPARE(key->publicKey().toHex(), publicKey);
    const QByteArray msg = QByteArray::fromHex(message);
    QCOMPARE(key->sign(msg).toHex(), signature);
    QVERIFY(SigningKey::verify(key->publicKey(), msg, QByteArray::fromHex(signature)));

    // libsodium's 64-byte secret key reloads into the same pair.
    auto reloaded =
        SigningKey::fromSecretKey(SecureBytes(key->secretKey().data(), key->secretKey().size()));
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->publicKey(), key->publicKey());
}

void TestEd25519::signAndVerify() {
    const SigningKey key = SigningKey::generate();
    QCOMPARE(key.publicKey().size(), SigningKey::kPublicKeySize);
    const QByteArray message = R"({"agreement_id":1,"pdf_sha256":"00"})";
    const QByteArray signature = key.sign(message);
    QCOMPARE(signature.size(), SigningKey::kSignatureSize);
    QVERIFY(SigningKey::verify(key.publicKey(), message, signature));

    QByteArray changedMessage = message;
    changedMessage[5] = char(changedMessage[5] ^ 1);
    QVERIFY(!SigningKey::verify(key.publicKey(), changedMessage, signature));
    QByteArray changedSignature = signature;
    changedSignature[0] = char(changedSignature[0] ^ 1);
    QVERIFY(!SigningKey::verify(key.publicKey(), message, changedSignature));
    QVERIFY(!SigningKey::verify(SigningKey::generate().publicKey(), message, signature));
    QVERIFY(!SigningKey::verify(key.publicKey().left(31), message, signature));
    QVERIFY(!SigningKey::verify(key.publicKey(), message, signature.left(63)));
}

void TestEd25519::rejectsDamagedSecretKey() {
    const SigningKey key = SigningKey::generate();
    SecureBytes damaged(key.secretKey().data(), key.secretKey().size());
    damaged.data()[40] ^= 0x01; // inside the public half
    QCOMPARE(SigningKey::fromSecretKey(damaged).code(), md::ErrorCode::Crypto);
    QVERIFY(!SigningKey::fromSecretKey(SecureBytes(16)).ok());
    QVERIFY(!SigningKey::fromSeed(SecureBytes(31)).ok());
}

void TestEd25519::pemRoundTrip() {
    const QByteArray publicKey =
        QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QByteArray pem = SigningKey::publicKeyPem(publicKey);
    // The DER of RFC 8410's example layout, base64: "MCowBQYDK2VwAyEA" + key.
    QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA"));
    QCOMPARE(SigningKey::publicKeyFromPem(pem), publicKey);
    QVERIFY(
        SigningKey::publicKeyFromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")
            .isEmpty());
    QCOMPARE(SigningKey::fingerprint(publicKey).size(), 39); // 8 groups of 4 + 7 spaces
}

void TestEd25519::opensslReadsThePem() {
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SigningKey key = SigningKey::generate();
    const QByteArray message = "MentorDesk manifest bytes";
    auto write = [&](const QString& name, const QByteArray& data) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    };
    write(QStringLiteral("key.pem"), SigningKey::publicKeyPem(key.publicKey()));
    write(QStringLiteral("msg"), message);
    write(QStringLiteral("sig"), key.sign(message));
    write(QStringLiteral("bad"), key.sign("something else"));

    auto run = [&](const QString& sigFile) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(openssl,
                      {QStringLiteral("pkeyutl"), QStringLiteral("-verify"),
                       QStringLiteral("-pubin"), QStringLiteral("-inkey"),
                       QStringLiteral("key.pem"), QStringLiteral("-rawin"), QStringLiteral("-in"),
                       QStringLiteral("msg"), QStringLiteral("-sigfile"), sigFile});
        process.waitForFinished(20000);
        return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAll()));
    };
    const auto good = run(QStringLiteral("sig"));
    QVERIFY2(good.first == 0, qPrintable(good.second));
    QVERIFY(good.second.contains(QStringLiteral("Signature Verified Successfully")));
    QVERIFY(run(QStringLiteral("bad")).first != 0);
}

QTEST_GUILESS_MAIN(TestEd25519)
#include "tst_ed25519.moc"
