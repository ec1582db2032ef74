// Files the window exports are the mentor's alone (0600) whatever the umask
// of the session that started MentorDesk: the calendar export, as a user
// saves it from the Calendar menu. (The recovery key sheet: tst_firstrunkey.)

#include "ModalScript.h"
#include "TemporaryWorkspace.h"
#include "calendar/CalendarFileActions.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QWidget>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace md;

class TestExportFileModes final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void calendarExportIsOwnerOnly() {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions only");
#else
        test::TemporaryWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        QWidget window;
        window.show();
        QTemporaryDir target;
        const QString path = target.filePath(QStringLiteral("sessions.ics"));
        // A permissive umask: only the writer can make the file private.
        const mode_t previous = umask(022);
        test::ModalScript script({[&](QWidget* modal) {
            test::choosePath(qobject_cast<QFileDialog*>(modal), path);
        }});
        script.run([&] { CalendarFileActions::exportCalendar(&window, tw.workspace()); });
        umask(previous);
        QCOMPARE(script.answered(), 1);
        struct stat info {};
        QCOMPARE(stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("BEGIN:VCALENDAR"));
#endif
    }
};

QTEST_MAIN(TestExportFileModes)
#include "tst_exportfilemodes.moc"
