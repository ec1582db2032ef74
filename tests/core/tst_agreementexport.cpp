// Export for the client: the signed PDF, manifest, signature and public key,
// checkable with sha256sum and openssl exactly as the README says.
#include "tst_agreementfixture.h"

#include "agreements/AgreementManifest.h"
#include "crypto/SigningKey.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace md;
using md::test::AgreementFixture;

namespace {

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::pair<int, QString> run(const QString& program, const QStringList& arguments,
                            const QString& workingDirectory) {
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(30000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

} // namespace

class TestAgreementExport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportsSignedOnScreen();
    void exportsSignedOnPaper();
    void refusesDraftsAndOverwriting();
};

void TestAgreementExport::exportsSignedOnScreen() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto signedAgreement = f.signedOnScreen();
    QVERIFY(signedAgreement.ok());
    QTemporaryDir out;
    const QString dir = out.filePath(QStringLiteral("for-client"));
    AgreementService& exporter = f.service();
    const auto written = exporter.exportForClient(signedAgreement->id, dir);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QStringList names;
    for (const QString& path : *written)
        names << QFileInfo(path).fileName();
    names.sort();
    QCOMPARE(names, QStringList({"README.txt", "agreement.pdf", "manifest.json", "manifest.sig",
                                 "manifest.sig.base64", "public-key.pem", "signature-mentee.png",
                                 "signature-mentor.png"}));

    const auto seal = **f.service().seal(signedAgreement->id);
    QCOMPARE(readFile(dir + "/agreement.pdf"), seal.pdf);
    QCOMPARE(readFile(dir + "/manifest.json"), seal.manifest);
    QCOMPARE(readFile(dir + "/manifest.sig"), seal.signature);
    QCOMPARE(QByteArray::fromBase64(readFile(dir + "/manifest.sig.base64").trimmed()),
             seal.signature);
    QCOMPARE(SigningKey::publicKeyFromPem(readFile(dir + "/public-key.pem")), seal.publicKey);
    const QString readme = QString::fromUtf8(readFile(dir + "/README.txt"));
    QVERIFY(
        readme.contains(QStringLiteral("openssl pkeyutl -verify -pubin -inkey public-key.pem")));
    QVERIFY(readme.contains(QStringLiteral("sha256sum agreement.pdf")));
    QVERIFY(readme.contains(signedAgreement->number()));
    QVERIFY(readme.contains(SigningKey::fingerprint(seal.publicKey)));

    // The checks the README describes, with the real tools.
    const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    if (!sha256sum.isEmpty()) {
        const auto [code, output] =
            run(sha256sum,
                {QStringLiteral("agreement.pdf"), QStringLiteral("signature-mentee.png")}, dir);
        QCOMPARE(code, 0);
        const auto manifest = AgreementManifest::parse(seal.manifest);
        QVERIFY(output.contains(QString::fromLatin1(manifest->pdfSha256) + "  agreement.pdf"));
        QVERIFY(output.contains(QString::fromLatin1(manifest->signers.at(0).signatureSha256)));
    }
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    const QStringList verify = {"pkeyutl", "-verify", "-pubin",        "-inkey",   "public-key.pem",
                                "-rawin",  "-in",     "manifest.json", "-sigfile", "manifest.sig"};
    const auto [code, output] = run(openssl, verify, dir);
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("Signature Verified Successfully")));

    // One changed byte in the exported manifest fails the same command.
    QByteArray manifest = seal.manifest;
    manifest[10] = char(manifest[10] ^ 1);
    QFile file(dir + "/manifest.json");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(manifest);
    file.close();
    QVERIFY(run(openssl, verify, dir).first != 0);
}

void TestAgreementExport::exportsSignedOnPaper() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    const QByteArray scan = AgreementFixture::signaturePng(4);
    QVERIFY(f.service().signOnPaper(draft->id, "paper.png", scan).ok());
    QTemporaryDir out;
    const auto written = f.service().exportForClient(draft->id, out.path());
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(readFile(out.filePath("scan.png")), scan);
    QVERIFY(!QFileInfo::exists(out.filePath("signature-mentee.png")));
    QVERIFY(QString::fromUtf8(readFile(out.filePath("README.txt"))).contains("sha256sum scan.png"));
}

void TestAgreementExport::refusesDraftsAndOverwriting() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QTemporaryDir out;
    AgreementService& exporter = f.service();
    QCOMPARE(exporter.exportForClient(draft->id, out.path()).code(), ErrorCode::Refused);
    const auto signedAgreement = f.signedOnScreen();
    QVERIFY(exporter.exportForClient(signedAgreement->id, out.path()).ok());
    QCOMPARE(exporter.exportForClient(signedAgreement->id, out.path()).code(),
             ErrorCode::AlreadyExists);
}

QTEST_MAIN(TestAgreementExport)
#include "tst_agreementexport.moc"
