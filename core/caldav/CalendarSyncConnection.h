#pragma once

#include "common/Change.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

#include <memory>

namespace md {

class CalendarSyncService;
class ChangeNotifier;
class ClientService;
class Database;
class SchedulingService;
class SettingsService;
class Workspace;

// A CalendarSyncService of its own, on a second connection to an unlocked
// workspace's database, for a thread other than the window's. sync() waits
// for the server in a local event loop, which must not run on the GUI thread;
// a connection may only be used by the thread that opened it, so the worker
// opens its own (SQLite's WAL lets both read and write; each waits for the
// other's short write transactions, see the busy timeout).
//
// Everything it owns is made, used and destroyed on the thread that called
// open(). What it commits is seen by the workspace's own connection with its
// next read; takeChanges() gives the change notifications for the window to
// publish on its thread.
class CalendarSyncConnection final {
public:
    // What the other thread needs, taken on the workspace's thread.
    struct Ticket {
        QString databasePath;
        SecureBytes key;
        const Clock* clock = nullptr;
    };
    static Ticket ticketFor(Workspace& workspace);

    // Opens the database on the calling thread (the ticket's key is wiped).
    static Result<std::unique_ptr<CalendarSyncConnection>> open(Ticket ticket);
    ~CalendarSyncConnection();
    CalendarSyncConnection(const CalendarSyncConnection&) = delete;
    CalendarSyncConnection& operator=(const CalendarSyncConnection&) = delete;

    CalendarSyncService& calendarSync() { return *m_calendarSync; }
    // The changes committed through this connection since the last call.
    ChangeSet takeChanges();

private:
    CalendarSyncConnection(std::unique_ptr<Database> database, const Clock& clock);

    const Clock& m_clock;
    ChangeSet m_changes;
    // Destroyed in reverse: the services, the notifier, then the database.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<ClientService> m_clients;
    std::unique_ptr<SchedulingService> m_scheduling;
    std::unique_ptr<CalendarSyncService> m_calendarSync;
};

} // namespace md
