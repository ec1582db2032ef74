#include "agreements/AgreementGate.h"

#include "storage/AgreementRepository.h"

namespace md {

Result<bool> engagementHasSignedConfidentialityAgreement(Database& database, qint64 engagementId) {
    return AgreementRepository(database, SystemClock::instance())
        .hasSignedConfidentialityTerms(engagementId);
}

} // namespace md
