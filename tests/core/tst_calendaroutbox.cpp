#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "common/FaultInjection.h"
#include "export/WorkspaceExporter.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/ZonedTime.h"
#include "storage/CalendarSyncRepository.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

namespace {

const char kServerPassword[] = "server password 4711";

QDateTime berlin(int y, int m, int d, int h) {
    return ZonedTime::make(QDate(y, m, d), QTime(h, 0), QTimeZone("Europe/Berlin"));
}

QStringList keys(const QList<OutboxEntry>& entries) {
    QStringList out;
    for (const OutboxEntry& entry : entries)
        out << entry.objectKey;
    return out;
}

} // namespace

// The calendar outbox of migration 14: filled by the database in the unit of
// work of each session change, only while an account is connected, only for
// what a published event shows; and the account never leaves the database.
class TestCalendarOutbox final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_ws = std::make_unique<test::TemporaryWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        m_repository = std::make_unique<CalendarSyncRepository>(m_ws->workspace().database());
        Client client;
        client.fullName = QStringLiteral("Ruth Okafor");
        auto added = m_ws->workspace().clients().add(client);
        QVERIFY(added.ok());
        EngagementRepository engagements(m_ws->workspace().database(), m_ws->clock());
        Engagement engagement;
        engagement.clientId = added->id;
        engagement.title = QStringLiteral("Leadership");
        engagement.startDate = QDate(2026, 3, 2);
        auto stored = engagements.add(engagement);
        QVERIFY(stored.ok());
        m_engagementId = stored->id;
    }
    void cleanup() {
        m_repository.reset();
        m_ws.reset();
    }

    void nothingIsQueuedWithoutAnAccount() {
        QVERIFY(addSession(berlin(2026, 3, 10, 9)) != 0);
        QCOMPARE(m_repository->outbox()->size(), 0);
    }

    void changesQueueTheirObject() {
        connect();
        const qint64 single = addSession(berlin(2026, 3, 10, 9));
        SessionSeries series;
        series.engagementId = m_engagementId;
        series.rule = RecurrenceRule::weekly(3);
        series.firstStart = berlin(2026, 3, 11, 18);
        QList<Session> members;
        auto added = m_ws->workspace().scheduling().addSeries(series, &members);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(keys(*m_repository->outbox()),
                 (QStringList{QStringLiteral("session:%1").arg(single),
                              QStringLiteral("series:%1").arg(added->id)}));
        const QList<OutboxEntry> before = *m_repository->outbox();

        // Notes are not published: writing them queues nothing.
        Session noted = *m_ws->workspace().scheduling().session(single);
        noted.privateNotes = QStringLiteral("talked about the reorganisation");
        noted.topics = QStringLiteral("delegation");
        QVERIFY(m_ws->workspace().scheduling().updateSession(noted).ok());
        QCOMPARE(m_repository->outbox()->first().id, before.first().id);

        // A move replaces the entry: a sync that read the old one keeps it.
        Session moved = noted;
        moved.start = berlin(2026, 3, 12, 9);
        QVERIFY(m_ws->workspace().scheduling().updateSession(moved).ok());
        QVERIFY(m_repository->dequeue(before.first().id).ok());
        QCOMPARE(keys(*m_repository->outbox()),
                 (QStringList{QStringLiteral("series:%1").arg(added->id),
                              QStringLiteral("session:%1").arg(single)}));

        // Removing queues the removal.
        QVERIFY(m_repository->dequeue(m_repository->outbox()->last().id).ok());
        QVERIFY(m_ws->workspace().scheduling().removeSession(single).ok());
        QCOMPARE(m_repository->outbox()->last().objectKey,
                 QStringLiteral("session:%1").arg(single));
    }

    void aFailedUnitOfWorkQueuesNothing() {
        connect();
        SessionSeries series;
        series.engagementId = m_engagementId;
        series.rule = RecurrenceRule::weekly(3);
        series.firstStart = berlin(2026, 3, 11, 18);
        {
            ScopedStatementFault fault(QRegularExpression(QStringLiteral("INSERT INTO sessions")),
                                       1);
            QVERIFY(!m_ws->workspace().scheduling().addSeries(series).ok());
        }
        QCOMPARE(m_repository->outbox()->size(), 0);
        QVERIFY(m_ws->workspace().scheduling().seriesList()->isEmpty());
    }

    void theAccountIsNeverExported() {
        connect();
        QVERIFY(addSession(berlin(2026, 3, 10, 9)) != 0);
        QTemporaryDir target;
        const QString folder = target.filePath(QStringLiteral("export"));
        auto exported = m_ws->workspace().exports().write(folder, {});
        QVERIFY2(exported.ok(), qPrintable(exported.message()));
        QVERIFY(exported->records.contains(QStringLiteral("sessions")));
        for (const QString& table : exported->records.keys())
            QVERIFY2(!table.startsWith(QLatin1String("calendar_")), qPrintable(table));
        QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(kServerPassword), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains("calendar.example.com"), qPrintable(file.fileName()));
            ++count;
        }
        QVERIFY(count > 0);
    }

private:
    void connect() {
        CalendarAccount account;
        account.serverUrl = QUrl(QStringLiteral("https://calendar.example.com/"));
        account.user = QStringLiteral("ruth-mentor");
        account.calendarUrl = QUrl(QStringLiteral("https://calendar.example.com/ruth/mentordesk/"));
        const SecureBytes password(reinterpret_cast<const unsigned char*>(kServerPassword),
                                   sizeof kServerPassword - 1);
        QVERIFY(m_repository->saveAccount(account, password, m_ws->clock().nowUtc()).ok());
        QVERIFY(m_repository->password()->equals(password));
    }
    qint64 addSession(const QDateTime& start) {
        Session session;
        session.engagementId = m_engagementId;
        session.start = start;
        auto added = m_ws->workspace().scheduling().addSession(session);
        return added ? added->id : 0;
    }

    std::unique_ptr<test::TemporaryWorkspace> m_ws;
    std::unique_ptr<CalendarSyncRepository> m_repository;
    qint64 m_engagementId = 0;
};

QTEST_GUILESS_MAIN(TestCalendarOutbox)
#include "tst_calendaroutbox.moc"
