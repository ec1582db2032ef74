#include "InitCommand.h"

#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "keys/KeyStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>

namespace md::cli {

namespace {

class InitCommand final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::InitCommand)
public:
    static Command command() {
        Command command;
        command.path = QStringList{QStringLiteral("init")};
        command.summary = tr("Create a new encrypted workspace and print its recovery key.");
        command.details =
            tr("Asks for the new passphrase twice on a terminal, or reads one line from standard\n"
               "input. The recovery key is printed once on standard output: keep it safe, it\n"
               "opens the workspace when the passphrase is lost (also in the sqlcipher tool).\n"
               "An existing workspace is never overwritten. With --keychain the key is also\n"
               "remembered in the system keychain.");
        command.run = &InitCommand::run;
        return command;
    }

private:
    static int run(CommandContext& context, const QCommandLineParser& /*args*/) {
        std::unique_ptr<Workspace> workspace;
        return createWorkspace(context, SystemClock::instance(), &workspace);
    }

public:
    // createWorkspace(), with the strings in this class's context.
    static int create(CommandContext& context, const Clock& clock,
                      std::unique_ptr<Workspace>* workspace) {
        const QString dir = context.workspaceDirectory();
        const QString shownDir = QDir::toNativeSeparators(dir);
        // Checked before asking for anything; Workspace::create refuses too.
        if (Workspace::exists(dir))
            return context.fail(
                tr("A workspace already exists in %1; it was left unchanged.").arg(shownDir));

        Result<SecureBytes> passphrase =
            context.readNewPassphrase(tr("New passphrase: "), tr("Repeat the passphrase: "));
        if (!passphrase)
            return context.fail(passphrase.error());

        Result<Workspace::Created> created = Workspace::create(dir, passphrase.value(), clock);
        if (!created)
            return context.fail(created.error());

        if (context.options().useKeychain) {
            SystemKeyStore keyStore;
            const Status stored =
                keyStore.writeKeyBlocking(created->workspace->id(), created->key.dataKey);
            if (!stored)
                context.err() << tr("Warning: the key could not be remembered in the system "
                                    "keychain (%1). Use the passphrase to unlock.")
                                     .arg(stored.message())
                              << QLatin1Char('\n');
        }
        created->key.dataKey.clear();

        context.err() << tr("Created an encrypted workspace in %1.\n"
                            "Your recovery key follows. It is shown only this once: write it "
                            "down or print it and keep it\nsafe. With it you can open your data "
                            "if you forget the passphrase.")
                             .arg(shownDir)
                      << QLatin1Char('\n');
        context.err().flush();
        context.console().writeSecretLine(created->key.recoveryKey);
        *workspace = std::move(created->workspace);
        return ExitSuccess;
    }
};

} // namespace

int createWorkspace(CommandContext& context, const Clock& clock,
                    std::unique_ptr<Workspace>* created) {
    return InitCommand::create(context, clock, created);
}

void registerInitCommands(CommandRegistry& registry) {
    registry.add(InitCommand::command());
}

} // namespace md::cli
