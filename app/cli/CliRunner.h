#pragma once

#include "CommandRegistry.h"
#include "Console.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace md::cli {

// Parses `mentordesk-cli [global options] COMMAND [options] [arguments]`,
// finds the command in the registry and runs it. Returns the exit status.
class CliRunner final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::CliRunner)
public:
    CliRunner(const CommandRegistry& registry, Console& console);

    // `arguments` as QCoreApplication::arguments(): the program comes first.
    int run(const QStringList& arguments);

    // --workspace, --keychain, --recovery-key, --help, --version. Commands
    // must not define options with these names.
    static QList<QCommandLineOption> globalOptions();

private:
    int usageError(const QString& message, const QString& commandName = {});

    const CommandRegistry& m_registry;
    Console& m_console;
};

} // namespace md::cli
