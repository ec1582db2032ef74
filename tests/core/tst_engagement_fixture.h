#pragma once

// An encrypted workspace with the pipeline's repositories, and the client and
// engagement most repository tests start from. Header-only: each tst_*.cpp is
// its own executable.

#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "pipeline/Pipeline.h"
#include "storage/EngagementRepository.h"

#include <QTest>

#include <memory>

namespace md::test {

class EngagementFixture {
protected:
    // Call from the test's init() and cleanup() slots.
    void openFixture() {
        m_ws = std::make_unique<TemporaryWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        m_pipeline = std::make_unique<Pipeline>(m_ws->workspace().database(), m_ws->clock());
    }
    void closeFixture() {
        m_pipeline.reset();
        m_ws.reset();
    }

    qint64 addClient(const QString& name = QStringLiteral("Dana Whitfield")) {
        Client client;
        client.fullName = name;
        auto added = m_ws->workspace().clients().add(client);
        return added ? added->id : 0;
    }

    Engagement addEngagement(qint64 clientId,
                             const QString& title = QStringLiteral("Move to product")) {
        Engagement e;
        e.clientId = clientId;
        e.title = title;
        e.startDate = QDate(2026, 3, 2);
        auto added = m_pipeline->engagements().add(e);
        return added ? added.value() : Engagement{};
    }

    std::unique_ptr<TemporaryWorkspace> m_ws;
    std::unique_ptr<Pipeline> m_pipeline;
};

} // namespace md::test
