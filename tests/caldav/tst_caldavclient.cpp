#include "RadicaleServer.h"
#include "caldav/CalDavClient.h"
#include "caldav/DavTransport.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace md;
using md::test::RadicaleServer;

namespace {

SecureBytes secret(const char* text) {
    return SecureBytes(reinterpret_cast<const unsigned char*>(text), qstrlen(text));
}

QByteArray icsEvent(const char* uid, const char* summary, const char* start) {
    return QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//MentorDesk tests//EN\r\n"
                      "BEGIN:VEVENT\r\nUID:") +
           uid + "\r\nDTSTAMP:20260301T090000Z\r\nDTSTART:" + start +
           "\r\nDURATION:PT1H\r\nSUMMARY:" + summary + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}

} // namespace

// The CalDAV operations against a real server (Radicale on loopback).
class TestCalDavClient final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_server = std::make_unique<RadicaleServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_client = std::make_unique<CalDavClient>();
        m_client->setCredentials(QString::fromLatin1(RadicaleServer::kUser),
                                 secret(RadicaleServer::kPassword));
    }
    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    void discoversTheAccountAndItsCalendars() {
        auto empty = m_client->discover(m_server->baseUrl());
        QVERIFY2(empty.ok(), qPrintable(empty.message()));
        QCOMPARE(empty->principalUrl.path(), QStringLiteral("/mentor/"));
        QCOMPARE(empty->calendarHomeUrl.path(), QStringLiteral("/mentor/"));
        QVERIFY(empty->calendars.isEmpty());

        auto made = m_client->makeCalendar(empty->calendarHomeUrl, QStringLiteral("MentorDesk"));
        QVERIFY2(made.ok(), qPrintable(made.message()));
        QCOMPARE(made->path(), QStringLiteral("/mentor/mentordesk/"));
        auto again = m_client->makeCalendar(empty->calendarHomeUrl, QStringLiteral("MentorDesk"));
        QCOMPARE(again.code(), ErrorCode::AlreadyExists);

        // From any address on the server, the well-known path leads there.
        auto found = m_client->discover(m_server->baseUrl().resolved(QUrl("/some/where")));
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QCOMPARE(found->calendars.size(), 1);
        const CalendarInfo calendar = found->calendars.first();
        QCOMPARE(calendar.url, *made);
        QCOMPARE(calendar.displayName, QStringLiteral("MentorDesk"));
        QCOMPARE(calendar.components, QStringList{QStringLiteral("VEVENT")});
        QVERIFY(calendar.holdsEvents());
        QVERIFY(!calendar.ctag.isEmpty());
        QVERIFY(!calendar.syncToken.isEmpty());
    }

    void createsUpdatesAndDeletesWithPreconditions() {
        const QUrl calendar = makeCalendar();
        const QUrl url = calendar.resolved(QUrl("one.ics"));
        auto created = m_client->put(url, icsEvent("one@test", "First", "20260310T090000Z"), {});
        QVERIFY2(created.ok(), qPrintable(created.message()));
        QVERIFY(!created->isEmpty());

        // If-None-Match: * never replaces what is there.
        auto twice = m_client->put(url, icsEvent("one@test", "Again", "20260310T090000Z"), {});
        QCOMPARE(twice.code(), ErrorCode::Conflict);
        QVERIFY(twice.message().contains(QLatin1String("changed or removed on the server")));

        auto updated =
            m_client->put(url, icsEvent("one@test", "Second", "20260310T100000Z"), *created);
        QVERIFY2(updated.ok(), qPrintable(updated.message()));
        QVERIFY(*updated != *created);
        // The old ETag is stale now: someone else's edit is not overwritten.
        QCOMPARE(
            m_client->put(url, icsEvent("one@test", "Third", "20260310T100000Z"), *created).code(),
            ErrorCode::Conflict);

        auto fetched = m_client->fetch(calendar, {url});
        QVERIFY2(fetched.ok(), qPrintable(fetched.message()));
        QCOMPARE(fetched->size(), 1);
        QCOMPARE(fetched->first().etag, *updated);
        QVERIFY(fetched->first().data.contains("SUMMARY:Second"));

        QCOMPARE(m_client->remove(url, *created).code(), ErrorCode::Conflict);
        QVERIFY(m_client->remove(url, *updated).ok());
        QVERIFY(m_client->fetch(calendar, {url})->isEmpty());
        QVERIFY(!QFile::exists(m_server->storageFolder() +
                               QStringLiteral("/collection-root/mentor/sessions/one.ics")));
        QVERIFY(QFileInfo(m_server->storageFolder() +
                          QStringLiteral("/collection-root/mentor/sessions"))
                    .isDir());
        // Already gone and no ETag to check: nothing to do.
        QVERIFY(m_client->remove(url, {}).ok());
    }

    void queriesATimeRange() {
        const QUrl calendar = makeCalendar();
        QVERIFY(m_client
                    ->put(calendar.resolved(QUrl("march.ics")),
                          icsEvent("march@test", "March", "20260310T090000Z"), {})
                    .ok());
        QVERIFY(m_client
                    ->put(calendar.resolved(QUrl("may.ics")),
                          icsEvent("may@test", "May", "20260512T090000Z"), {})
                    .ok());
        auto march =
            m_client->eventsBetween(calendar, QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC),
                                    QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
        QVERIFY2(march.ok(), qPrintable(march.message()));
        QCOMPARE(march->size(), 1);
        QVERIFY(march->first().data.contains("UID:march@test"));
    }

    void followsChangesWithSyncTokens() {
        const QUrl calendar = makeCalendar();
        const QUrl a = calendar.resolved(QUrl("a.ics"));
        const QUrl b = calendar.resolved(QUrl("b.ics"));
        auto etagA = m_client->put(a, icsEvent("a@test", "A", "20260310T090000Z"), {});
        QVERIFY(etagA.ok());
        auto first = m_client->changesSince(calendar, {});
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QCOMPARE(first->changed.size(), 1);
        QCOMPARE(first->changed.first().url, a);
        QVERIFY(!first->syncToken.isEmpty());

        QVERIFY(m_client->put(b, icsEvent("b@test", "B", "20260311T090000Z"), {}).ok());
        QVERIFY(m_client->remove(a, *etagA).ok());
        auto next = m_client->changesSince(calendar, first->syncToken);
        QVERIFY2(next.ok(), qPrintable(next.message()));
        QCOMPARE(next->changed.size(), 1);
        QCOMPARE(next->changed.first().url, b);
        QCOMPARE(next->removed, QList<QUrl>{a});
        QVERIFY(next->syncToken != first->syncToken);
    }

    void saysPlainlyWhatWentWrong() {
        CalDavClient wrong;
        wrong.setCredentials(QString::fromLatin1(RadicaleServer::kUser), secret("not it"));
        auto refused = wrong.discover(m_server->baseUrl());
        QCOMPARE(refused.code(), ErrorCode::WrongKey);
        QCOMPARE(refused.message(),
                 QStringLiteral("The calendar server 127.0.0.1 did not accept the user name or "
                                "password."));

        m_server->stop();
        auto away = m_client->discover(m_server->baseUrl());
        QCOMPARE(away.code(), ErrorCode::Io);
        QVERIFY2(away.message().startsWith(
                     QLatin1String("The calendar server 127.0.0.1 cannot be reached")),
                 qPrintable(away.message()));

        auto clear = m_client->discover(QUrl("http://calendar.example.com/"));
        QCOMPARE(clear.code(), ErrorCode::Refused);
        QVERIFY(clear.message().contains(QLatin1String("https://")));
        QVERIFY(DavTransport::checkSecure(QUrl("https://calendar.example.com/")).ok());
        QVERIFY(DavTransport::checkSecure(QUrl("http://localhost:5232/")).ok());
        QVERIFY(DavTransport::checkSecure(QUrl("http://[::1]:5232/")).ok());
        QCOMPARE(DavTransport::checkSecure(QUrl("ftp://example.com/")).code(),
                 ErrorCode::InvalidInput);
    }

    void reportsACertificateProblem() {
        // A TLS handshake with a plain-HTTP server fails like a broken
        // certificate would: the connection is not secure, so nothing is sent.
        QUrl url = m_server->baseUrl();
        url.setScheme(QStringLiteral("https"));
        auto answer = m_client->discover(url);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.code() == ErrorCode::Crypto || answer.code() == ErrorCode::Io,
                 qPrintable(answer.message()));
    }

private:
    QUrl makeCalendar() {
        auto found = m_client->discover(m_server->baseUrl());
        if (!found)
            return {};
        return m_client->makeCalendar(found->calendarHomeUrl, QStringLiteral("Sessions")).value();
    }

    std::unique_ptr<RadicaleServer> m_server;
    std::unique_ptr<CalDavClient> m_client;
};

QTEST_GUILESS_MAIN(TestCalDavClient)
#include "tst_caldavclient.moc"
