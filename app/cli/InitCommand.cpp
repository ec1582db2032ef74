#include "InitCommand.h"

#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "keys/KeyStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
                      std::unique_ptr<Workspace>* workspace, const WorkspaceFill& fill) {
        const QString dir = context.workspaceDirectory();
        const QString shownDir = QDir::toNativeSeparators(dir);
        // Checked before asking for anything; Workspace::create refuses too.
        if (Workspace::exists(dir))
            return context.fail(
                tr("A workspace already exists in %1; it was left unchanged.").arg(shownDir));
        const QFileInfo target(QDir(dir).absolutePath());
        if (fill && target.exists() &&
            !QDir(target.absoluteFilePath())
                 .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            return context.fail(
                tr("%1 is not empty; give a new or empty folder for the workspace.").arg(shownDir));

        Result<SecureBytes> passphrase =
            context.readNewPassphrase(tr("New passphrase: "), tr("Repeat the passphrase: "));
        if (!passphrase)
            return context.fail(passphrase.error());

        const QString madeIn =
            fill ? target.dir().filePath(QStringLiteral(".creating-") + target.fileName()) : dir;
        if (fill)
            QDir(madeIn).removeRecursively(); // left by a run that was killed
        Result<Workspace::Created> created = Workspace::create(madeIn, passphrase.value(), clock);
        if (!created)
            return context.fail(created.error());
        const QString id = created->workspace->id();
        if (fill) {
            const Status filled = fill(*created->workspace);
            created->workspace.reset(); // closed before it is moved
            const bool moved = filled && (!target.exists() || QDir().rmdir(dir)) &&
                               QDir().rename(madeIn, target.absoluteFilePath());
            if (!moved) {
                created->key.dataKey.clear();
                QDir(madeIn).removeRecursively();
                if (!filled)
                    return context.fail(filled.message() + QLatin1Char('\n') +
                                        tr("No workspace was created."));
                return context.fail(
                    tr("The workspace could not be moved into %1. No workspace was created.")
                        .arg(shownDir));
            }
        }

        if (context.options().useKeychain) {
            SystemKeyStore keyStore;
            const Status stored = keyStore.writeKeyBlocking(id, created->key.dataKey);
            if (!stored)
                context.err() << tr("Warning: the key could not be remembered in the system "
                                    "keychain; use the passphrase to unlock.")
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
                    std::unique_ptr<Workspace>* created, const WorkspaceFill& fill) {
    return InitCommand::create(context, clock, created, fill);
}

void registerInitCommands(CommandRegistry& registry) {
    registry.add(InitCommand::command());
}

} // namespace md::cli
