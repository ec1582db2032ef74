#pragma once

#include "caldav/CalDavClient.h"
#include "caldav/CalendarAccount.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"

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
        // busy times; empty keeps those chosen before.
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

    struct SyncReport {
        int published = 0; // objects created or updated on the server
        int removed = 0;
        int conflicts = 0; // edited on the server: left as they are, still pending
        int pending = 0;   // left in the queue
        int busyTimes = 0; // read from the busy calendars
    };
    // Sends the queue, oldest first, then reads the busy calendars' events
    // of the coming months as busy times (replacing those read before). A
    // problem of one object (edited on the server) leaves it queued and goes
    // on; a problem of the server (not reachable, wrong password,
    // certificate) stops, keeps the queue and is returned and recorded for
    // status().
    Result<SyncReport> sync();

    // How long one request may wait for the server (tests shorten it).
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    Error noAccount() const;
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
