#pragma once

#include "Command.h"
#include "CommandRegistry.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace md::cli {

// Builds the text of `--help` from the registered commands, so that a new
// command is documented by registering it.
class HelpFormatter final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::HelpFormatter)
public:
    // The whole manual: global options, input rules and every command with
    // its options.
    static QString overview(const CommandRegistry& registry,
                            const QList<QCommandLineOption>& globalOptions);
    // One command: usage, description, arguments, options.
    static QString commandHelp(const Command& command,
                               const QList<QCommandLineOption>& globalOptions);
    // The commands of a group such as "client".
    static QString groupHelp(const QStringList& group, const QList<const Command*>& commands);
    // "mentordesk-cli [global options] client add --name NAME [options]"
    static QString usageLine(const Command& command);

    // The parts of the overview that the man page (ManPage) prints too, so
    // that the two say the same: what the program is, the notes on input and
    // lists, and the exit statuses. Lines are broken for a terminal.
    static QString description();
    static QStringList notes();
    static QString exitStatus();
    // "--workspace DIR", "-h, --help"
    static QString optionLabel(const QCommandLineOption& option);

private:
    static QList<QPair<QString, QString>> optionEntries(const QList<QCommandLineOption>& options);
};

} // namespace md::cli
