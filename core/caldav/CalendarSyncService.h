#pragma once

#include "caldav/CalDavClient.h"
#include "caldav/CalendarAccount.h"
#include "caldav/CalendarDifference.h"
#include "caldav/CalendarDifferenceFinder.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "scheduling/ConflictChecker.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace md {

class CalendarPublisher;
class CalendarSyncRepository;
class ClientService;
class Database;
class SchedulingService;

// The calendar on the mentor's CalDAV server: the account, publishing the
// sessions there and what is still to send. The only door to it for the UI
// and the CLI (Workspace::calendarSync()).
//
// Every session or series change queues its calendar object in the
// workspace, in the unit of work of the change (triggers of migration 14),
// so nothing is lost while the server is away; sync() sends the queue.
// Reads never write.
//
// An event changed or deleted on the server since MentorDesk wrote it (seen
// by sync-collection, RFC 6578, or by its ETag, or by a 412 answer) is never
// overwritten silently: it becomes a difference (RecordKind::
// CalendarDifference), and its object is held back until the mentor accepts
// the server's version or keeps MentorDesk's.
class CalendarSyncService final {
    Q_DECLARE_TR_FUNCTIONS(md::CalendarSyncService)
public:
    CalendarSyncService(Database& database, const Clock& clock, SchedulingService& scheduling,
                        ClientService& clients);
    ~CalendarSyncService();
    CalendarSyncService(const CalendarSyncService&) = delete;
    CalendarSyncService& operator=(const CalendarSyncService&) = delete;

    struct ConnectRequest {
        QUrl serverUrl;
        QString user;
        // The calendar to publish to, one of those discovery found; empty:
        // the calendar named `calendarName`, made when there is none.
        QUrl calendarUrl;
        QString calendarName; // empty: "MentorDesk"
        // Other calendars of the account (by display name) whose events are
        // busy times; empty keeps those chosen before (setBusyCalendars()
        // changes or clears them once connected).
        QStringList busyCalendarNames;
        bool busyTitlesShown = false;
    };
    // Finds the account on the server (discovery), chooses or creates the
    // calendar, stores the account with its password in the workspace and
    // queues every session to publish. Connecting again to the same calendar
    // keeps what was published; another calendar starts afresh.
    Result<CalendarAccount> connectAccount(const ConnectRequest& request,
                                           const SecureBytes& password);
    // Forgets the account, what was published and what was pending (the
    // events stay on the server).
    Status disconnectAccount();

    Result<std::optional<CalendarAccount>> account() const;
    Result<CalendarSyncStatus> status() const;
    // What discovery finds with the stored account (for choosing calendars).
    Result<CalDavDiscovery> discover();
    Status setSummaryUsesPreferredName(bool usePreferredName);
    // Chooses the other calendars of the stored account (by display name, as
    // discover() finds them) whose events are busy times, and whether their
    // titles show; an empty list reads none. The calendar published to is
    // never one of them. Runs discovery first, so an unknown name changes
    // nothing. In one unit of work it stores the choice and removes the busy
    // times read from the calendars no longer chosen; the next sync reads
    // the newly chosen ones (and gives the kept ones their new titles).
    Status setBusyCalendars(const QStringList& displayNames, bool titlesShown);

    struct SyncReport {
        int published = 0; // objects created or updated on the server
        int removed = 0;
        // Objects changed on the server: left as they are there, their
        // changes in MentorDesk still pending until the mentor chooses.
        int conflicts = 0;
        int pending = 0;     // left in the queue
        int busyTimes = 0;   // read from the busy calendars
        int differences = 0; // open differences after the sync
    };
    // First reads what changed on the server since the last sync (sync-
    // collection from the stored token, else every ETag) and records the
    // published events changed or deleted there as differences. Then sends
    // the queue, oldest first, except objects with an open difference, and
    // what did not change since it was last sent; then reads the busy
    // calendars' events of the coming months as busy times (replacing those
    // read before). A problem of one object leaves it queued and goes on; a
    // problem of the server (not reachable, wrong password, certificate)
    // stops, keeps the queue and is returned and recorded for status().
    Result<SyncReport> sync();

    // --- Differences -----------------------------------------------------------
    // The events changed or deleted on the server, with the session's client
    // and its time in MentorDesk, in the order of those times. A read that
    // never writes.
    Result<QList<CalendarDifference>> differences() const;
    // Takes the server's version into MentorDesk, as one unit of work through
    // the scheduling service: a moved event moves the session (this
    // occurrence only); an occurrence removed or cancelled on the server, or
    // a single event deleted there, is a cancellation by the mentor (the
    // mentor took it out of their own calendar: the session stays, with its
    // notes, as cancelled, and no fee falls to the client); a series deleted
    // there cancels its planned sessions still to come (those already past
    // stay, to be recorded as held or missed). An edit that changes no time
    // (a title) changes nothing in MentorDesk. For an event whose session or
    // series was deleted in MentorDesk meanwhile, the server keeps its event
    // and MentorDesk no longer manages it. Returns the conflict warnings
    // of the new time, as scheduling gives them (they never block).
    Result<QList<ConflictWarning>> acceptServerVersion(qint64 differenceId);
    // Overwrites the server's event with MentorDesk's version (If-Match on
    // the ETag the server's copy had; a deleted event is made again). True
    // when the server has it now; false when it waits in the queue (other
    // differences of the same event still open, or the server not reachable:
    // the next sync sends it).
    Result<bool> keepMentorDeskVersion(qint64 differenceId);

    // How long one request may wait for the server (tests shorten it).
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    // What became of one queued object: Held (an open difference), Conflict
    // (changed on the server, found now), Problem (this object only), Failed
    // (a problem of the server or the workspace: the sync stops).
    enum class Sent { Published, Removed, Unchanged, Held, Conflict, Problem, Failed };
    struct SendContext {
        CalDavClient& client;
        const CalendarAccount& account;
        QString objectProblem;
    };
    Error noAccount() const;
    Error noDifference(qint64 id) const;
    Status cancelByMentor(qint64 sessionId);
    // False when the object's session or series is no longer in MentorDesk.
    Result<bool> objectExists(const QString& objectKey) const;
    // A problem of the server: recorded for status(), the queue kept.
    Error stopWith(const Error& error);
    // Reads the server's changes since the last sync into differences.
    Status findServerChanges(CalDavClient& client, const CalendarAccount& account);
    // The server's copy of `object` now (or its absence) as differences.
    Status compareWithServer(const CalendarAccount& account, const PublishedObject& object,
                             const CalendarObject* server);
    // Replaces the differences of `objectKey` (none: the server's copy takes
    // its ETag) in one unit of work.
    Status recordDifferences(const PublishedObject& object,
                             const QList<CalendarDifference>& differences,
                             const QByteArray& serverEtag);
    // The object's sessions, for telling which one the server changed.
    Result<CalendarDifferenceFinder::Object> describeObject(const QString& objectKey) const;
    Result<QByteArray> baselineOf(const PublishedObject& object,
                                  const CalendarAccount& account) const;
    // Sends one queued object; Failed with `error` set for a problem of the server.
    Sent send(SendContext& context, const OutboxEntry& entry, Error* error);
    // Forgets the difference; the last one of its object gives the object
    // the server's ETag (or, deleted there, no published copy).
    Status resolve(const CalendarDifference& difference);
    Result<CalDavClient*> clientFor(const CalendarAccount& account);
    Result<int> readBusyTimes(CalDavClient& client, const CalendarAccount& account);
    static QString busySource(const QUrl& calendarUrl);

    Database& m_database;
    const Clock& m_clock;
    SchedulingService& m_scheduling;
    std::unique_ptr<CalendarSyncRepository> m_repository;
    std::unique_ptr<CalendarPublisher> m_publisher;
    std::unique_ptr<CalDavClient> m_client;
    int m_timeoutMs = 30000;
};

} // namespace md
