#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "workspace/Sidecar.h"

#include <QObject>
#include <QString>

#include <memory>

namespace md {

class AgreementService;
class BackupService;
class WorkspaceExporter;
class WorkspaceImporter;
class BillingService;
class CalendarSyncService;
class ChangeNotifier;
class ClientService;
class Database;
class EngagementService;
class SchedulingService;
class SearchService;
class SettingsService;

// A workspace is a folder holding the encrypted database (mentordesk.db) and
// its sidecar (workspace.json). An unlocked Workspace owns the open database
// and one service per area, made when it unlocks; these are the only doors
// the UI and the CLI use. Destroying it (locking) destroys the services
// first, in the reverse order of their construction, then the database. The
// data key stays in guarded memory inside the open Database (for a second
// connection, CalendarSyncConnection) and in SQLCipher; never in a plain
// buffer, and it is wiped when the workspace locks.
class Workspace final : public QObject {
    Q_OBJECT
public:
    static QString defaultDirectory(); // QStandardPaths::AppDataLocation
    static QString databasePath(const QString& dir);
    static QString sidecarPath(const QString& dir);
    // True when the folder holds a workspace (sidecar or database present).
    // Callers must then never create a new one there.
    static bool exists(const QString& dir);

    // A data key with its human-readable form.
    struct FreshKey {
        SecureBytes dataKey;     // for "remember on this computer"; wipe after use
        SecureBytes recoveryKey; // formatted (RecoveryKey::format), to show once
    };
    struct Created {
        std::unique_ptr<Workspace> workspace;
        FreshKey key;
    };
    // Creates a new workspace in `dir` (made if missing). Refuses with
    // AlreadyExists when one is there.
    static Result<Created> create(const QString& dir, const SecureBytes& passphrase,
                                  const Clock& clock = SystemClock::instance());

    // A right passphrase whose key does not open the database gets
    // Corrupted ("damaged"), never WrongKey.
    static Result<std::unique_ptr<Workspace>>
    unlockWithPassphrase(const QString& dir, const SecureBytes& passphrase,
                         const Clock& clock = SystemClock::instance());
    // `recoveryText` as the user typed it (dashes optional). Works when
    // workspace.json is lost or damaged (a damaged file is kept beside the
    // rebuilt one, see damagedSidecarCopy()) and when only its key
    // fingerprint is damaged: the key is then tried on the database itself.
    static Result<std::unique_ptr<Workspace>>
    unlockWithRecoveryKey(const QString& dir, const SecureBytes& recoveryText,
                          const Clock& clock = SystemClock::instance());
    // With the raw data key (from the keychain). The key must match the
    // sidecar's fingerprint.
    static Result<std::unique_ptr<Workspace>>
    unlockWithKey(const QString& dir, SecureBytes key,
                  const Clock& clock = SystemClock::instance());

    // Reads the public part of a workspace (id, cipher settings) without a key.
    static Result<Sidecar> readSidecar(const QString& dir);

    ~Workspace() override;

    // Whether a key is known to be the database's (its fingerprint matched
    // the sidecar's): if such a key does not open the file, it is damaged.
    enum class KeyTrust { KnownRight, Unproven };

    QString directory() const { return m_dir; }
    QString id() const { return m_sidecar.workspaceId; }
    const Sidecar& sidecar() const { return m_sidecar; }
    const Clock& clock() const { return m_clock; }

    // The areas. Each is the only way in to its part of the data.
    ClientService& clients() { return *m_clients; }
    AgreementService& agreements() { return *m_agreements; }
    EngagementService& engagements() { return *m_engagements; }
    SchedulingService& scheduling() { return *m_scheduling; }
    BillingService& billing() { return *m_billing; }
    // What travels with the workspace: the mentor profile, the rules of the
    // practice, the billing settings.
    SettingsService& settings() { return *m_settings; }
    // Verified backups of this workspace, made while it is open.
    BackupService& backups() { return *m_backups; }
    // The workspace, or one client's records, in open formats.
    WorkspaceExporter& exports() { return *m_exports; }
    // Reads a whole-workspace export into this workspace, which must be new.
    WorkspaceImporter& imports() { return *m_imports; }
    // Any record by the words in it.
    SearchService& search() { return *m_search; }
    // The calendar on the mentor's CalDAV server: the account and publishing.
    CalendarSyncService& calendarSync() { return *m_calendarSync; }
    // Every committed change of every area, as one notification per unit of work.
    ChangeNotifier& changes() { return *m_changes; }
    // Announces a change made by another process (the CLI, a second
    // MentorDesk) since the last call, as an external ChangeSet. Reads only.
    bool checkForExternalChanges();

    // For a program that reads most records once and then ends (a CLI list,
    // a full check): a page cache that holds the pages in flight instead of
    // the 16 MiB working set of the window, whose pages would not be read
    // again anyway.
    Status useOnePassPageCache();

    // Keys the checksums of backups (derived from the data key; not the key).
    const SecureBytes& digestKey() const { return m_digestKey; }

    // The open database, for core code and tests only; the UI and the CLI
    // use the services above.
    Database& database() { return *m_database; }

    // Replaces the passphrase; needs the current one. The data key and the
    // database are unchanged.
    Status changePassphrase(const SecureBytes& currentPassphrase, const SecureBytes& newPassphrase);
    // The forgotten-passphrase path: after unlocking with the recovery key,
    // set a new passphrase with that same recovery key.
    Status resetPassphrase(const SecureBytes& recoveryText, const SecureBytes& newPassphrase);
    // True after a recovery-key unlock rebuilt a lost workspace.json: there is
    // no passphrase yet, so the caller must ask for one (resetPassphrase).
    bool needsNewPassphrase() const { return m_sidecar.passphraseSlots.isEmpty(); }
    // After a recovery-key unlock that found workspace.json damaged: where
    // the damaged file was kept (workspace.json.damaged-YYYYMMDD-HHMMSS), for
    // the caller to tell the mentor. Empty otherwise.
    QString damagedSidecarCopy() const { return m_damagedSidecarCopy; }
    // Makes a new data key, re-encrypts the database under it and re-wraps the
    // passphrase slot. Returns the new formatted recovery key in `recoveryKey`
    // and the raw key in `dataKey` (to update the keychain). Crash-safe: the
    // sidecar holds both slots until the re-key has finished.
    Result<FreshKey> regenerateRecoveryKey(const SecureBytes& passphrase);
    // Checks the database: integrity_check plus the checks of later features.
    Result<QStringList> verify();

private:
    Workspace(QString dir, Sidecar sidecar, std::unique_ptr<Database> database, const Clock& clock,
              SecureBytes digestKey);
    static Result<std::unique_ptr<Workspace>>
    recoverWithoutSidecar(const QString& dir, SecureBytes key, const Clock& clock);
    Status setPassphraseForKey(const SecureBytes& key, const SecureBytes& newPassphrase);
    static Result<std::unique_ptr<Workspace>> openWith(const QString& dir, Sidecar sidecar,
                                                       SecureBytes key, const Clock& clock,
                                                       KeyTrust trust);

    QString m_dir;
    Sidecar m_sidecar;
    QString m_damagedSidecarCopy;
    const Clock& m_clock;
    SecureBytes m_digestKey;
    // Declaration order is destruction order reversed: the services go
    // first, then the notifier they publish to, then the database.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeNotifier> m_changes;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<ClientService> m_clients;
    std::unique_ptr<AgreementService> m_agreements;
    std::unique_ptr<EngagementService> m_engagements;
    std::unique_ptr<SchedulingService> m_scheduling;
    std::unique_ptr<BillingService> m_billing;
    std::unique_ptr<BackupService> m_backups;
    std::unique_ptr<WorkspaceExporter> m_exports;
    std::unique_ptr<WorkspaceImporter> m_imports;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<CalendarSyncService> m_calendarSync;
};

} // namespace md
