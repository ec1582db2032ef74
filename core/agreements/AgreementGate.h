#pragma once

#include "common/Result.h"

namespace md {

class Database;

// The agreements rule of the pipeline's stage-1 gate: an engagement may leave
// "profile & agreement" only once it has a signed agreement that includes
// confidentiality terms (a mentoring agreement with its confidentiality
// clause, or a confidentiality agreement).
Result<bool> engagementHasSignedConfidentialityAgreement(Database& database, qint64 engagementId);

} // namespace md
