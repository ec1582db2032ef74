#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "backup/BackupPreferences.h"
#include "backup/BackupRestore.h"
#include "backup/BackupService.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

namespace md::cli {

namespace {

const QString kToOption = QStringLiteral("to");
const QString kFromOption = QStringLiteral("from");
const QString kJsonOption = QStringLiteral("json");

class BackupCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::BackupCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int create(CommandContext& context, const QCommandLineParser& args);
    static int list(CommandContext& context, const QCommandLineParser& args);
    static int verify(CommandContext& context, const QCommandLineParser& args);
    static int restore(CommandContext& context, const QCommandLineParser& args);

    static QString folderFor(CommandContext& context, const QCommandLineParser& args,
                             const QString& option);
    // Unlocks a copy of a backup (its own sidecar) with the passphrase it had,
    // or with the recovery key when --recovery-key is given.
    static std::unique_ptr<Workspace> unlockCopy(CommandContext& context, const QString& dir);
    static Result<SecureBytes> readBackupSecret(CommandContext& context);
    static QString describe(const BackupInfo& info);
    static QJsonObject toJson(const BackupInfo& info, const QString& workspaceId);
};

QString BackupCommands::folderFor(CommandContext& context, const QCommandLineParser& args,
                                  const QString& option) {
    if (args.isSet(option))
        return QDir(args.value(option)).absolutePath();
    return BackupPreferences::of(Settings::instance(), context.workspaceDirectory()).folder;
}

QString BackupCommands::describe(const BackupInfo& info) {
    const QLocale locale;
    return tr("%1  %2 MB  %3%4")
        .arg(locale.toString(info.createdUtc.toLocalTime(), QLocale::ShortFormat))
        .arg(QString::number(double(info.bytes) / (1024.0 * 1024.0), 'f', 1))
        .arg(QDir::toNativeSeparators(info.path))
        .arg(info.automatic ? tr("  (automatic)") : QString());
}

QJsonObject BackupCommands::toJson(const BackupInfo& info, const QString& workspaceId) {
    return QJsonObject{
        {QStringLiteral("path"), QDir::toNativeSeparators(info.path)},
        {QStringLiteral("created"), info.createdUtc.toString(Qt::ISODate)},
        {QStringLiteral("verified"), info.verifiedUtc.toString(Qt::ISODate)},
        {QStringLiteral("bytes"), info.bytes},
        {QStringLiteral("automatic"), info.automatic},
        {QStringLiteral("workspaceId"), info.workspaceId},
        {QStringLiteral("thisWorkspace"), info.workspaceId == workspaceId},
    };
}

int BackupCommands::create(CommandContext& context, const QCommandLineParser& args) {
    const QString folder = folderFor(context, args, kToOption);
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    Result<BackupInfo> made = workspace->backups().create(folder);
    if (!made)
        return context.fail(made.error());
    if (args.isSet(kJsonOption)) {
        context.out() << QString::fromUtf8(
            QJsonDocument(toJson(*made, workspace->id())).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    qint64 rows = 0;
    for (const TableDigest& table : std::as_const(made->tables))
        rows += table.rows;
    context.out() << tr("Backup written and verified: %1 rows in %n table(s) are identical to "
                        "the workspace.",
                        nullptr, int(made->tables.size()))
                         .arg(rows)
                  << QLatin1Char('\n') << QDir::toNativeSeparators(made->path) << QLatin1Char('\n');
    return ExitSuccess;
}

int BackupCommands::list(CommandContext& context, const QCommandLineParser& args) {
    const QString folder = folderFor(context, args, kFromOption);
    Result<QList<BackupInfo>> backups = BackupService::list(folder);
    if (!backups)
        return context.fail(backups.error());
    // The manifest is readable without the key: listing needs no passphrase.
    const Result<Sidecar> sidecar = Workspace::readSidecar(context.workspaceDirectory());
    const QString workspaceId = sidecar ? sidecar->workspaceId : QString();
    if (args.isSet(kJsonOption)) {
        QJsonArray array;
        for (const BackupInfo& info : std::as_const(*backups))
            array.append(toJson(info, workspaceId));
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (backups->isEmpty()) {
        context.out() << tr("No verified backups in %1.").arg(QDir::toNativeSeparators(folder))
                      << QLatin1Char('\n');
        return ExitSuccess;
    }
    for (const BackupInfo& info : std::as_const(*backups)) {
        context.out() << describe(info);
        if (!workspaceId.isEmpty() && info.workspaceId != workspaceId)
            context.out() << tr("  (another workspace)");
        context.out() << QLatin1Char('\n');
    }
    return ExitSuccess;
}

Result<SecureBytes> BackupCommands::readBackupSecret(CommandContext& context) {
    const bool recovery = context.options().recoveryKey;
    return context.readSecret(
        recovery ? tr("Recovery key of the backup: ")
                 : tr("Passphrase of the backup (the one the workspace had then): "),
        recovery ? tr("No recovery key was given on standard input.")
                 : tr("No passphrase was given on standard input."));
}

std::unique_ptr<Workspace> BackupCommands::unlockCopy(CommandContext& context, const QString& dir) {
    Result<SecureBytes> secret = readBackupSecret(context);
    if (!secret) {
        context.fail(secret.error());
        return nullptr;
    }
    Result<std::unique_ptr<Workspace>> opened =
        context.options().recoveryKey ? Workspace::unlockWithRecoveryKey(dir, secret.value())
                                      : Workspace::unlockWithPassphrase(dir, secret.value());
    if (!opened) {
        context.fail(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

int BackupCommands::verify(CommandContext& context, const QCommandLineParser& args) {
    const QString path = args.positionalArguments().value(0);
    if (path.isEmpty())
        return context.usageError(tr("Name the backup folder to check."));
    Result<BackupInfo> backup = BackupService::read(path);
    if (!backup)
        return context.fail(backup.error());
    // The check opens a private copy: the backup itself is never written to.
    QTemporaryDir scratch;
    const QString copy = QDir(scratch.path()).filePath(QStringLiteral("check"));
    if (Status copied = BackupService::copyInto(*backup, copy); !copied)
        return context.fail(copied.error());
    std::unique_ptr<Workspace> opened = unlockCopy(context, copy);
    if (!opened)
        return ExitFailure;
    Result<QStringList> problems = BackupService::compare(*opened, *backup);
    opened.reset();
    if (!problems)
        return context.fail(problems.error());
    if (!problems->isEmpty()) {
        for (const QString& problem : std::as_const(*problems))
            context.out() << problem << QLatin1Char('\n');
        return context.fail(
            tr("The backup is damaged: %n problem(s) found.", nullptr, int(problems->size())));
    }
    // Not translated: scripts compare against it.
    context.out() << QLatin1String("OK\n");
    return ExitSuccess;
}

int BackupCommands::restore(CommandContext& context, const QCommandLineParser& args) {
    const QString path = args.positionalArguments().value(0);
    if (path.isEmpty())
        return context.usageError(tr("Name the backup folder to restore."));
    if (!args.isSet(kToOption))
        return context.usageError(
            tr("Give the new workspace folder with --to DIR; a restore never replaces a "
               "workspace in place."));
    const QString target = QDir(args.value(kToOption)).absolutePath();
    Result<BackupInfo> backup = BackupService::read(path);
    if (!backup)
        return context.fail(backup.error());
    if (Workspace::exists(target))
        return context.fail(
            tr("%1 already holds a workspace; MentorDesk never restores over one. Choose an "
               "empty or new folder.")
                .arg(QDir::toNativeSeparators(target)));
    const bool recovery = context.options().recoveryKey;
    Result<SecureBytes> secret = readBackupSecret(context);
    if (!secret)
        return context.fail(secret.error());
    Result<BackupRestore::Restored> restored = BackupRestore::intoNewFolder(
        *backup, target, secret.value(),
        recovery ? BackupRestore::Secret::RecoveryKey : BackupRestore::Secret::Passphrase,
        SystemClock::instance());
    if (!restored)
        return context.fail(restored.error());
    context.out() << tr("Restored the backup of %1 into %2. Open it with: %3 --workspace \"%2\"")
                         .arg(QLocale().toString(backup->createdUtc.toLocalTime(),
                                                 QLocale::ShortFormat),
                              QDir::toNativeSeparators(target), QLatin1String(kProgramName))
                  << QLatin1Char('\n');
    return ExitSuccess;
}

void BackupCommands::registerIn(CommandRegistry& registry) {
    const QString backup = QStringLiteral("backup");
    Command create;
    create.path = QStringList{backup, QStringLiteral("create")};
    create.synopsis = tr("[--to DIR] [--json]");
    create.summary = tr("Write a verified, encrypted backup of the workspace.");
    create.details =
        tr("Copies every committed change (also those still in the write-ahead log) into a new\n"
           "folder named after the date and time, encrypted under the same key: the recovery\n"
           "key opens it. The copy is read back and compared table by table before it is\n"
           "kept; a backup that does not match is deleted and the command fails. Works while\n"
           "MentorDesk is open. Without --to, the backup folder of this computer's\n"
           "preferences is used (by default beside the workspace folder).");
    create.options = {
        QCommandLineOption(kToOption, tr("The folder to write the backup into."), tr("DIR")),
        QCommandLineOption(kJsonOption, tr("Print the backup as JSON."))};
    create.run = &BackupCommands::create;
    registry.add(create);

    Command list;
    list.path = QStringList{backup, QStringLiteral("list")};
    list.synopsis = tr("[--from DIR] [--json]");
    list.summary = tr("List the verified backups, newest first.");
    list.details = tr("Needs no passphrase: the description of each backup holds no client data.");
    list.options = {QCommandLineOption(kFromOption, tr("The folder to look in."), tr("DIR")),
                    QCommandLineOption(kJsonOption, tr("Print a JSON array."))};
    list.run = &BackupCommands::list;
    registry.add(list);

    Command verify;
    verify.path = QStringList{backup, QStringLiteral("verify")};
    verify.synopsis = tr("BACKUP");
    verify.summary = tr("Check a backup: integrity and every table against its checksums.");
    verify.details = tr("Asks for the passphrase the workspace had when the backup was made (or,\n"
                        "with --recovery-key, the recovery key). Prints OK, or the problems\n"
                        "found and exits with status 1. The backup itself is not modified.");
    verify.arguments = {{tr("BACKUP"), tr("A backup folder (or its backup.json)."), false}};
    verify.run = &BackupCommands::verify;
    registry.add(verify);

    Command restore;
    restore.path = QStringList{backup, QStringLiteral("restore")};
    restore.synopsis = tr("BACKUP --to DIR");
    restore.summary = tr("Restore a backup into a new workspace folder.");
    restore.details = tr("The folder must be new or empty: the live workspace is never replaced\n"
                         "in place. The restored copy is opened with the passphrase of the backup\n"
                         "(or the recovery key) and checked against its checksums; when it does\n"
                         "not match, nothing is left behind.");
    restore.options = {QCommandLineOption(kToOption, tr("The new workspace folder."), tr("DIR"))};
    restore.arguments = {{tr("BACKUP"), tr("A backup folder (or its backup.json)."), false}};
    restore.run = &BackupCommands::restore;
    registry.add(restore);
}

} // namespace

void registerBackupCommands(CommandRegistry& registry) {
    BackupCommands::registerIn(registry);
}

} // namespace md::cli
