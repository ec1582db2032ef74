// The unlock dialog tells damage from a wrong passphrase: the right
// passphrase on a damaged database, or on a workspace whose workspace.json
// was rebuilt without a passphrase, never reads "Check Caps Lock".

#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"

#include "security/UnlockDialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace md;
using test::child;
using test::click;
using test::typeInto;

namespace {

const QString kPassphrase = QString::fromLatin1(test::TemporaryWorkspace::kPassphrase);

// Types `secret` into the dialog and presses Unlock; the error shown, or
// an empty string when the workspace opened.
QString tryUnlock(const QString& dir, const QString& secret, bool recoveryKey = false) {
    UnlockDialog dialog(dir);
    dialog.show();
    if (recoveryKey)
        click(child<QAbstractButton>(&dialog, "useRecoveryKeyButton"));
    typeInto(child<QLineEdit>(&dialog, recoveryKey ? "recoveryKeyLineEdit" : "passphraseLineEdit"),
             secret);
    click(child<QAbstractButton>(&dialog, "unlockButton"));
    if (dialog.result() == QDialog::Accepted && dialog.takeWorkspace())
        return {};
    return child<QLabel>(&dialog, "unlockErrorLabel")->text();
}

bool flipByte(const QString& path, qint64 offset) {
    QFile file(path);
    char byte = 0;
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset) || !file.getChar(&byte) ||
        !file.seek(offset))
        return false;
    return file.putChar(char(byte ^ 0x42));
}

} // namespace

class TestUnlockDamage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void damagedDatabaseIsNotAWrongPassphrase() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString dir = ws.directory();
        ws.close();
        QVERIFY(flipByte(Workspace::databasePath(dir), 500));

        const QString right = tryUnlock(dir, kPassphrase);
        QVERIFY2(right.contains(QStringLiteral("damaged")), qPrintable(right));
        QVERIFY2(!right.contains(QStringLiteral("Caps Lock")), qPrintable(right));
        QVERIFY2(!right.contains(QStringLiteral("not correct")), qPrintable(right));

        const QString wrong = tryUnlock(dir, QStringLiteral("a wrong passphrase"));
        QVERIFY2(wrong.contains(QStringLiteral("Caps Lock")), qPrintable(wrong));

        const QString recovery = tryUnlock(dir, QString::fromLatin1(ws.recoveryKey()), true);
        QVERIFY2(recovery.contains(QStringLiteral("damaged")), qPrintable(recovery));
        QVERIFY2(!recovery.contains(QStringLiteral("does not open")), qPrintable(recovery));
    }

    void rebuiltWorkspaceFileSaysThereIsNoPassphrase() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QString dir = ws.directory();
        ws.close();
        QFile sidecar(Workspace::sidecarPath(dir));
        QVERIFY(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sidecar.write("{ damaged");
        sidecar.close();
        QCOMPARE(tryUnlock(dir, QString::fromLatin1(ws.recoveryKey()), true), QString());

        const QString afterwards = tryUnlock(dir, kPassphrase);
        QVERIFY2(afterwards.contains(QStringLiteral("no passphrase yet")), qPrintable(afterwards));
        QVERIFY2(!afterwards.contains(QStringLiteral("Caps Lock")), qPrintable(afterwards));
    }
};

QTEST_MAIN(TestUnlockDamage)
#include "tst_unlockdamage.moc"
