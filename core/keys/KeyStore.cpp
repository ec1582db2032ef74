#include "keys/KeyStore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

#include <optional>

namespace md {

namespace {
// Maps QtKeychain's outcome to ours. "Not found" is kept apart only for
// messages: callers treat every failure the same way (ask for the passphrase).
Error keychainError(const QKeychain::Job& job) {
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(
            ErrorCode::NotFound,
            KeyStore::tr("This computer's keychain holds no key for the workspace (or the "
                         "keychain is locked)."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorCode::KeychainUnavailable,
                         KeyStore::tr("The keychain refused access: %1").arg(job.errorString()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(ErrorCode::KeychainUnavailable,
                         KeyStore::tr("No keychain is available on this computer."));
    default:
        return makeError(ErrorCode::KeychainUnavailable,
                         KeyStore::tr("The keychain could not be used: %1").arg(job.errorString()));
    }
}
} // namespace

Result<SecureBytes> KeyStore::readKeyBlocking(const QString& workspaceId) {
    QEventLoop loop;
    std::optional<Result<SecureBytes>> outcome;
    readKey(workspaceId, [&](Result<SecureBytes> result) {
        outcome.emplace(std::move(result));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

Status KeyStore::writeKeyBlocking(const QString& workspaceId, const SecureBytes& key) {
    QEventLoop loop;
    std::optional<Status> outcome;
    writeKey(workspaceId, key, [&](Status status) {
        outcome = status;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

Status KeyStore::removeKeyBlocking(const QString& workspaceId) {
    QEventLoop loop;
    std::optional<Status> outcome;
    removeKey(workspaceId, [&](Status status) {
        outcome = status;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

SystemKeyStore::SystemKeyStore(QObject* parent)
    : KeyStore(parent) {}

QString SystemKeyStore::serviceName() {
    return QStringLiteral("MentorDesk");
}

void SystemKeyStore::readKey(const QString& workspaceId, ReadCallback done) {
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(workspaceId);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (read->error() != QKeychain::NoError) {
            done(keychainError(*read));
            return;
        }
        // QtKeychain hands the secret over in an ordinary QByteArray; copy it
        // into guarded memory and wipe our copy at once.
        QByteArray plain = read->binaryData();
        SecureBytes key = SecureBytes::takeFrom(plain);
        if (key.size() != 32) {
            done(makeError(ErrorCode::Corrupted,
                           tr("The keychain entry for this workspace is damaged.")));
            return;
        }
        done(std::move(key));
    });
    job->start();
}

void SystemKeyStore::writeKey(const QString& workspaceId, const SecureBytes& key,
                              DoneCallback done) {
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(workspaceId);
    QByteArray plain = key.view().toByteArray();
    job->setBinaryData(plain);
    wipe(plain);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            done(keychainError(*finished));
        else
            done(Status());
    });
    job->start();
}

void SystemKeyStore::removeKey(const QString& workspaceId, DoneCallback done) {
    auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(workspaceId);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError &&
            finished->error() != QKeychain::EntryNotFound)
            done(keychainError(*finished));
        else
            done(Status());
    });
    job->start();
}

} // namespace md
