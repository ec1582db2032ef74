#include "CliRunner.h"

#include "CommandContext.h"
#include "HelpFormatter.h"
#include "ManPage.h"

#include "crypto/PassphraseSlot.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace md::cli {

namespace {

const QString kWorkspaceOption = QStringLiteral("workspace");
const QString kKeychainOption = QStringLiteral("keychain");
const QString kRecoveryKeyOption = QStringLiteral("recovery-key");
const QString kHelpOption = QStringLiteral("help");
const QString kVersionOption = QStringLiteral("version");
// Prints the manual page in roff; the build runs it to make mentordesk-cli.1.
const QString kManOption = QStringLiteral("man");

bool addOptions(QCommandLineParser& parser, const QList<QCommandLineOption>& options) {
    bool ok = true;
    for (const QCommandLineOption& option : options)
        ok = parser.addOption(option) && ok;
    return ok;
}

// Test-only: MENTORDESK_TEST_FAST_KDF=1 makes passphrase slots created by this
// process (init, passwd) use the minimum Argon2id cost, so the CLI test suite
// does not spend half a second per invocation. It weakens nothing already
// stored: unlocking always uses the cost recorded in the slot. Deliberately
// not documented in --help.
void applyTestKdfOverride() {
    if (qEnvironmentVariable("MENTORDESK_TEST_FAST_KDF") == QLatin1String("1"))
        setDefaultKdfStrength(KdfStrength::Fast);
}

} // namespace

CliRunner::CliRunner(const CommandRegistry& registry, Console& console)
    : m_registry(registry)
    , m_console(console) {}

QList<QCommandLineOption> CliRunner::globalOptions() {
    QCommandLineOption workspace(kWorkspaceOption,
                                 tr("The workspace folder (default: %1).")
                                     .arg(QDir::toNativeSeparators(Workspace::defaultDirectory())),
                                 tr("DIR"));
    QCommandLineOption keychain(kKeychainOption,
                                tr("Try the key remembered in the system keychain first; if that "
                                   "fails for any reason, ask as usual."));
    QCommandLineOption recoveryKey(
        kRecoveryKeyOption, tr("Unlock with the recovery key (read like a passphrase) instead."));
    QCommandLineOption help(QStringList{QStringLiteral("h"), kHelpOption},
                            tr("Show this help; 'COMMAND --help' shows one command."));
    QCommandLineOption version(kVersionOption, tr("Show the version."));
    return {workspace, keychain, recoveryKey, help, version};
}

int CliRunner::usageError(const QString& message, const QString& commandName) {
    CommandContext context(GlobalOptions{}, m_console, commandName);
    return context.usageError(message);
}

int CliRunner::run(const QStringList& arguments) {
    applyTestKdfOverride();
    const QList<QCommandLineOption> globals = globalOptions();

    // Global options end at the first word that is not an option (the
    // command); everything after it belongs to the command's own parser.
    QCommandLineParser globalParser;
    globalParser.setOptionsAfterPositionalArgumentsMode(
        QCommandLineParser::ParseAsPositionalArguments);
    addOptions(globalParser, globals);
    QCommandLineOption man(kManOption, tr("Print the manual page (roff)."));
    man.setFlags(QCommandLineOption::HiddenFromHelp);
    globalParser.addOption(man);
    if (!globalParser.parse(arguments))
        return usageError(globalParser.errorText());
    if (globalParser.isSet(man)) {
        m_console.out() << ManPage::render(m_registry, globals, QStringLiteral(MENTORDESK_VERSION));
        return ExitSuccess;
    }

    QStringList words = globalParser.positionalArguments();
    const bool helpCommand = !words.isEmpty() && words.first() == QLatin1String("help");
    if (helpCommand)
        words.removeFirst();

    if (globalParser.isSet(kVersionOption)) {
        m_console.out() << QLatin1String(kProgramName) << QLatin1Char(' ')
                        << QLatin1String(MENTORDESK_VERSION) << QLatin1Char('\n');
        return ExitSuccess;
    }
    if (words.isEmpty()) {
        if (globalParser.isSet(kHelpOption) || helpCommand) {
            m_console.out() << HelpFormatter::overview(m_registry, globals);
            return ExitSuccess;
        }
        return usageError(tr("No command given."));
    }

    qsizetype consumed = 0;
    const Command* command = m_registry.find(words, &consumed);
    if (!command) {
        // "client" alone, or "client frobnicate": list what the group offers.
        const QList<const Command*> group = m_registry.commandsUnder({words.first()});
        if (group.isEmpty())
            return usageError(tr("Unknown command '%1'.").arg(words.first()));
        const bool wantsHelp = globalParser.isSet(kHelpOption) || helpCommand ||
                               words.contains(QLatin1String("--help")) ||
                               words.contains(QLatin1String("-h"));
        if (wantsHelp) {
            m_console.out() << HelpFormatter::groupHelp({words.first()}, group);
            return ExitSuccess;
        }
        m_console.err() << HelpFormatter::groupHelp({words.first()}, group);
        return words.size() == 1
                   ? usageError(tr("'%1' needs a sub-command.").arg(words.first()), words.first())
                   : usageError(tr("Unknown command '%1'.").arg(words.mid(0, 2).join(u' ')),
                                words.first());
    }
    if (globalParser.isSet(kHelpOption) || helpCommand) {
        m_console.out() << HelpFormatter::commandHelp(*command, globals);
        return ExitSuccess;
    }

    QCommandLineParser parser;
    if (!addOptions(parser, command->options) || !addOptions(parser, globals))
        qFatal("mentordesk-cli: command '%s' redefines an option", qPrintable(command->name()));
    QStringList commandArguments{arguments.value(0)};
    commandArguments += words.mid(consumed);
    if (!parser.parse(commandArguments))
        return usageError(parser.errorText(), command->name());
    if (parser.isSet(kHelpOption)) {
        m_console.out() << HelpFormatter::commandHelp(*command, globals);
        return ExitSuccess;
    }
    if (parser.isSet(kVersionOption))
        return usageError(tr("--version goes before the command."), command->name());

    const QStringList positional = parser.positionalArguments();
    const qsizetype required =
        std::count_if(command->arguments.cbegin(), command->arguments.cend(),
                      [](const PositionalArgument& argument) { return !argument.optional; });
    if (positional.size() < required)
        return usageError(
            tr("Missing argument %1.").arg(command->arguments[positional.size()].name),
            command->name());
    if (positional.size() > command->arguments.size())
        return usageError(
            tr("Unexpected argument '%1'.").arg(positional[command->arguments.size()]),
            command->name());

    GlobalOptions options;
    QString directory = parser.isSet(kWorkspaceOption) ? parser.value(kWorkspaceOption)
                        : globalParser.isSet(kWorkspaceOption)
                            ? globalParser.value(kWorkspaceOption)
                            : Workspace::defaultDirectory();
    if (directory.trimmed().isEmpty())
        return usageError(tr("--workspace needs a folder."), command->name());
    options.workspaceDirectory = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    options.useKeychain = parser.isSet(kKeychainOption) || globalParser.isSet(kKeychainOption);
    options.recoveryKey =
        parser.isSet(kRecoveryKeyOption) || globalParser.isSet(kRecoveryKeyOption);

    CommandContext context(std::move(options), m_console, command->name());
    return command->run(context, parser);
}

} // namespace md::cli
