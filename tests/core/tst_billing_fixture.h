#pragma once

// Shared set-up of the billing tests: a temporary encrypted workspace with a
// BillingService, and helpers that create clients, engagements and sessions
// through the real repositories of the other features.

#include "TemporaryWorkspace.h"
#include "billing/BillingService.h"
#include "clients/ClientService.h"
#include "storage/BusinessSettingsRepository.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"
#include "storage/InvoiceRecipientRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/OfferingRepository.h"
#include "storage/PackageRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/SessionRepository.h"

#include <QTimeZone>
#include <QtTest>

#include <memory>

namespace md::test {

class BillingFixture final {
public:
    BillingFixture() {
        if (m_workspace.isValid())
            open();
    }

    bool isValid() const { return m_workspace.isValid() && m_billing != nullptr; }
    QString error() const { return m_workspace.error(); }
    TemporaryWorkspace& workspace() { return m_workspace; }
    BillingService& billing() { return *m_billing; }
    FakeClock& clock() { return m_workspace.clock(); }
    Database& database() { return m_workspace->database(); }

    // Closes everything (as a crash or a lock would) and reopens the workspace.
    bool reopen() {
        m_billing.reset();
        if (!m_workspace.reopen())
            return false;
        open();
        return true;
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

    qint64 addSession(qint64 engagementId, const QDate& day,
                      SessionStatus status = SessionStatus::Held, int minutes = 60) {
        SessionRepository sessions(database(), clock());
        Session session;
        session.engagementId = engagementId;
        session.uid = newSessionUid();
        session.start = QDateTime(day, QTime(10, 0), QTimeZone("Europe/Berlin"));
        session.durationMinutes = minutes;
        session.status = status;
        auto added = sessions.add(session);
        if (!added)
            qWarning() << added.message();
        return added ? added->id : 0;
    }

    bool setSessionStatus(qint64 sessionId, SessionStatus status) {
        SessionRepository sessions(database(), clock());
        auto session = sessions.get(sessionId);
        if (!session)
            return false;
        session->status = status;
        return sessions.update(*session).ok();
    }

    bool set(const QString& key, const QString& value) {
        auto stored = m_billing->settings().setValue(key, value);
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
    void open() {
        m_billing = std::make_unique<BillingService>(m_workspace->database(), m_workspace.clock());
    }

    TemporaryWorkspace m_workspace;
    std::unique_ptr<BillingService> m_billing;
};

} // namespace md::test
