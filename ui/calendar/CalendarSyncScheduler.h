#pragma once

#include "caldav/CalDavClient.h"
#include "caldav/CalendarSyncService.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class QTimer;

namespace md {

class CalendarSyncWorker;
class ChangeSet;
class Workspace;

// Keeps the mentor's CalDAV calendar in step while a workspace is open: a
// sync when it unlocks and, debounced, after every change that queues a
// calendar object (sessions, series); after a failure it tries again after
// 1, 2, 5 and then every 15 minutes, and at the next change. Everything that
// talks to the server (sync, discovery, connecting) runs on a
// CalendarSyncWorker, never on the GUI thread, one job after another; the
// changes those jobs commit are published here, on the workspace's notifier,
// with a RecordKind::CalendarSync change, so the views showing busy times and
// the sync status update.
//
// Made by the AppController for one unlocked workspace and destroyed before
// it locks; destroying it stops a sync under way without waiting for the
// server (the queue stays in the workspace).
class CalendarSyncScheduler final : public QObject {
    Q_OBJECT
public:
    explicit CalendarSyncScheduler(Workspace& workspace, QObject* parent = nullptr);
    ~CalendarSyncScheduler() override;

    // Starts the worker and a first sync (when an account is connected).
    void start();
    // Stops the worker; nothing runs afterwards.
    void stop();
    bool isSyncing() const { return m_syncing; }
    // Syncs once `debounce` passed without another call.
    void syncSoon();
    // Syncs now (Try again), or right after the sync under way.
    void syncNow();

    // How long it waits; tests shorten them. Set before start().
    struct Timing {
        std::chrono::milliseconds debounce{2000};
        QList<std::chrono::milliseconds> retryDelays; // empty: 1, 2, 5, 15 minutes
        int requestTimeoutMs = 30000;                 // one request to the server
    };
    void setTiming(const Timing& timing);

    // The account dialog's steps, on the worker; `done` runs on this thread
    // unless `context` is gone by then.
    void discover(const QUrl& serverUrl, const QString& user, SecureBytes password,
                  QObject* context, std::function<void(Result<CalDavDiscovery>)> done);
    void connectAccount(const CalendarSyncService::ConnectRequest& request, SecureBytes password,
                        bool summaryUsesPreferredName, QObject* context,
                        std::function<void(Result<CalendarAccount>)> done);
    void disconnectAccount(QObject* context, std::function<void(Status)> done);
    void setSummaryUsesPreferredName(bool usePreferredName, QObject* context,
                                     std::function<void(Status)> done);
    // Discovery with the connected account, for changing its busy calendars.
    void discoverAccount(QObject* context, std::function<void(Result<CalDavDiscovery>)> done);
    // CalendarSyncService::setBusyCalendars, then a sync reads them.
    void setBusyCalendars(const QStringList& displayNames, bool titlesShown, QObject* context,
                          std::function<void(Status)> done);

Q_SIGNALS:
    void syncStarted();
    // After every sync; `error` is empty when it reached the server.
    void syncFinished(const QString& error);

private:
    void follow(const ChangeSet& changes);
    void runSync();
    void syncDone(const Result<CalendarSyncService::SyncReport>& report);
    void scheduleRetry();
    // Posts `job` to the worker; its committed changes are published here.
    void post(std::function<std::function<void()>(CalendarSyncService&)> job,
              std::function<std::function<void()>(const Error&)> onOpenFailed);
    void publish(const ChangeSet& changes);

    Workspace& m_workspace;
    CalendarSyncWorker* m_worker = nullptr;
    QTimer* m_debounce = nullptr;
    QTimer* m_retry = nullptr;
    QList<std::chrono::milliseconds> m_retryDelays;
    int m_failures = 0;
    int m_requestTimeoutMs = 30000;
    int m_pendingAfterSync = -1; // the queue's length the last sync left
    bool m_syncing = false;
    bool m_again = false; // a change came during the sync
    bool m_stopped = false;
};

} // namespace md
