#include "calendar/CalendarSyncWorker.h"

#include "caldav/CalendarSyncService.h"

namespace md {

CalendarSyncWorker::CalendarSyncWorker(CalendarSyncConnection::Ticket ticket, int timeoutMs,
                                       QObject* parent)
    : QThread(parent)
    , m_ticket(std::move(ticket))
    , m_timeoutMs(timeoutMs)
    , m_jobs(std::make_unique<QObject>()) {
    m_jobs->moveToThread(this);
}

CalendarSyncWorker::~CalendarSyncWorker() {
    stop();
}

void CalendarSyncWorker::run() {
    auto opened = CalendarSyncConnection::open(std::move(m_ticket));
    if (opened) {
        m_connection = std::move(opened.value());
        m_connection->calendarSync().setTimeoutMs(m_timeoutMs);
    } else {
        m_openError = opened.error();
    }
    exec();
    // Made on this thread, so closed on it.
    m_connection.reset();
}

void CalendarSyncWorker::post(QObject* receiver, Job job,
                              std::function<Reply(const Error&)> onOpenFailed, Delivery deliver) {
    QMetaObject::invokeMethod(
        m_jobs.get(),
        [this, receiver, job = std::move(job), onOpenFailed = std::move(onOpenFailed),
         deliver = std::move(deliver)] {
            Reply reply;
            ChangeSet changes;
            if (m_connection) {
                reply = job(m_connection->calendarSync());
                changes = m_connection->takeChanges();
            } else {
                reply = onOpenFailed(*m_openError);
            }
            // Queued to the receiver's thread (the receiver outlives this
            // thread; destroyed, it takes the event with it).
            QMetaObject::invokeMethod(receiver,
                                      [deliver, changes, reply] { deliver(changes, reply); });
        },
        Qt::QueuedConnection);
}

void CalendarSyncWorker::stop() {
    requestInterruption();
    quit();
    wait();
}

} // namespace md
