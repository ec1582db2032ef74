#pragma once

#include "common/Clock.h"
#include "common/Result.h"

namespace md {

class Database;

// The agreements rule of the pipeline's stage-1 gate: an engagement may leave
// "profile & agreement" only once it has a signed agreement that includes
// confidentiality terms (a mentoring agreement with its confidentiality
// clause, or a confidentiality agreement). EngagementService asks this for
// every gate check of stage 1; the rule cannot be switched off.
Result<bool> engagementHasSignedConfidentialityAgreement(Database& database, const Clock& clock,
                                                         qint64 engagementId);

} // namespace md
