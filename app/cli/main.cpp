#include "CliRunner.h"
#include "CommandRegistry.h"
#include "Console.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    // Before anything holds a key: a crash must not write one to a core file.
    md::disableCoreDumps();

    QCoreApplication app(argc, argv);
    // The same names as the GUI, so both find the same default workspace.
    QCoreApplication::setApplicationName(QStringLiteral("MentorDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("MentorDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MENTORDESK_VERSION));

    md::cli::CommandRegistry registry;
    md::cli::registerAllCommands(registry);
    md::cli::Console console;
    md::cli::CliRunner runner(registry, console);
    return runner.run(QCoreApplication::arguments());
}
