#include "scheduling/SessionTally.h"

#include <QCoreApplication>

namespace md {

SessionTally SessionTally::count(const QList<Session>& sessions, int plannedSessions,
                                 const QDateTime& nowUtc) {
    SessionTally tally;
    tally.planned = std::max(0, plannedSessions);
    for (const Session& session : sessions) {
        switch (session.status) {
        case SessionStatus::Held:
            ++tally.held;
            break;
        case SessionStatus::Planned:
            if (session.startUtc() >= nowUtc)
                ++tally.upcoming;
            break;
        case SessionStatus::CancelledByClient:
        case SessionStatus::CancelledByMentor:
            ++tally.cancelled;
            break;
        case SessionStatus::NoShow:
            ++tally.noShows;
            break;
        }
    }
    return tally;
}

QString SessionTally::text() const {
    if (planned <= 0)
        return QCoreApplication::translate("md::SessionTally", "%n held", nullptr, held);
    return QCoreApplication::translate("md::SessionTally", "%1 of %n held", nullptr, planned)
        .arg(held);
}

} // namespace md
