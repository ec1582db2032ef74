#include "calendar/CalendarSyncScheduler.h"

#include "caldav/CalendarSyncConnection.h"
#include "calendar/CalendarSyncWorker.h"
#include "common/ChangeNotifier.h"
#include "workspace/Workspace.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace md {

using namespace std::chrono_literals;

CalendarSyncScheduler::CalendarSyncScheduler(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_debounce(new QTimer(this))
    , m_retry(new QTimer(this))
    , m_retryDelays({1min, 2min, 5min, 15min}) {
    // A burst of edits (dragging a session, a series of changes) is one sync.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(2s);
    connect(m_debounce, &QTimer::timeout, this, &CalendarSyncScheduler::runSync);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &CalendarSyncScheduler::runSync);
}

CalendarSyncScheduler::~CalendarSyncScheduler() {
    stop();
}

void CalendarSyncScheduler::setTiming(const Timing& timing) {
    m_debounce->setInterval(timing.debounce);
    if (!timing.retryDelays.isEmpty())
        m_retryDelays = timing.retryDelays;
    m_requestTimeoutMs = timing.requestTimeoutMs;
}

void CalendarSyncScheduler::start() {
    if (m_worker || m_stopped)
        return;
    m_worker = new CalendarSyncWorker(CalendarSyncConnection::ticketFor(m_workspace),
                                      m_requestTimeoutMs, this);
    m_worker->start();
    connect(&m_workspace.changes(), &ChangeNotifier::changed, this, &CalendarSyncScheduler::follow);
    syncNow();
}

void CalendarSyncScheduler::stop() {
    m_stopped = true;
    m_debounce->stop();
    m_retry->stop();
    disconnect(&m_workspace.changes(), nullptr, this, nullptr);
    if (m_worker)
        m_worker->stop(); // a request under way returns as "stopped"; no wait for the server
    m_syncing = false;
}

void CalendarSyncScheduler::follow(const ChangeSet& changes) {
    if (changes.external()) {
        // Another process (the CLI) may have queued objects; our own sync's
        // writes are seen as external too, so only a queue that grew since
        // counts.
        auto status = m_workspace.calendarSync().status();
        if (status && status->connected && status->pendingChanges > 0 &&
            status->pendingChanges != m_pendingAfterSync && !m_syncing)
            syncSoon();
        return;
    }
    if (changes.touchesAny({RecordKind::Session, RecordKind::SessionSeries}))
        syncSoon();
}

void CalendarSyncScheduler::syncSoon() {
    if (m_stopped)
        return;
    m_debounce->start();
}

void CalendarSyncScheduler::syncNow() {
    if (m_stopped)
        return;
    m_debounce->stop();
    runSync();
}

void CalendarSyncScheduler::runSync() {
    if (m_stopped || !m_worker)
        return;
    if (m_syncing) {
        m_again = true;
        return;
    }
    auto status = m_workspace.calendarSync().status();
    if (!status || !status->connected)
        return;
    m_retry->stop();
    m_syncing = true;
    Q_EMIT syncStarted();
    post(
        [this](CalendarSyncService& service) -> std::function<void()> {
            const Result<CalendarSyncService::SyncReport> report = service.sync();
            return [this, report] {
                syncDone(report);
            };
        },
        [this](const Error& error) -> std::function<void()> {
            return [this, error] {
                syncDone(error);
            };
        });
}

void CalendarSyncScheduler::syncDone(const Result<CalendarSyncService::SyncReport>& report) {
    m_syncing = false;
    if (report) {
        m_failures = 0;
        m_pendingAfterSync = report->pending;
        Q_EMIT syncFinished({});
    } else {
        // The queue stays in the workspace; the next change or the retry sends it.
        if (report.code() != ErrorCode::NotFound)
            scheduleRetry();
        Q_EMIT syncFinished(report.message());
    }
    if (m_again) {
        m_again = false;
        syncSoon();
    }
}

void CalendarSyncScheduler::scheduleRetry() {
    const qsizetype step = std::min<qsizetype>(m_failures, m_retryDelays.size() - 1);
    ++m_failures;
    m_retry->start(m_retryDelays.at(step));
}

void CalendarSyncScheduler::post(std::function<std::function<void()>(CalendarSyncService&)> job,
                                 std::function<std::function<void()>(const Error&)> onOpenFailed) {
    m_worker->post(this, std::move(job), std::move(onOpenFailed),
                   [this](const ChangeSet& changes, const std::function<void()>& reply) {
                       if (m_stopped)
                           return;
                       publish(changes);
                       reply();
                   });
}

void CalendarSyncScheduler::publish(const ChangeSet& changes) {
    ChangeSet published = changes;
    published.add(RecordKind::CalendarSync, ChangeOp::Updated, 0);
    m_workspace.changes().publish(published);
}

void CalendarSyncScheduler::discover(const QUrl& serverUrl, const QString& user,
                                     SecureBytes password, QObject* context,
                                     std::function<void(Result<CalDavDiscovery>)> done) {
    if (m_stopped || !m_worker)
        return;
    auto secret = std::make_shared<SecureBytes>(std::move(password));
    QPointer<QObject> guard(context);
    const int timeoutMs = m_requestTimeoutMs;
    post(
        [serverUrl, user, secret, guard, done, timeoutMs](CalendarSyncService&) {
            CalDavClient client;
            client.transport().setTimeoutMs(timeoutMs);
            client.setCredentials(user.trimmed(), *secret);
            secret->clear();
            const Result<CalDavDiscovery> found = client.discover(serverUrl);
            return std::function<void()>([guard, done, found] {
                if (guard)
                    done(found);
            });
        },
        [guard, done](const Error& error) -> std::function<void()> {
            return [guard, done, error] {
                if (guard)
                    done(error);
            };
        });
}

void CalendarSyncScheduler::connectAccount(const CalendarSyncService::ConnectRequest& request,
                                           SecureBytes password, bool summaryUsesPreferredName,
                                           QObject* context,
                                           std::function<void(Result<CalendarAccount>)> done) {
    if (m_stopped || !m_worker)
        return;
    auto secret = std::make_shared<SecureBytes>(std::move(password));
    QPointer<QObject> guard(context);
    post(
        [this, request, secret, summaryUsesPreferredName, guard,
         done](CalendarSyncService& service) -> std::function<void()> {
            Result<CalendarAccount> connected = service.connectAccount(request, *secret);
            secret->clear();
            if (connected && connected->summaryUsesPreferredName != summaryUsesPreferredName) {
                if (Status set = service.setSummaryUsesPreferredName(summaryUsesPreferredName);
                    !set)
                    connected = set.error();
                else
                    connected->summaryUsesPreferredName = summaryUsesPreferredName;
            }
            return [this, guard, done, connected] {
                if (guard)
                    done(connected);
                if (connected)
                    syncNow(); // everything was queued: publish it
            };
        },
        [guard, done](const Error& error) -> std::function<void()> {
            return [guard, done, error] {
                if (guard)
                    done(error);
            };
        });
}

void CalendarSyncScheduler::disconnectAccount(QObject* context, std::function<void(Status)> done) {
    if (m_stopped || !m_worker)
        return;
    QPointer<QObject> guard(context);
    post(
        [this, guard, done](CalendarSyncService& service) -> std::function<void()> {
            const Status removed = service.disconnectAccount();
            return [this, guard, done, removed] {
                m_retry->stop();
                m_failures = 0;
                m_pendingAfterSync = -1;
                if (guard)
                    done(removed);
            };
        },
        [guard, done](const Error& error) -> std::function<void()> {
            return [guard, done, error] {
                if (guard)
                    done(error);
            };
        });
}

void CalendarSyncScheduler::setSummaryUsesPreferredName(bool usePreferredName, QObject* context,
                                                        std::function<void(Status)> done) {
    if (m_stopped || !m_worker)
        return;
    QPointer<QObject> guard(context);
    post(
        [this, usePreferredName, guard,
         done](CalendarSyncService& service) -> std::function<void()> {
            const Status set = service.setSummaryUsesPreferredName(usePreferredName);
            return [this, guard, done, set] {
                if (guard)
                    done(set);
                if (set)
                    syncSoon(); // every title changes
            };
        },
        [guard, done](const Error& error) -> std::function<void()> {
            return [guard, done, error] {
                if (guard)
                    done(error);
            };
        });
}

void CalendarSyncScheduler::discoverAccount(QObject* context,
                                            std::function<void(Result<CalDavDiscovery>)> done) {
    if (m_stopped || !m_worker)
        return;
    QPointer<QObject> guard(context);
    post(
        [guard, done](CalendarSyncService& service) -> std::function<void()> {
            const Result<CalDavDiscovery> found = service.discover();
            return [guard, done, found] {
                if (guard)
                    done(found);
            };
        },
        [guard, done](const Error& error) -> std::function<void()> {
            return [guard, done, error] {
                if (guard)
                    done(error);
            };
        });
}

void CalendarSyncScheduler::setBusyCalendars(const QStringList& displayNames, bool titlesShown,
                                             QObject* context, std::function<void(Status)> done) {
    if (m_stopped || !m_worker)
        return;
    QPointer<QObject> guard(context);
    post(
        [this, displayNames, titlesShown, guard,
         done](CalendarSyncService& service) -> std::function<void()> {
            const Status set = service.setBusyCalendars(displayNames, titlesShown);
            return [this, guard, done, set] {
                if (guard)
                    done(set);
                if (set)
                    syncNow(); // reads the calendars now chosen
            };
        },
        [guard, done](const Error& error) -> std::function<void()> {
            return [guard, done, error] {
                if (guard)
                    done(error);
            };
        });
}

} // namespace md
