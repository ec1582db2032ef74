// Files MentorDesk writes are complete or not there: a failed write (a full
// disk) leaves the previous file byte for byte, and says so.

#include "common/AtomicFile.h"
#include "common/FaultInjection.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

namespace {

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAtomicFile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesTheWholeFileForTheOwnerOnly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        const QByteArray bytes(100000, 'x');
        const Status written = writeFileAtomically(path, bytes);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QCOMPARE(contents(path), bytes);
#ifdef Q_OS_UNIX
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path).testFlag(QFileDevice::WriteOwner));
#endif
    }

    void aFullDiskKeepsTheOldFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workspace.json"));
        QVERIFY(writeFileAtomically(path, "old contents").ok());
        Status written;
        {
            ScopedFileWriteFault full(10); // ten bytes fit, then the disk is full
            written = writeFileAtomically(path, QByteArray(5000, 'n'));
        }
        QVERIFY(!written.ok());
        QCOMPARE(written.code(), ErrorCode::Io);
        QVERIFY2(written.message().contains(QStringLiteral("disk is full")),
                 qPrintable(written.message()));
        QCOMPARE(contents(path), QByteArray("old contents"));
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void aWriterStopsAtTheFirstFailure() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        ScopedFileWriteFault full(3);
        AtomicFileWriter writer(path);
        QVERIFY(writer.open().ok());
        QVERIFY(!writer.write("header,row\n"));
        QVERIFY(!writer.write("more"));
        QVERIFY(!writer.commit().ok());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
