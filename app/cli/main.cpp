#include "CliRunner.h"
#include "CommandRegistry.h"
#include "Console.h"
#include "PrivateRuntimeDirectory.h"

#include "crypto/Sodium.h"
#include "i18n/Translators.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char* argv[]) {
#ifdef Q_OS_UNIX
    // Every file this process creates (the database with SQLite's -wal and
    // -shm, the sidecar, PDF and CSV exports) is the mentor's alone (0600)
    // unless they change it afterwards; other accounts on the computer must
    // not read client data, encrypted or not.
    umask(077);
#endif
    // Before anything holds a key: a crash must not write one to a core file.
    md::disableCoreDumps();

    // A GUI application that never needs a display: agreements and reports
    // are laid out as PDF with QtGui (fonts, QTextDocument), which needs one.
    // Always offscreen, so the CLI works over ssh and in cron jobs.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Our own copy of the arguments: QGuiApplication removes the ones it
    // reads itself, and it takes "--session ID" (X11 session management) for
    // its own, which would silently drop `ics export --session ID`.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Before the platform start-up, which looks into the runtime folder.
    const md::cli::PrivateRuntimeDirectory runtimeDirectory;
    QGuiApplication app(argc, argv);
    // The same names as the GUI, so both find the same default workspace.
    QCoreApplication::setApplicationName(QStringLiteral("MentorDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("MentorDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MENTORDESK_VERSION));
    // Like command-line tools generally, the CLI speaks the language of the
    // environment (LANG, LC_ALL, LC_MESSAGES, LANGUAGE).
    md::i18n::installTranslators(app, QLocale());

    md::cli::CommandRegistry registry;
    md::cli::registerAllCommands(registry);
    md::cli::Console console;
    md::cli::CliRunner runner(registry, console);
    return runner.run(arguments);
}
