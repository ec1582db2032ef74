#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace md::cli {

class CommandContext;

// The program name as users type it, for usage lines and error messages.
inline constexpr char kProgramName[] = "mentordesk-cli";

// Exit statuses of mentordesk-cli.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the command ran and failed (wrong passphrase, invalid data, …)
    ExitUsage = 2,   // the command line itself is wrong
};

struct PositionalArgument {
    QString name; // as shown in help, e.g. "ID"
    QString description;
    bool optional = false;
};

// One command of the CLI, e.g. "client add". A command group (a file such as
// ClientCommands.cpp) registers its commands in a CommandRegistry; the runner
// parses the command's options with QCommandLineParser and calls `run`.
struct Command {
    using Run = std::function<int(CommandContext& context, const QCommandLineParser& args)>;

    QStringList path; // the words that select it: {"client", "add"}
    QString synopsis; // after the path in usage lines: "--name NAME [options]"
    QString summary;  // one line, shown in the command list
    QString details;  // optional paragraphs for `COMMAND --help`
    QList<QCommandLineOption> options;
    QList<PositionalArgument> arguments;
    Run run;

    QString name() const { return path.join(QLatin1Char(' ')); }
};

} // namespace md::cli
