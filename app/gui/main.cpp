// The GUI entry point: application identity, command line, translations, then
// everything else is the AppController's job.
#include "AppController.h"
#include "crypto/Sodium.h"
#include "i18n/Translators.h"
#include "keys/KeyStore.h"
#include "settings/InterfaceLanguage.h"
#include "settings/Settings.h"
#include "settings/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLocale>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

// The language chosen in Preferences (read once: a new choice applies at the
// next start), or the system's.
void applyLanguage(QApplication& app, const QString& language) {
    const QLocale locale = md::interfaceLocale(language);
    QLocale::setDefault(locale); // dates and numbers follow the chosen language too
    md::i18n::installTranslators(app, locale);
}

} // namespace

int main(int argc, char* argv[]) {
#ifdef Q_OS_UNIX
    // Every file this process creates (the database with SQLite's -wal and
    // -shm, the sidecar, PDF and CSV exports) is the mentor's alone (0600)
    // unless they change it afterwards; other accounts on the computer must
    // not read client data, encrypted or not.
    umask(077);
#endif
    // Before anything can hold key material.
    md::disableCoreDumps();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MentorDesk"));
    QApplication::setApplicationName(QStringLiteral("MentorDesk"));
    QApplication::setApplicationVersion(QStringLiteral(MENTORDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.mentordesk.MentorDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mentordesk.svg")));

    md::Settings& settings = md::Settings::instance();
    applyLanguage(app, settings.interfaceLanguage());
    md::ui::applyTheme(settings.theme());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Encrypted client records for independent mentors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QApplication::translate("main", "Open the workspace in DIR instead of the last one."),
        QApplication::translate("main", "DIR"));
    parser.addOption(workspaceOption);
    parser.process(app);

    QString requested = parser.value(workspaceOption);
    if (!requested.isEmpty())
        requested = QDir(requested).absolutePath();

    md::SystemKeyStore keyStore;
    md::AppController controller(keyStore, settings);
    controller.start(md::AppController::initialDirectory(requested, settings));
    return QApplication::exec();
}
