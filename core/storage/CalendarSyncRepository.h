#pragma once

#include "caldav/CalendarAccount.h"
#include "caldav/CalendarDifference.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace md {

class Database;

// The tables of migrations 14 and 15: the calendar account, its busy calendars, the
// published objects and the outbox. Only SQL; CalendarSyncService runs the
// units of work. The outbox is filled by the migration's triggers when a
// session or series changes.
class CalendarSyncRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::CalendarSyncRepository)
public:
    explicit CalendarSyncRepository(Database& database);

    // --- The account ----------------------------------------------------------
    Result<std::optional<CalendarAccount>> account() const;
    Result<SecureBytes> password() const;
    // Replaces the account (and its busy calendars).
    Status saveAccount(const CalendarAccount& account, const SecureBytes& password,
                       const QDateTime& nowUtc);
    // The account with everything published and pending.
    Status removeAccount();
    Status setSummaryUsesPreferredName(bool usePreferredName);
    Status recordSync(const QDateTime& lastSyncUtc, const QString& error);
    Status recordError(const QString& error);

    // --- The outbox -------------------------------------------------------------
    // Every series and single session, to publish them all (after connecting).
    Status enqueueEverything();
    Status enqueue(const QString& objectKey);
    Result<QList<OutboxEntry>> outbox() const;
    Result<int> pendingCount() const;
    // Takes the entry away if it is still the one read (a change made since
    // replaced it with a new id, which stays).
    Status dequeue(qint64 entryId);
    Status noteAttempt(qint64 entryId, const QString& error);

    // --- What is on the server -------------------------------------------------
    Result<std::optional<PublishedObject>> published(const QString& objectKey) const;
    Result<QList<PublishedObject>> allPublished() const;
    Status savePublished(const PublishedObject& object, const QDateTime& nowUtc);
    Status removePublished(const QString& objectKey);
    // Takes the server's ETag for the object and forgets what MentorDesk last
    // wrote (the server's copy is the one now).
    Status adoptServerEtag(const QString& objectKey, const QByteArray& etag);
    Status saveSyncToken(const QString& syncToken);
    // MentorDesk stops managing the object: no published copy, nothing
    // queued, no differences (the server keeps its event).
    Status forgetObject(const QString& objectKey);

    // --- Differences (migration 15) ----------------------------------------------
    Result<QList<CalendarDifference>> differences() const;
    Result<std::optional<CalendarDifference>> difference(qint64 id) const;
    Result<QList<CalendarDifference>> differencesOf(const QString& objectKey) const;
    Result<int> differenceCount() const;
    // Returns the new row's id.
    Result<qint64> addDifference(const CalendarDifference& difference);
    Status removeDifference(qint64 id);

private:
    Database& m_database;
};

} // namespace md
