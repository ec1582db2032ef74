#pragma once

#include "scheduling/Availability.h"
#include "scheduling/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace md {

// One reason to think twice about a proposed time. Warnings never block and
// never move anything: the mentor decides.
struct ConflictWarning {
    enum class Kind { SessionOverlap, BusyTimeOverlap, DayOff, OutsideWorkingHours, InsideBuffer };

    Kind kind;
    qint64 sessionId = 0;  // the other session (SessionOverlap, InsideBuffer)
    qint64 busyTimeId = 0; // the busy time (BusyTimeOverlap)
    QDateTime otherStartUtc;
    QDateTime otherEndUtc;
    QString message; // translated, ready to show
};

// Checks a proposed session time against the mentor's other sessions, the
// imported busy times and the availability. A pure function over data.
class ConflictChecker final {
    Q_DECLARE_TR_FUNCTIONS(md::ConflictChecker)
public:
    struct Proposal {
        qint64 sessionId = 0; // the session being moved or edited (ignored as "other"); 0 = new
        QDateTime startUtc;
        int durationMinutes = 60;

        QDateTime endUtc() const { return startUtc.toUTC().addSecs(qint64(durationMinutes) * 60); }
    };

    // `engagementLabels` names the other sessions in messages (engagement id
    // -> e.g. the client's name); without a label a session is "another session".
    // Cancelled sessions never conflict.
    static QList<ConflictWarning> check(const Proposal& proposal, const QList<Session>& sessions,
                                        const QList<BusyTime>& busyTimes,
                                        const Availability& availability,
                                        const QHash<qint64, QString>& engagementLabels = {});
};

} // namespace md
