#pragma once

#include "common/Result.h"
#include "scheduling/Session.h"
#include "scheduling/SessionSeries.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace md {

// Which occurrences an edit of a series member applies to.
enum class EditScope { ThisOccurrence, ThisAndFollowing, WholeSeries };

// What an edit changes; unset fields stay as they are.
struct SessionChange {
    std::optional<QDateTime> start; // new start of the edited occurrence (zoned)
    std::optional<int> durationMinutes;
    std::optional<SessionFormat> format;
    std::optional<QString> location;
    std::optional<QString> agenda;
    std::optional<SessionStatus> status;

    bool isEmpty() const {
        return !start && !durationMinutes && !format && !location && !agenda && !status;
    }
    // True when anything but the status changes (a split is needed then).
    bool changesPlan() const { return start || durationMinutes || format || location || agenda; }
};

// The rows to write for one series edit, computed without touching storage
// so the rules can be tested on plain data. The repository applies a plan in
// one transaction.
struct SeriesPlan {
    SessionSeries series;               // the edited series (id kept), possibly truncated
    QList<Session> updated;             // existing rows that stay in `series`
    QList<Session> inserted;            // new rows of `series`
    QList<qint64> removed;              // rows to delete
    std::optional<SessionSeries> split; // "this and following" with a new plan: a new series (id 0)
    QList<Session> splitMembers;        // rows of `split`: with an id = move there, id 0 = insert
};

// The rules for editing series. Edits reshape the plan, never history: a
// series-wide change touches only planned occurrences; held, cancelled and
// no-show ones keep their time and fields. An occurrence the mentor moved on
// its own (detached) keeps its time when the whole series moves.
class SeriesPlanner final {
    Q_DECLARE_TR_FUNCTIONS(md::SeriesPlanner)
public:
    // `members` are all stored rows of the series; `anchorId` the one the
    // mentor edits. For ThisAndFollowing with a plan change (time, duration,
    // format, place, agenda) the series is split: the old one ends before the
    // anchor and a new one (new UID) starts at it, as calendar programs do.
    static Result<SeriesPlan> edit(const SessionSeries& series, const QList<Session>& members,
                                   qint64 anchorId, EditScope scope, const SessionChange& change);

    // Skips one occurrence: its row goes and its date becomes an EXDATE.
    static Result<SeriesPlan> skip(const SessionSeries& series, const QList<Session>& members,
                                   qint64 anchorId);

    // Applies the non-time fields of `change` to a row.
    static void applyFields(Session& session, const SessionChange& change);

    // What the session editor changed that a series edit can carry to other
    // occurrences: time, duration, format and place, and the status only when
    // the session becomes cancelled. Notes and summaries stay the session's own.
    static SessionChange changeBetween(const Session& original, const Session& edited);
};

} // namespace md
