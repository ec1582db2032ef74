#include "keys/KeyStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

#include <optional>

namespace md {

Q_LOGGING_CATEGORY(lcKeychain, "mentordesk.keychain", QtWarningMsg)

namespace {
// Maps QtKeychain's outcome to ours: one plain sentence each. QtKeychain's own
// text is often a raw D-Bus message ("Cannot autolaunch D-Bus without X11
// $DISPLAY"), which says nothing to a mentor; it goes to the debug log only
// (QT_LOGGING_RULES="mentordesk.keychain.debug=true"), never to stderr by
// default, where the CLI prints only its own messages. "Not found" is kept
// apart only for messages: callers treat every failure the same way (ask for
// the passphrase).
Error keychainError(const QKeychain::Job& job) {
    qCDebug(lcKeychain) << "keychain job failed:" << job.error() << job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound,
                         KeyStore::tr("The keychain holds no key for this workspace, or it is "
                                      "locked."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorCode::KeychainUnavailable,
                         KeyStore::tr("The keychain is locked or refused access."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(ErrorCode::KeychainUnavailable,
                         KeyStore::tr("No keychain is available on this computer."));
    default:
        return makeError(ErrorCode::KeychainUnavailable,
                         KeyStore::tr("The keychain of this computer did not answer."));
    }
}

// Never written: reading it only asks whether anything answers.
const QString kProbeEntry = QStringLiteral("mentordesk-availability-check");
} // namespace

void KeyStore::checkAvailable(DoneCallback done) {
    if (m_available) {
        // Still asynchronous, like the first answer, so callers have one path.
        QMetaObject::invokeMethod(
            this, [done, available = *m_available] { done(available); }, Qt::QueuedConnection);
        return;
    }
    m_waiting.push_back(std::move(done));
    if (m_waiting.size() > 1)
        return; // the probe is out already
    probe([this](Status status) {
        m_available = status;
        std::vector<DoneCallback> waiting;
        waiting.swap(m_waiting);
        for (const DoneCallback& callback : waiting)
            callback(status);
    });
}

void KeyStore::probe(DoneCallback done) {
    readKey(kProbeEntry, [done](Result<SecureBytes> key) {
        if (key || key.code() == ErrorCode::NotFound || key.code() == ErrorCode::Corrupted)
            done(Status());
        else
            done(key.error());
    });
}

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
