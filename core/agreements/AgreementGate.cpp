#include "agreements/AgreementGate.h"

#include "pipeline/EngagementService.h"
#include "pipeline/Pipeline.h"
#include "storage/AgreementRepository.h"
#include "workspace/Workspace.h"

namespace md {

Result<bool> engagementHasSignedConfidentialityAgreement(Database& database, qint64 engagementId) {
    return AgreementRepository(database, SystemClock::instance())
        .hasSignedConfidentialityTerms(engagementId);
}

void installAgreementGate(Workspace& workspace) {
    EngagementService& service = Pipeline::of(workspace).service();
    Database* database = &workspace.database();
    service.setAgreementFact([database](qint64 engagementId) -> std::optional<bool> {
        Result<bool> fact = engagementHasSignedConfidentialityAgreement(*database, engagementId);
        return fact ? std::optional<bool>(*fact) : std::nullopt; // unknown counts as not signed
    });
    GatePolicy policy = service.gatePolicy();
    policy.requireSignedAgreement = true;
    service.setGatePolicy(policy);
}

} // namespace md
