#include "agreements/AgreementGate.h"

#include "storage/AgreementRepository.h"

namespace md {

Result<bool> engagementHasSignedConfidentialityAgreement(Database& database, const Clock& clock,
                                                         qint64 engagementId) {
    return AgreementRepository(database, clock).hasSignedConfidentialityTerms(engagementId);
}

} // namespace md
