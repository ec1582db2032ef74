#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace md {

class Database;

// Keeps package credits assigned: every session that qualifies (held, or
// cancelled late / missed when the cancellation policy charges for it), that
// has no credit yet and is not billed on its own gets a credit from a usable
// sale, earliest expiry first; a session that no longer qualifies gives its
// credit back.
//
// It is a write, so it runs only inside the unit of work of a write that can
// change the outcome: a session held, moved, cancelled or removed; a package
// sold or taken back; a session billed on an invoice or credited; the
// cancellation policy changed. Reading credits never assigns them.
class PackageCredits final {
    Q_DECLARE_TR_FUNCTIONS(md::PackageCredits)
public:
    PackageCredits(Database& database, const Clock& clock);

    // Re-assigns the credits of one engagement; notes the sales whose use
    // changed (RecordKind::PackageSale).
    Status reassign(qint64 engagementId);
    // The same for the engagement a session belongs to (nothing when the
    // session does not exist).
    Status reassignForSession(qint64 sessionId);
    // Every engagement of a client (after a change to what is billed).
    Status reassignForClient(qint64 clientId);
    // Every engagement with a package (after a change of the policy).
    Status reassignAll();

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
