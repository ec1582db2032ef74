#pragma once

#include "RadicaleServer.h"
#include "TemporaryWorkspace.h"
#include "caldav/CalDavClient.h"
#include "caldav/CalendarSyncService.h"
#include "clients/ClientService.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/ZonedTime.h"
#include "storage/EngagementRepository.h"
#include "workspace/Workspace.h"

#include <QTimeZone>

#include <memory>

namespace md::test {

// Radicale on loopback and a workspace with one client (Johanna Marquardt)
// and engagement, for the tests of the calendar on the server. `phone()` is
// a second CalDAV client on the same account: the mentor's phone.
class CalDavFixture final {
public:
    // Empty when everything started; else what did not.
    QString setUp() {
        m_server = std::make_unique<RadicaleServer>();
        if (!m_server->start())
            return m_server->error();
        m_ws = std::make_unique<TemporaryWorkspace>();
        if (!m_ws->isValid())
            return m_ws->error();
        m_ws->clock().set(QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));
        Client client;
        client.fullName = QStringLiteral("Johanna Marquardt");
        client.preferredName = QStringLiteral("Jo");
        auto added = m_ws->workspace().clients().add(client);
        if (!added)
            return added.message();
        EngagementRepository engagements(m_ws->workspace().database(), m_ws->clock());
        Engagement engagement;
        engagement.clientId = added->id;
        engagement.title = QStringLiteral("Become a staff engineer");
        engagement.startDate = QDate(2026, 10, 1);
        engagement.plannedSessions = 8;
        auto stored = engagements.add(engagement);
        if (!stored)
            return stored.message();
        m_engagementId = stored->id;
        m_phone = std::make_unique<CalDavClient>();
        m_phone->setCredentials(QString::fromLatin1(RadicaleServer::kUser), password());
        return {};
    }

    static SecureBytes password() { return TemporaryWorkspace::secret(RadicaleServer::kPassword); }
    static QDateTime berlin(int y, int m, int d, int h, int min = 0) {
        return ZonedTime::make(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Berlin"));
    }
    static QDateTime utc(int y, int m, int d, int h, int min = 0) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    }

    RadicaleServer& server() { return *m_server; }
    TemporaryWorkspace& ws() { return *m_ws; }
    Workspace& workspace() { return m_ws->workspace(); }
    CalendarSyncService& calendar() { return m_ws->workspace().calendarSync(); }
    SchedulingService& scheduling() { return m_ws->workspace().scheduling(); }
    CalDavClient& phone() { return *m_phone; }
    qint64 engagementId() const { return m_engagementId; }

    CalendarSyncService::ConnectRequest request() const {
        CalendarSyncService::ConnectRequest connect;
        connect.serverUrl = m_server->baseUrl();
        connect.user = QString::fromLatin1(RadicaleServer::kUser);
        return connect;
    }
    QString connectAccount(const QStringList& busyCalendars = {}) {
        CalendarSyncService::ConnectRequest connect = request();
        connect.busyCalendarNames = busyCalendars;
        auto connected = calendar().connectAccount(connect, password());
        if (!connected)
            return connected.message();
        m_calendarUrl = connected->calendarUrl;
        return {};
    }
    // The calendar published to (kept while disconnected).
    QUrl calendarUrl() const { return m_calendarUrl; }

    qint64 addSingleSession(const QDateTime& start, int minutes = 45) {
        Session session;
        session.engagementId = m_engagementId;
        session.start = start;
        session.durationMinutes = minutes;
        session.format = SessionFormat::Video;
        auto added = scheduling().addSession(session);
        return added ? added->id : 0;
    }

    // The objects on the server with their data, as the phone reads them.
    QList<CalendarObject> serverObjects() {
        auto listed = m_phone->changesSince(calendarUrl(), {});
        if (!listed)
            return {};
        QList<QUrl> urls;
        for (const CalendarObject& object : listed->changed)
            urls.append(object.url);
        return urls.isEmpty() ? QList<CalendarObject>()
                              : m_phone->fetch(calendarUrl(), urls).value();
    }

private:
    std::unique_ptr<RadicaleServer> m_server;
    std::unique_ptr<TemporaryWorkspace> m_ws;
    std::unique_ptr<CalDavClient> m_phone;
    qint64 m_engagementId = 0;
    QUrl m_calendarUrl;
};

} // namespace md::test
