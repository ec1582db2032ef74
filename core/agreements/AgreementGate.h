#pragma once

#include "common/Result.h"

namespace md {

class Database;
class Workspace;

// The agreements rule of the pipeline's stage-1 gate: an engagement may leave
// "profile & agreement" only once it has a signed agreement that includes
// confidentiality terms (a mentoring agreement with its confidentiality
// clause, or a confidentiality agreement).
Result<bool> engagementHasSignedConfidentialityAgreement(Database& database, qint64 engagementId);

} // namespace md

namespace md {

// Turns the rule on for the workspace's pipeline (Pipeline::of): installs the
// fact above into its EngagementService and enables
// GatePolicy::requireSignedAgreement. Call once after unlocking, before the
// pipeline is used; the UI and the CLI then apply the same gate.
void installAgreementGate(Workspace& workspace);

} // namespace md
