#pragma once

// Shared set-up of the billing tests: a temporary encrypted workspace (whose
// BillingService they use), and helpers that create clients, engagements and
// sessions through the real repositories of the other features.

#include "TemporaryWorkspace.h"
#include "billing/BillingService.h"
#include "billing/PackageCredits.h"
#include "clients/ClientService.h"
#include "settings/SettingsService.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/SessionRepository.h"

#include <QTimeZone>
#include <QtTest>

#include <memory>

namespace md::test {

class BillingFixture final {
public:
    bool isValid() const { return m_workspace.isValid(); }
    QString error() const { return m_workspace.error(); }
    TemporaryWorkspace& workspace() { return m_workspace; }
    BillingService& billing() { return m_workspace->billing(); }
    SettingsService& settings() { return m_workspace->settings(); }
    FakeClock& clock() { return m_workspace.clock(); }
    Database& database() { return m_workspace->database(); }

    // Closes everything (as a crash or a lock would) and reopens the workspace.
    bool reopen() { return m_workspace.reopen(); }

    // The last invoice number given for `year` (read straight from storage).
    qint64 lastNumber(int year) {
        auto last = InvoiceRepository(database(), clock()).lastNumber(year);
        return last ? *last : -1;
    }

    qint64 addClient(const QString& name) {
        Client client;
        client.fullName = name;
        client.status = ClientStatus::Active;
        auto added = m_workspace->clients().add(client);
        return added ? added->id : 0;
    }

    qint64 addEngagement(qint64 clientId, const QString& title = QStringLiteral("Next role")) {
        EngagementRepository engagements(database(), clock());
        Engagement engagement;
        engagement.clientId = clientId;
        engagement.title = title;
        engagement.startDate = clock().today();
        auto added = engagements.add(engagement);
        if (!added)
            qWarning() << added.message();
        return added ? added->id : 0;
    }

    // Sessions are written as a session write of the scheduling area does:
    // in one unit of work with the package credits it changes.
    qint64 addSession(qint64 engagementId, const QDate& day,
                      SessionStatus status = SessionStatus::Held, int minutes = 60) {
        qint64 id = 0;
        const Status added = database().transaction([&]() -> Status {
            SessionRepository sessions(database(), clock());
            Session session;
            session.engagementId = engagementId;
            session.uid = newSessionUid();
            session.start = QDateTime(day, QTime(10, 0), QTimeZone("Europe/Berlin"));
            session.durationMinutes = minutes;
            session.status = status;
            auto stored = sessions.add(session);
            if (!stored)
                return stored.error();
            id = stored->id;
            return PackageCredits(database(), clock()).reassignForSession(id);
        });
        if (!added)
            qWarning() << added.message();
        return added ? id : 0;
    }

    bool setSessionStatus(qint64 sessionId, SessionStatus status) {
        const Status changed = database().transaction([&]() -> Status {
            SessionRepository sessions(database(), clock());
            auto session = sessions.get(sessionId);
            if (!session)
                return session.error();
            session->status = status;
            if (auto stored = sessions.update(*session); !stored)
                return stored.error();
            return PackageCredits(database(), clock()).reassignForSession(sessionId);
        });
        if (!changed)
            qWarning() << changed.message();
        return changed.ok();
    }

    bool set(const QString& key, const QString& value) {
        auto stored = settings().setValue(key, value);
        if (!stored)
            qWarning() << stored.message();
        return stored.ok();
    }

    // A manual line: "DESCRIPTION", quantity in thousandths, price in cents.
    static InvoiceLine line(const QString& description, qint64 quantityMilli, qint64 unitPrice,
                            int rateBasisPoints) {
        InvoiceLine l;
        l.description = description;
        l.quantityMilli = quantityMilli;
        l.unitPriceMinor = unitPrice;
        l.taxRateBasisPoints = rateBasisPoints;
        return l;
    }

    static Money eur(qint64 cents) { return Money(cents, QStringLiteral("EUR")); }

private:
    TemporaryWorkspace m_workspace;
};

} // namespace md::test
