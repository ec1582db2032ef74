#include "workspace/Workspace.h"

#include "agreements/AgreementService.h"
#include "backup/BackupService.h"
#include "backup/TableDigest.h"
#include "billing/BillingService.h"
#include "caldav/CalendarSyncService.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "crypto/KeyGroupSearch.h"
#include "crypto/PassphraseSlot.h"
#include "crypto/RecoveryKey.h"
#include "export/WorkspaceExporter.h"
#include "import/WorkspaceImporter.h"
#include "pipeline/EngagementService.h"
#include "scheduling/SchedulingService.h"
#include "search/SearchService.h"
#include "settings/SettingsService.h"
#include "storage/Database.h"
#include "storage/WorkspaceIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <optional>

namespace md {

namespace {

const QString kDatabaseFile = QStringLiteral("mentordesk.db");
const QString kSidecarFile = QStringLiteral("workspace.json");

Error wrongPassphrase() {
    return makeError(
        ErrorCode::WrongKey,
        Workspace::tr("The passphrase is not correct. Check Caps Lock and the keyboard "
                      "layout, or unlock with your recovery key."));
}

// After a recovery-key unlock rebuilt a lost or damaged workspace.json there
// is no passphrase until one is set: say so instead of "not correct".
// NotFound, not WrongKey: asking again for the passphrase cannot help.
Error noPassphraseYet() {
    return makeError(ErrorCode::NotFound,
                     Workspace::tr("This workspace has no passphrase yet: its workspace file was "
                                   "rebuilt with the recovery key. Unlock with the recovery key "
                                   "and choose a new passphrase (with mentordesk-cli: passwd "
                                   "--recovery-key)."));
}

// The right key (its fingerprint matched, or a passphrase entry decrypted
// to it) does not open the file: that is damage, never a wrong passphrase.
Error damagedDatabase(const QString& dir) {
    return Database::damaged(
        QDir::toNativeSeparators(Workspace::databasePath(dir)),
        Workspace::tr("the key is right, but the file no longer reads as a database"));
}

// A key whose fingerprint matches is the database's, except while a re-key
// is unfinished: then the file may be under either of the two keys.
Workspace::KeyTrust trustOf(const Sidecar& sidecar) {
    return sidecar.pendingKeyFingerprint.isEmpty() ? Workspace::KeyTrust::KnownRight
                                                   : Workspace::KeyTrust::Unproven;
}

// Where a damaged workspace.json is kept before a new one replaces it:
// workspace.json.damaged-20260302-090000 (UTC), never over an older copy.
QString damagedCopyPath(const QString& sidecarPath, const Clock& clock) {
    const QString base = sidecarPath + QStringLiteral(".damaged-") +
                         clock.nowUtc().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

bool headerIsEncrypted(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    return header.size() == 16 && !header.startsWith("SQLite format 3");
}

} // namespace

QString Workspace::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Workspace::databasePath(const QString& dir) {
    return QDir(dir).filePath(kDatabaseFile);
}

QString Workspace::sidecarPath(const QString& dir) {
    return QDir(dir).filePath(kSidecarFile);
}

bool Workspace::exists(const QString& dir) {
    return QFileInfo::exists(databasePath(dir)) || QFileInfo::exists(sidecarPath(dir));
}

Status Workspace::useOnePassPageCache() {
    // Measured with the benchmark: 8 MiB costs the same SQL work as 16 MiB
    // for a year of sessions, while SQLite's default of 2,000 KiB decrypts
    // pages again.
    constexpr int kOnePassPageCacheKiB = 8 * 1024;
    return m_database->setPageCacheKiB(kOnePassPageCacheKiB);
}

Result<Sidecar> Workspace::readSidecar(const QString& dir) {
    return Sidecar::read(sidecarPath(dir));
}

Workspace::Workspace(QString dir, Sidecar sidecar, std::unique_ptr<Database> database,
                     const Clock& clock, SecureBytes digestKey)
    : m_dir(std::move(dir))
    , m_sidecar(std::move(sidecar))
    , m_clock(clock)
    , m_digestKey(std::move(digestKey))
    , m_database(std::move(database))
    , m_changes(std::make_unique<ChangeNotifier>()) {
    m_database->setChangePublisher(
        [notifier = m_changes.get()](const ChangeSet& changes) { notifier->publish(changes); });
    m_settings = std::make_unique<SettingsService>(*m_database, m_clock);
    m_clients = std::make_unique<ClientService>(*m_database, m_clock, *m_settings);
    m_agreements = std::make_unique<AgreementService>(*m_database, m_clock, *m_settings,
                                                      m_sidecar.workspaceId);
    m_engagements = std::make_unique<EngagementService>(*m_database, m_clock, *m_settings);
    m_scheduling = std::make_unique<SchedulingService>(*m_database, m_clock, *m_changes);
    m_billing = std::make_unique<BillingService>(*m_database, m_clock);
    m_backups = std::make_unique<BackupService>(*m_database, m_clock, *this);
    m_exports = std::make_unique<WorkspaceExporter>(*m_database, *m_billing, m_clock,
                                                    m_sidecar.workspaceId);
    m_imports = std::make_unique<WorkspaceImporter>(*m_database, m_clock);
    m_search = std::make_unique<SearchService>(*m_database);
    m_calendarSync =
        std::make_unique<CalendarSyncService>(*m_database, m_clock, *m_scheduling, *m_clients);
}

Workspace::~Workspace() {
    // Services in the reverse order of their construction, then the
    // notifier, then the database they all refer to.
    m_calendarSync.reset();
    m_search.reset();
    m_imports.reset();
    m_exports.reset();
    m_backups.reset();
    m_billing.reset();
    m_scheduling.reset();
    m_engagements.reset();
    m_agreements.reset();
    m_clients.reset();
    m_settings.reset();
    m_database->setChangePublisher({});
    m_changes.reset();
    m_database.reset();
}

bool Workspace::checkForExternalChanges() {
    if (!m_database->changedElsewhere())
        return false;
    m_changes->publish(ChangeSet::externalChange());
    return true;
}

Result<Workspace::Created> Workspace::create(const QString& dir, const SecureBytes& passphrase,
                                             const Clock& clock) {
    if (exists(dir))
        return makeError(ErrorCode::AlreadyExists,
                         tr("There is already a workspace in %1. Open it instead; MentorDesk "
                            "never replaces a workspace.")
                             .arg(QDir::toNativeSeparators(dir)));
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose a passphrase."));
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io,
                         tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    // Encrypted or not, the folder is the mentor's alone (0700 on Unix): other
    // accounts on the computer need not even see how large the files are.
    if (!QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ExeOwner))
        return makeError(
            ErrorCode::Io,
            tr("Could not restrict access to the folder %1.").arg(QDir::toNativeSeparators(dir)));

    SecureBytes key = SecureBytes::random(32);
    auto slot = wrapKey(key, passphrase, defaultKdfStrength());
    if (!slot)
        return slot.error();

    Sidecar sidecar;
    sidecar.workspaceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    sidecar.createdUtc = clock.nowUtc();
    sidecar.keyFingerprint = keyFingerprint(key);
    sidecar.passphraseSlots = {slot.value()};

    auto database = Database::open(databasePath(dir), SecureBytes(key.data(), key.size()),
                                   Database::OpenMode::CreateIfMissing);
    if (!database)
        return database.error();
    if (Status stored = WorkspaceIdentity::store(**database, sidecar.workspaceId); !stored)
        return stored.error();
    if (Status flushed = (*database)->checkpoint(); !flushed)
        return flushed.error();
    if (!headerIsEncrypted(databasePath(dir)))
        return makeError(ErrorCode::Crypto,
                         tr("The new database is not encrypted; MentorDesk stopped to protect "
                            "your data."));
    // The sidecar comes last: a workspace without one can still be opened with
    // its key, while a sidecar pointing at no database would be useless.
    if (Status written = sidecar.write(sidecarPath(dir)); !written)
        return written.error();

    Created created;
    created.key.recoveryKey = RecoveryKey::format(key);
    created.key.dataKey = std::move(key);
    created.workspace.reset(new Workspace(dir, std::move(sidecar), std::move(database.value()),
                                          clock, TableDigests::keyFor(created.key.dataKey)));
    return created;
}

Result<std::unique_ptr<Workspace>> Workspace::openWith(const QString& dir, Sidecar sidecar,
                                                       SecureBytes key, const Clock& clock,
                                                       KeyTrust trust) {
    const QByteArray fingerprint = keyFingerprint(key);
    SecureBytes digestKey = TableDigests::keyFor(key);
    auto database =
        Database::open(databasePath(dir), std::move(key), Database::OpenMode::MustExist);
    if (!database) {
        if (database.code() == ErrorCode::WrongKey && trust == KeyTrust::KnownRight)
            return damagedDatabase(dir);
        return database.error();
    }
    // Finish or undo a re-key that was interrupted: whichever key opened the
    // database is the real one from now on.
    if (!sidecar.pendingKeyFingerprint.isEmpty()) {
        const bool newKeyWon = fingerprint == sidecar.pendingKeyFingerprint;
        QList<PassphraseSlot> kept;
        for (PassphraseSlot slot : std::as_const(sidecar.passphraseSlots)) {
            if (slot.pending == newKeyWon) {
                slot.pending = false;
                kept.append(slot);
            }
        }
        sidecar.passphraseSlots = kept;
        sidecar.keyFingerprint = fingerprint;
        sidecar.pendingKeyFingerprint.clear();
        if (Status written = sidecar.write(sidecarPath(dir)); !written)
            return written.error();
    }
    return std::unique_ptr<Workspace>(new Workspace(
        dir, std::move(sidecar), std::move(database.value()), clock, std::move(digestKey)));
}

Result<std::unique_ptr<Workspace>> Workspace::unlockWithPassphrase(const QString& dir,
                                                                   const SecureBytes& passphrase,
                                                                   const Clock& clock) {
    auto sidecar = readSidecar(dir);
    if (!sidecar)
        return sidecar.error();
    if (sidecar->passphraseSlots.isEmpty())
        return noPassphraseYet();
    // Normally one slot; two only while a re-key was interrupted, and then
    // only one of the two keys opens the file.
    bool passphraseIsRight = false;
    for (const PassphraseSlot& slot : std::as_const(sidecar->passphraseSlots)) {
        auto key = unwrapKey(slot, passphrase);
        if (!key) {
            if (key.code() == ErrorCode::WrongKey)
                continue;
            return key.error();
        }
        passphraseIsRight = true; // the entry's authentication proved it
        auto opened =
            openWith(dir, sidecar.value(), std::move(key.value()), clock, KeyTrust::Unproven);
        if (opened || opened.code() != ErrorCode::WrongKey)
            return opened;
    }
    if (passphraseIsRight)
        return damagedDatabase(dir);
    return wrongPassphrase();
}

Result<std::unique_ptr<Workspace>> Workspace::unlockWithRecoveryKey(const QString& dir,
                                                                    const SecureBytes& recoveryText,
                                                                    const Clock& clock) {
    auto key = RecoveryKey::parse(recoveryText.view());
    if (!key)
        return key.error();
    auto sidecar = readSidecar(dir);
    if (!sidecar) {
        // The recovery key must work even when workspace.json is lost or
        // damaged: open the database directly and rebuild the sidecar from
        // it. An unreadable file (permissions, I/O) or a newer format is not
        // damage, and stays as it is.
        if (sidecar.code() != ErrorCode::NotFound && sidecar.code() != ErrorCode::Corrupted)
            return sidecar.error();
        return recoverWithoutSidecar(dir, std::move(key.value()), clock);
    }
    const QByteArray fingerprint = keyFingerprint(key.value());
    if (fingerprint == sidecar->keyFingerprint || fingerprint == sidecar->pendingKeyFingerprint)
        return openWith(dir, sidecar.value(), std::move(key.value()), clock,
                        trustOf(sidecar.value()));

    // The fingerprint differs. Either this is another workspace's key or the
    // sidecar's fingerprint is damaged: only the database can tell.
    SecureBytes digestKey = TableDigests::keyFor(key.value());
    const SecureBytes recoveryKeyCopy(key->data(), key->size());
    auto database =
        Database::open(databasePath(dir), std::move(key.value()), Database::OpenMode::MustExist);
    if (!database) {
        if (database.code() != ErrorCode::WrongKey)
            return database.error();
        // One mistyped group is the usual slip: say which one. (The database
        // refused `key`, so it is not needed any more; search a copy anyway.)
        const int group = singleDifferingKeyGroup(
            recoveryKeyCopy, {sidecar->keyFingerprint, sidecar->pendingKeyFingerprint});
        if (group > 0)
            return makeError(ErrorCode::WrongKey,
                             tr("Group %1 of the recovery key is not right; the other groups "
                                "match this workspace. Compare that group of four with your "
                                "printed key. Nothing was changed.")
                                 .arg(group));
        return makeError(ErrorCode::WrongKey,
                         tr("This recovery key does not open this workspace. Check each group of "
                            "four characters against your printout. Nothing was changed."));
    }
    // The key opens the database, so the recorded fingerprint is wrong: keep
    // the damaged file, and record the right fingerprint.
    const QString damagedCopy = damagedCopyPath(sidecarPath(dir), clock);
    if (!QFile::copy(sidecarPath(dir), damagedCopy))
        return makeError(ErrorCode::Io, tr("Could not keep a copy of the damaged workspace file "
                                           "as %1.")
                                            .arg(QDir::toNativeSeparators(damagedCopy)));
    Sidecar repaired = sidecar.value();
    repaired.keyFingerprint = fingerprint;
    repaired.pendingKeyFingerprint.clear();
    for (PassphraseSlot& slot : repaired.passphraseSlots)
        slot.pending = false;
    if (Status written = repaired.write(sidecarPath(dir)); !written)
        return written.error();
    std::unique_ptr<Workspace> workspace(new Workspace(
        dir, std::move(repaired), std::move(database.value()), clock, std::move(digestKey)));
    workspace->m_damagedSidecarCopy = damagedCopy;
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::unlockWithKey(const QString& dir, SecureBytes key,
                                                            const Clock& clock) {
    auto sidecar = readSidecar(dir);
    if (!sidecar)
        return sidecar.error();
    const QByteArray fingerprint = keyFingerprint(key);
    if (fingerprint != sidecar->keyFingerprint && fingerprint != sidecar->pendingKeyFingerprint)
        return makeError(ErrorCode::WrongKey,
                         tr("The key remembered on this computer does not belong to this "
                            "workspace. Unlock with your passphrase."));
    return openWith(dir, sidecar.value(), std::move(key), clock, trustOf(sidecar.value()));
}

Status Workspace::changePassphrase(const SecureBytes& currentPassphrase,
                                   const SecureBytes& newPassphrase) {
    if (newPassphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose a new passphrase."));
    for (const PassphraseSlot& slot : std::as_const(m_sidecar.passphraseSlots)) {
        auto key = unwrapKey(slot, currentPassphrase);
        if (!key)
            continue;
        if (keyFingerprint(key.value()) != m_sidecar.keyFingerprint)
            continue;
        return setPassphraseForKey(key.value(), newPassphrase);
    }
    return wrongPassphrase();
}

Status Workspace::resetPassphrase(const SecureBytes& recoveryText,
                                  const SecureBytes& newPassphrase) {
    if (newPassphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose a new passphrase."));
    auto key = RecoveryKey::parse(recoveryText.view());
    if (!key)
        return key.error();
    if (keyFingerprint(key.value()) != m_sidecar.keyFingerprint)
        return makeError(ErrorCode::WrongKey,
                         tr("This recovery key does not belong to this workspace."));
    return setPassphraseForKey(key.value(), newPassphrase);
}

Status Workspace::setPassphraseForKey(const SecureBytes& key, const SecureBytes& newPassphrase) {
    auto newSlot = wrapKey(key, newPassphrase, defaultKdfStrength());
    if (!newSlot)
        return newSlot.error();
    Sidecar updated = m_sidecar;
    updated.passphraseSlots = {newSlot.value()};
    if (Status written = updated.write(sidecarPath(m_dir)); !written)
        return written;
    m_sidecar = updated;
    return {};
}

Result<Workspace::FreshKey> Workspace::regenerateRecoveryKey(const SecureBytes& passphrase) {
    std::optional<SecureBytes> oldKey;
    for (const PassphraseSlot& slot : std::as_const(m_sidecar.passphraseSlots)) {
        auto key = unwrapKey(slot, passphrase);
        if (key && keyFingerprint(key.value()) == m_sidecar.keyFingerprint) {
            oldKey.emplace(std::move(key.value()));
            break;
        }
    }
    if (!oldKey)
        return wrongPassphrase();

    SecureBytes newKey = SecureBytes::random(32);
    auto newSlot = wrapKey(newKey, passphrase, defaultKdfStrength());
    if (!newSlot)
        return newSlot.error();

    // 1. Record both keys, so a crash during the re-key leaves a workspace
    //    that opens with the same passphrase whichever key the file ended on.
    Sidecar during = m_sidecar;
    PassphraseSlot pendingSlot = newSlot.value();
    pendingSlot.pending = true;
    during.passphraseSlots.append(pendingSlot);
    during.pendingKeyFingerprint = keyFingerprint(newKey);
    if (Status written = during.write(sidecarPath(m_dir)); !written)
        return written.error();

    // 2. Re-encrypt every page.
    if (Status rekeyed = m_database->rekey(newKey); !rekeyed) {
        // Back to the old key only. Should this write fail too, the next unlock
        // still works: openWith() settles on whichever key opens the file.
        (void)m_sidecar.write(sidecarPath(m_dir));
        return rekeyed.error();
    }
    if (Status flushed = m_database->checkpoint(); !flushed)
        return flushed.error(); // both slots stay; the next unlock settles it

    // 3. Forget the old key.
    Sidecar after = m_sidecar;
    after.passphraseSlots = {newSlot.value()};
    after.keyFingerprint = during.pendingKeyFingerprint;
    if (Status written = after.write(sidecarPath(m_dir)); !written)
        return written.error(); // the next unlock finishes the switch (openWith)
    m_sidecar = after;
    m_digestKey = TableDigests::keyFor(newKey);

    FreshKey fresh;
    fresh.recoveryKey = RecoveryKey::format(newKey);
    fresh.dataKey = std::move(newKey);
    return fresh;
}

Result<std::unique_ptr<Workspace>>
Workspace::recoverWithoutSidecar(const QString& dir, SecureBytes key, const Clock& clock) {
    Sidecar sidecar;
    sidecar.keyFingerprint = keyFingerprint(key);
    SecureBytes digestKey = TableDigests::keyFor(key);
    auto database =
        Database::open(databasePath(dir), std::move(key), Database::OpenMode::MustExist);
    if (!database) {
        if (database.code() == ErrorCode::WrongKey)
            return makeError(ErrorCode::WrongKey,
                             tr("This recovery key does not open the workspace database (or the "
                                "database is damaged). Nothing was changed."));
        return database.error();
    }
    auto id = WorkspaceIdentity::load(**database);
    if (!id)
        return id.error();
    sidecar.workspaceId = id.value();
    sidecar.createdUtc = clock.nowUtc();

    // The damaged file is kept beside the new one, never overwritten: it may
    // still hold what someone needs (the passphrase entry) to rescue by hand.
    const QString path = sidecarPath(dir);
    QString damagedCopy;
    if (QFileInfo::exists(path)) {
        damagedCopy = damagedCopyPath(path, clock);
        if (!QFile::rename(path, damagedCopy))
            return makeError(ErrorCode::Io, tr("Could not keep the damaged workspace file as %1; "
                                               "nothing was changed.")
                                                .arg(QDir::toNativeSeparators(damagedCopy)));
    }
    // No passphrase slot yet: needsNewPassphrase() tells the caller to ask for
    // one (resetPassphrase) before the workspace is locked again.
    if (Status written = sidecar.write(path); !written) {
        if (!damagedCopy.isEmpty())
            QFile::rename(damagedCopy, path); // as it was
        return written.error();
    }
    std::unique_ptr<Workspace> workspace(new Workspace(
        dir, std::move(sidecar), std::move(database.value()), clock, std::move(digestKey)));
    workspace->m_damagedSidecarCopy = damagedCopy;
    return workspace;
}

Result<QStringList> Workspace::verify() {
    return m_database->integrityCheck();
}

} // namespace md
