#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>

namespace md::cli {

namespace {

class PasswdCommand final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::PasswdCommand)
public:
    static Command command() {
        Command command;
        command.path = QStringList{QStringLiteral("passwd")};
        command.summary = tr("Change the workspace passphrase (or set a new one with the recovery "
                             "key).");
        command.details =
            tr("Asks for the current passphrase, then the new one (twice on a terminal). When\n"
               "standard input is not a terminal, line 1 is the current passphrase and line 2\n"
               "the new one. The data key, the database and the recovery key stay the same.\n"
               "\n"
               "Forgot the passphrase? 'passwd --recovery-key' asks for the recovery key\n"
               "instead of the current passphrase, then sets the new one.");
        command.run = &PasswdCommand::run;
        return command;
    }

private:
    static int run(CommandContext& context, const QCommandLineParser& /*args*/) {
        // The keychain cannot stand in for the passphrase: whoever can read
        // the keychain could then lock the mentor out.
        if (context.options().useKeychain)
            return context.usageError(
                tr("passwd needs the current passphrase or the recovery key; --keychain does "
                   "not apply."));
        if (!context.requireExistingWorkspace())
            return ExitFailure;
        if (context.options().recoveryKey)
            return resetWithRecoveryKey(context);

        const QString dir = QDir::toNativeSeparators(context.workspaceDirectory());
        Result<SecureBytes> current =
            context.readSecret(tr("Current passphrase for %1: ").arg(dir),
                               tr("No current passphrase was given on standard input."));
        if (!current)
            return context.fail(current.error());
        // Unlocking first checks the current passphrase before a new one is
        // asked for, and proves the database opens with it.
        Workspace* workspace = context.unlockWithPassphrase(current.value());
        if (!workspace)
            return ExitFailure;

        Result<SecureBytes> replacement =
            context.readNewPassphrase(tr("New passphrase: "), tr("Repeat the new passphrase: "));
        if (!replacement)
            return context.fail(replacement.error());
        const Status changed = workspace->changePassphrase(current.value(), replacement.value());
        if (!changed)
            return context.fail(changed.error());
        context.err() << tr("The passphrase of %1 was changed.").arg(dir) << QLatin1Char('\n');
        return ExitSuccess;
    }

    // The forgotten-passphrase path. The recovery key both opens the workspace
    // and authorises the new passphrase; the data key stays the same.
    static int resetWithRecoveryKey(CommandContext& context) {
        const QString dir = QDir::toNativeSeparators(context.workspaceDirectory());
        Result<SecureBytes> recovery =
            context.readSecret(tr("Recovery key for %1: ").arg(dir),
                               tr("No recovery key was given on standard input."));
        if (!recovery)
            return context.fail(recovery.error());
        Result<std::unique_ptr<Workspace>> unlocked =
            Workspace::unlockWithRecoveryKey(context.workspaceDirectory(), recovery.value());
        if (!unlocked)
            return context.fail(unlocked.error());
        context.reportRecovery(**unlocked, true);
        Result<SecureBytes> replacement =
            context.readNewPassphrase(tr("New passphrase: "), tr("Repeat the new passphrase: "));
        if (!replacement)
            return context.fail(replacement.error());
        const Status reset = (*unlocked)->resetPassphrase(recovery.value(), replacement.value());
        if (!reset)
            return context.fail(reset.error());
        context.err() << tr("A new passphrase was set for %1 with the recovery key.").arg(dir)
                      << QLatin1Char('\n');
        return ExitSuccess;
    }
};

} // namespace

void registerPasswdCommands(CommandRegistry& registry) {
    registry.add(PasswdCommand::command());
}

} // namespace md::cli
