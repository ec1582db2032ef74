#pragma once

#include "Console.h"

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace md {
class Workspace;
}

namespace md::cli {

// Options that apply to every command; accepted before the command name and,
// for convenience, after it too.
struct GlobalOptions {
    QString workspaceDirectory; // absolute; Workspace::defaultDirectory() unless given
    bool useKeychain = false;   // --keychain: try the remembered key first
    bool recoveryKey = false;   // --recovery-key: the stdin line is the recovery key
};

// What a command runs with: the options, the console and the workspace, which
// is unlocked only when a command first asks for it (so `--help`, usage errors
// and input validation never cost a key derivation or a passphrase prompt).
class CommandContext final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::CommandContext)
public:
    // Passphrases shorter than this are refused when one is set.
    static constexpr int kMinPassphraseLength = 10;

    CommandContext(GlobalOptions options, Console& console, QString commandName = {});
    ~CommandContext();
    CommandContext(const CommandContext&) = delete;
    CommandContext& operator=(const CommandContext&) = delete;

    const GlobalOptions& options() const { return m_options; }
    QString workspaceDirectory() const { return m_options.workspaceDirectory; }
    Console& console() { return m_console; }
    QTextStream& out() { return m_console.out(); }
    QTextStream& err() { return m_console.err(); }

    // The unlocked workspace, unlocking it on first use: with --keychain the
    // key remembered in the system keychain is tried first and any failure
    // falls back to standard input; then the passphrase (or, with
    // --recovery-key, the recovery key) is read from standard input. Returns
    // null when there is no workspace or it could not be unlocked; the reason
    // is already on standard error. Never creates anything.
    Workspace* workspace();
    // Unlocks with a passphrase the command has read itself (passwd).
    Workspace* unlockWithPassphrase(const SecureBytes& passphrase);

    // After a recovery-key unlock: tells the mentor on standard error where a
    // damaged workspace.json was kept and, unless `settingPassphraseNow`,
    // that a new passphrase must be set (passwd --recovery-key), as the app
    // does.
    void reportRecovery(const Workspace& workspace, bool settingPassphraseNow = false);

    // Fails with a message naming the folder when it holds no workspace.
    bool requireExistingWorkspace();

    // Reads one secret line (see Console::readSecretLine); when the input ends
    // first, fails with `missingMessage`.
    Result<SecureBytes> readSecret(const QString& prompt, const QString& missingMessage);

    // Reads a passphrase to set: asked twice on a terminal (both must match),
    // one line from a pipe. Refuses one shorter than kMinPassphraseLength.
    Result<SecureBytes> readNewPassphrase(const QString& prompt, const QString& repeatPrompt);

    // Prints "mentordesk-cli: <message>" on standard error; returns ExitFailure.
    int fail(const QString& message);
    int fail(const Error& error) { return fail(error.message); }
    // For a list written row by row whose read failed midway: writes out
    // what is pending on standard output, then fails with the error and a
    // note that the output is incomplete (a JSON array is left unclosed, so
    // it cannot pass for the whole list). Returns ExitFailure.
    int failIncomplete(const Error& error);
    // As fail(), plus a hint to the command's --help; returns ExitUsage.
    int usageError(const QString& message);
    // An id given on the command line: a positive integer, or 0 after printing
    // a usage error naming `what` (e.g. "client id").
    qint64 positiveId(const QString& text, const QString& what);

    // Number of Unicode code points in UTF-8 text (what users call characters).
    static qsizetype characterCount(const SecureBytes& utf8);

private:
    Workspace* adopt(std::unique_ptr<Workspace> workspace);
    Workspace* unlockFromKeychain();
    Workspace* adopt(Result<std::unique_ptr<Workspace>> unlocked);

    GlobalOptions m_options;
    Console& m_console;
    QString m_commandName;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace md::cli
