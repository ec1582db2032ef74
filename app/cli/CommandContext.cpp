#include "CommandContext.h"

#include "Command.h"

#include "backup/BackupService.h"
#include "keys/KeyStore.h"
#include "workspace/Workspace.h"

#include <QDir>

namespace md::cli {

namespace {
// A person at a terminal may mistype; a script gets one attempt so that a
// wrong line on a pipe fails at once instead of consuming the next line.
constexpr int kInteractiveAttempts = 3;
} // namespace

CommandContext::CommandContext(GlobalOptions options, Console& console, QString commandName)
    : m_options(std::move(options))
    , m_console(console)
    , m_commandName(std::move(commandName)) {}

CommandContext::~CommandContext() = default;

bool CommandContext::requireExistingWorkspace() {
    if (Workspace::exists(workspaceDirectory()))
        return true;
    fail(tr("There is no workspace in %1. Create one with: %2 --workspace \"%1\" init")
             .arg(QDir::toNativeSeparators(workspaceDirectory()), QLatin1String(kProgramName)));
    return false;
}

Workspace* CommandContext::workspace() {
    if (m_workspace)
        return m_workspace.get();
    if (!requireExistingWorkspace())
        return nullptr;
    if (m_options.useKeychain) {
        if (Workspace* unlocked = unlockFromKeychain())
            return unlocked;
    }

    const QString dir = workspaceDirectory();
    const int attempts = m_console.isInteractive() ? kInteractiveAttempts : 1;
    for (int attempt = 1;; ++attempt) {
        const QString prompt = m_options.recoveryKey
                                   ? tr("Recovery key for %1: ").arg(QDir::toNativeSeparators(dir))
                                   : tr("Passphrase for %1: ").arg(QDir::toNativeSeparators(dir));
        Result<SecureBytes> secret = readSecret(
            prompt, m_options.recoveryKey ? tr("No recovery key was given on standard input.")
                                          : tr("No passphrase was given on standard input."));
        if (!secret) {
            fail(secret.error());
            return nullptr;
        }
        Result<std::unique_ptr<Workspace>> unlocked =
            m_options.recoveryKey ? Workspace::unlockWithRecoveryKey(dir, secret.value())
                                  : Workspace::unlockWithPassphrase(dir, secret.value());
        if (unlocked) {
            Workspace* opened = adopt(std::move(unlocked).value());
            if (m_options.recoveryKey)
                reportRecovery(*opened);
            return opened;
        }
        if (unlocked.code() == ErrorCode::Corrupted) {
            // Damage, not a wrong key: say which backup brings the data back.
            fail(unlocked.message() + QLatin1Char('\n') +
                 BackupService::damageAdvice(dir, QString()));
            return nullptr;
        }
        if (unlocked.code() != ErrorCode::WrongKey || attempt >= attempts) {
            fail(unlocked.error());
            return nullptr;
        }
        err() << unlocked.message() << QLatin1Char('\n');
        err().flush();
    }
}

void CommandContext::reportRecovery(const Workspace& workspace, bool settingPassphraseNow) {
    if (!workspace.damagedSidecarCopy().isEmpty())
        err() << tr("The workspace file was damaged and has been rebuilt; the damaged file is kept "
                    "as %1.")
                     .arg(QDir::toNativeSeparators(workspace.damagedSidecarCopy()))
              << QLatin1Char('\n');
    if (workspace.needsNewPassphrase() && !settingPassphraseNow)
        err() << tr("This workspace has no passphrase now: only the recovery key opens it. Set a "
                    "new passphrase with: %1 --workspace \"%2\" passwd --recovery-key")
                     .arg(QLatin1String(kProgramName),
                          QDir::toNativeSeparators(workspaceDirectory()))
              << QLatin1Char('\n');
    err().flush();
}

Workspace* CommandContext::adopt(std::unique_ptr<Workspace> workspace) {
    m_workspace = std::move(workspace);
    return m_workspace.get();
}

Workspace* CommandContext::unlockWithPassphrase(const SecureBytes& passphrase) {
    if (!requireExistingWorkspace())
        return nullptr;
    Result<std::unique_ptr<Workspace>> unlocked =
        Workspace::unlockWithPassphrase(workspaceDirectory(), passphrase);
    if (!unlocked) {
        fail(unlocked.error());
        return nullptr;
    }
    return adopt(std::move(unlocked).value());
}

Workspace* CommandContext::unlockFromKeychain() {
    // Every failure here (no D-Bus, a locked keyring, a missing entry, a stale
    // key) only means "ask for the passphrase": nothing is created or changed.
    const QString dir = workspaceDirectory();
    Result<Sidecar> sidecar = Workspace::readSidecar(dir);
    if (!sidecar) {
        err() << tr("Cannot use the system keychain: %1").arg(sidecar.message())
              << QLatin1Char('\n');
        err().flush();
        return nullptr;
    }
    SystemKeyStore keyStore;
    Result<SecureBytes> key = keyStore.readKeyBlocking(sidecar->workspaceId);
    if (!key) {
        // One sentence: QtKeychain's reason is often a raw D-Bus message.
        err() << tr("The system keychain did not provide the key; reading the passphrase from "
                    "standard input.")
              << QLatin1Char('\n');
        err().flush();
        return nullptr;
    }
    Result<std::unique_ptr<Workspace>> unlocked =
        Workspace::unlockWithKey(dir, std::move(key).value());
    if (!unlocked) {
        err() << tr("The key in the system keychain did not open the workspace (%1); falling back "
                    "to standard input.")
                     .arg(unlocked.message())
              << QLatin1Char('\n');
        err().flush();
        return nullptr;
    }
    return adopt(std::move(unlocked).value());
}

Result<SecureBytes> CommandContext::readSecret(const QString& prompt,
                                               const QString& missingMessage) {
    Result<SecureBytes> secret = m_console.readSecretLine(prompt);
    if (!secret && secret.code() == ErrorCode::InvalidInput)
        return makeError(ErrorCode::InvalidInput, missingMessage);
    return secret;
}

Result<SecureBytes> CommandContext::readNewPassphrase(const QString& prompt,
                                                      const QString& repeatPrompt) {
    const int attempts = m_console.isInteractive() ? kInteractiveAttempts : 1;
    Error problem{ErrorCode::InvalidInput, {}};
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (attempt > 1) {
            err() << problem.message << QLatin1Char('\n');
            err().flush();
        }
        Result<SecureBytes> first =
            readSecret(prompt, tr("No new passphrase was given on standard input."));
        if (!first)
            return first;
        if (characterCount(first.value()) < kMinPassphraseLength) {
            problem.message = tr("The passphrase is too short: use at least %n characters.",
                                 nullptr, kMinPassphraseLength);
            continue;
        }
        if (!m_console.isInteractive())
            return first;
        Result<SecureBytes> second =
            readSecret(repeatPrompt, tr("The new passphrase was not repeated."));
        if (!second)
            return second;
        if (first->equals(second.value()))
            return first;
        problem.message = tr("The two passphrases do not match.");
    }
    return problem;
}

int CommandContext::fail(const QString& message) {
    err() << QLatin1String(kProgramName) << QLatin1String(": ") << message << QLatin1Char('\n');
    err().flush();
    return ExitFailure;
}

int CommandContext::failIncomplete(const Error& error) {
    out().flush();
    return fail(tr("%1 The output above is incomplete.").arg(error.message));
}

qint64 CommandContext::positiveId(const QString& text, const QString& what) {
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0) {
        usageError(tr("'%1' is not a valid %2 (a positive number).").arg(text, what));
        return 0;
    }
    return value;
}

int CommandContext::usageError(const QString& message) {
    fail(message);
    const QString command = m_commandName.isEmpty()
                                ? QLatin1String(kProgramName)
                                : QLatin1String(kProgramName) + QLatin1Char(' ') + m_commandName;
    err() << tr("Try '%1 --help' for more information.").arg(command) << QLatin1Char('\n');
    err().flush();
    return ExitUsage;
}

qsizetype CommandContext::characterCount(const SecureBytes& utf8) {
    qsizetype count = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((utf8.data()[i] & 0xC0) != 0x80) // not a continuation byte
            ++count;
    }
    return count;
}

} // namespace md::cli
