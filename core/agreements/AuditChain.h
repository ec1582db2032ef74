#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace md {

// One entry of the agreements audit log as stored.
struct AuditEntry {
    qint64 seq = 0; // 1, 2, 3, … without gaps
    qint64 agreementId = 0;
    QString event;        // "signed"
    QByteArray entry;     // canonical JSON of the entry's fields
    QByteArray prevHash;  // hex; kGenesisHash for the first entry
    QByteArray entryHash; // hex SHA-256 over prevHash followed by entry
    QDateTime createdUtc;
};

// The hash chain of the audit log. Each entry's hash covers the previous hash
// and the entry's canonical bytes, so changing, removing or reordering any
// entry breaks every link after it.
namespace AuditChain {

// 64 zeros: the "previous hash" of the first entry.
QByteArray genesisHash();

// SHA-256 (hex) of prevHash || entry.
QByteArray hash(const QByteArray& prevHash, const QByteArray& entry);

// Canonical entry bytes for the given fields; `seq`, `agreement_id`, `event`
// and `time_utc` are added from the arguments.
QByteArray makeEntry(qint64 seq, qint64 agreementId, const QString& event, const QDateTime& timeUtc,
                     const QJsonObject& fields);

// One problem of a chain, with the entry and agreement it was found at, so
// callers can name the agreement whose record is broken.
struct Problem {
    qint64 seq = 0;
    qint64 agreementId = 0;
    QString message; // translated; names the entry
};

// Every problem of a chain, in order (empty = intact).
QList<Problem> problems(const QList<AuditEntry>& entries);

// The problems of one agreement's entries only, from those entries and the
// entry just before each (AgreementAuditLogRepository::entriesOf): what
// verifying one agreement needs, without reading the whole log.
QList<Problem> problemsOf(qint64 agreementId, const QList<AuditEntry>& entriesAndPredecessors);

// The messages of problems(): translated, each naming the entry.
QStringList verify(const QList<AuditEntry>& entries);

} // namespace AuditChain

} // namespace md
