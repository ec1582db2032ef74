#pragma once

#include "caldav/CalendarSyncConnection.h"
#include "common/Change.h"

#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace md {

class CalendarSyncService;

// The thread the calendar's network work runs on. CalendarSyncService::sync()
// and discovery wait for the server in a local event loop; on the GUI thread
// that loop would run the window's events in the middle of a sync (a lock
// could close the workspace under it). Here they run on their own thread
// with their own connection to the workspace database (CalendarSyncConnection).
//
// Jobs run one after another, in the order posted. stop() tells the thread's
// event loops to quit: a request under way returns at once as "stopped"
// (DavTransport::exchange), sync() keeps its queue and returns, and the thread
// ends; nothing waits for a server.
class CalendarSyncWorker final : public QThread {
    Q_OBJECT
public:
    // A job runs on the worker thread and returns what to run on the
    // receiver's thread with its outcome.
    using Reply = std::function<void()>;
    using Job = std::function<Reply(CalendarSyncService&)>;
    // `changes` are those the job committed, for the window to publish.
    using Delivery = std::function<void(const ChangeSet& changes, const Reply& reply)>;

    CalendarSyncWorker(CalendarSyncConnection::Ticket ticket, int timeoutMs,
                       QObject* parent = nullptr);
    ~CalendarSyncWorker() override;

    // Runs `job` on the worker thread, then `deliver` on `receiver`'s thread.
    // The receiver must stop this worker before it is destroyed. When the database could not be
    // opened there, `onOpenFailed` gives the reply instead.
    void post(QObject* receiver, Job job, std::function<Reply(const Error&)> onOpenFailed,
              Delivery deliver);
    // Ends the thread (see above) and waits for it; jobs not begun are dropped.
    void stop();

protected:
    void run() override;

private:
    CalendarSyncConnection::Ticket m_ticket;
    int m_timeoutMs;
    // Lives on the worker thread: posted jobs wait in its event queue.
    std::unique_ptr<QObject> m_jobs;
    // Only touched on the worker thread.
    std::unique_ptr<CalendarSyncConnection> m_connection;
    std::optional<Error> m_openError;
};

} // namespace md
