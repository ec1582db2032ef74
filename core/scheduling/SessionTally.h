#pragma once

#include "scheduling/Session.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace md {

// How an engagement's sessions stand against its plan ("3 of 8 held").
struct SessionTally {
    int planned = 0; // sessions agreed for the engagement (0 = no number agreed)
    int held = 0;
    int upcoming = 0;  // still planned, not yet started
    int cancelled = 0; // by either side
    int noShows = 0;

    // Counts `sessions` of one engagement at `nowUtc`.
    static SessionTally count(const QList<Session>& sessions, int plannedSessions,
                              const QDateTime& nowUtc);

    int remaining() const { return planned > held ? planned - held : 0; }
    // True when at most one planned session is left: time to talk about what
    // comes after the engagement.
    bool lastSessionNear() const { return planned > 0 && remaining() <= 1; }
    // "3 of 8 held", or "3 held" without a plan. Translated.
    QString text() const;
};

} // namespace md
