#include "search/SearchHitOpener.h"

#include "MainWindow.h"
#include "agreements/AgreementsArea.h"
#include "billing/BillingArea.h"
#include "calendar/CalendarPage.h"
#include "clients/ClientsPage.h"
#include "pipeline/EngagementPage.h"
#include "pipeline/PipelineArea.h"
#include "search/SearchHit.h"

namespace md {

namespace {

bool openInEngagement(MainWindow& window, const SearchHit& hit, Stage stage, qint64 itemId) {
    auto* pipeline = window.findChild<PipelineArea*>();
    if (!pipeline || hit.engagementId == 0)
        return false;
    window.setCurrentArea(pipeline);
    pipeline->openEngagement(hit.engagementId);
    EngagementPage* page = pipeline->engagementPage();
    if (!page || page->engagementId() != hit.engagementId)
        return false;
    if (itemId == 0) {
        page->showStage(stage);
        return true;
    }
    return page->showItem(stage, itemId);
}

} // namespace

bool openSearchHit(MainWindow& window, const SearchHit& hit) {
    switch (hit.kind) {
    case SearchKind::Client: {
        ClientsPage* clients = window.clientsPage();
        if (!clients)
            return false;
        window.setCurrentArea(clients);
        return clients->selectClient(hit.id);
    }
    case SearchKind::Engagement: {
        auto* pipeline = window.findChild<PipelineArea*>();
        if (!pipeline)
            return false;
        window.setCurrentArea(pipeline);
        pipeline->openEngagement(hit.id);
        return pipeline->engagementPage() && pipeline->engagementPage()->engagementId() == hit.id;
    }
    case SearchKind::Need:
        return openInEngagement(window, hit, Stage::Needs, hit.id);
    case SearchKind::Goal:
        return openInEngagement(window, hit, Stage::Goals, hit.goalId);
    case SearchKind::Action:
        return openInEngagement(window, hit, Stage::ActionPlan, hit.id);
    case SearchKind::Evaluation:
        return openInEngagement(window, hit, Stage::Evaluation, hit.goalId);
    case SearchKind::Session: {
        auto* calendar = window.findChild<CalendarPage*>();
        if (!calendar)
            return false;
        window.setCurrentArea(calendar);
        calendar->setAnchor(hit.when.toLocalTime().date());
        calendar->openSession(hit.id);
        return true;
    }
    case SearchKind::Agreement: {
        auto* agreements = window.findChild<AgreementsArea*>();
        if (!agreements)
            return false;
        window.setCurrentArea(agreements);
        agreements->select(hit.id);
        return agreements->currentId() == hit.id;
    }
    case SearchKind::Invoice: {
        auto* billing = window.findChild<BillingArea*>();
        if (!billing)
            return false;
        window.setCurrentArea(billing);
        return billing->selectInvoice(hit.id);
    }
    }
    return false;
}

} // namespace md
