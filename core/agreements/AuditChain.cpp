#include "agreements/AuditChain.h"

#include "agreements/CanonicalJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <sodium.h>

namespace md::AuditChain {

QByteArray genesisHash() {
    return QByteArray(64, '0');
}

QByteArray hash(const QByteArray& prevHash, const QByteArray& entry) {
    // libsodium's SHA-256, the same digest as QCryptographicHash's in less
    // than half the instructions: the whole chain is hashed again whenever
    // it is verified.
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(prevHash.constData()),
                              static_cast<unsigned long long>(prevHash.size()));
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(entry.constData()),
                              static_cast<unsigned long long>(entry.size()));
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
}

QByteArray makeEntry(qint64 seq, qint64 agreementId, const QString& event, const QDateTime& timeUtc,
                     const QJsonObject& fields) {
    QJsonObject object = fields;
    object.insert(QStringLiteral("seq"), seq);
    object.insert(QStringLiteral("agreement_id"), agreementId);
    object.insert(QStringLiteral("event"), event);
    object.insert(QStringLiteral("time_utc"), timeUtc.toUTC().toString(Qt::ISODate));
    return CanonicalJson::serialize(object);
}

namespace {

// The problems of one entry, given the sequence number and previous hash the
// chain expects at its place.
void check(const AuditEntry& entry, qint64 expectedSeq, const QByteArray& expectedPrev,
           QList<Problem>* problems) {
    // Named only when something is wrong: an intact chain of thousands of
    // entries is checked on every show of the Agreements area.
    const auto name = [&] {
        return QCoreApplication::translate("md::AuditChain", "Audit log entry %1").arg(entry.seq);
    };
    const auto add = [&](const QString& message) {
        problems->append(Problem{entry.seq, entry.agreementId, message});
    };
    if (entry.seq != expectedSeq)
        add(QCoreApplication::translate(
                "md::AuditChain",
                "%1: expected entry %2 here; entries are missing or out of order.")
                .arg(name())
                .arg(expectedSeq));
    if (entry.prevHash != expectedPrev)
        add(QCoreApplication::translate("md::AuditChain",
                                        "%1: does not link to the entry before it.")
                .arg(name()));
    if (hash(entry.prevHash, entry.entry) != entry.entryHash)
        add(QCoreApplication::translate("md::AuditChain",
                                        "%1: its content does not match its hash.")
                .arg(name()));
    const QJsonDocument parsed = QJsonDocument::fromJson(entry.entry);
    const QJsonObject fields = parsed.object();
    if (!CanonicalJson::isCanonical(entry.entry, parsed) ||
        fields.value(QStringLiteral("seq")).toInteger() != entry.seq ||
        fields.value(QStringLiteral("agreement_id")).toInteger() != entry.agreementId ||
        fields.value(QStringLiteral("event")).toString() != entry.event)
        add(QCoreApplication::translate("md::AuditChain",
                                        "%1: its recorded fields disagree with its content.")
                .arg(name()));
}

} // namespace

QList<Problem> problems(const QList<AuditEntry>& entries) {
    QList<Problem> problems;
    QByteArray expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    for (const AuditEntry& entry : entries) {
        check(entry, expectedSeq, expectedPrev, &problems);
        expectedPrev = entry.entryHash;
        expectedSeq = entry.seq + 1;
    }
    return problems;
}

QList<Problem> problemsOf(qint64 agreementId, const QList<AuditEntry>& entriesAndPredecessors) {
    QHash<qint64, const AuditEntry*> bySeq;
    for (const AuditEntry& entry : entriesAndPredecessors)
        bySeq.insert(entry.seq, &entry);
    QList<Problem> problems;
    for (const AuditEntry& entry : entriesAndPredecessors) {
        if (entry.agreementId != agreementId)
            continue;
        const AuditEntry* previous = bySeq.value(entry.seq - 1);
        if (entry.seq > 1 && !previous) {
            problems << Problem{
                entry.seq, entry.agreementId,
                QCoreApplication::translate("md::AuditChain",
                                            "Audit log entry %1: the entry before it is missing.")
                    .arg(entry.seq)};
            continue;
        }
        check(entry, entry.seq, previous ? previous->entryHash : genesisHash(), &problems);
    }
    return problems;
}

QStringList verify(const QList<AuditEntry>& entries) {
    QStringList messages;
    for (const Problem& problem : problems(entries))
        messages << problem.message;
    return messages;
}

} // namespace md::AuditChain
