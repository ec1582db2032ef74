#pragma once

#include <QList>
#include <QMetaType>
#include <QSet>

namespace md {

// The kinds of record a change notification can name. One per table a view
// shows; a view that listens for a kind updates the rows with those ids.
enum class RecordKind {
    Client,
    Engagement,
    Need,
    Goal,
    GoalProgress,
    Action,
    Evaluation,
    Agreement,
    AgreementTemplate,
    MentorProfile,
    Session,
    SessionSeries,
    SessionReport,
    BusyTime,
    Availability,
    Invoice,
    Payment,
    Offering,
    PackageSale,
    BusinessSettings,
    PracticeSettings,
    // The calendar account's state: connected, last sync, pending changes
    // (CalendarSyncService::status()).
    CalendarSync,
    // An event changed or deleted on the CalDAV server, listed for the
    // mentor's choice (CalendarSyncService::differences()).
    CalendarDifference,
};

enum class ChangeOp { Added, Updated, Removed };

struct Change {
    RecordKind kind;
    ChangeOp op;
    qint64 id = 0;

    friend bool operator==(const Change&, const Change&) = default;
};

// What one unit of work changed, published once after it committed. A view
// asks whether the kinds it shows were touched and which ids.
//
// `external()` marks a change seen from outside this process (another
// MentorDesk window or the CLI wrote to the workspace): nothing is known about
// which rows, so every view reloads what it shows.
class ChangeSet final {
public:
    ChangeSet() = default;
    static ChangeSet externalChange();

    void add(RecordKind kind, ChangeOp op, qint64 id);
    void merge(const ChangeSet& other);
    void clear() { m_changes.clear(), m_external = false; }

    bool isEmpty() const { return m_changes.isEmpty() && !m_external; }
    bool external() const { return m_external; }
    const QList<Change>& changes() const { return m_changes; }

    // True when a record of `kind` changed (always true for an external change).
    bool touches(RecordKind kind) const;
    bool touchesAny(std::initializer_list<RecordKind> kinds) const;
    // The ids of `kind` that changed in any way, or only those with `op`.
    QSet<qint64> ids(RecordKind kind) const;
    QSet<qint64> ids(RecordKind kind, ChangeOp op) const;
    // True when the record was removed (and not added again afterwards).
    bool removed(RecordKind kind, qint64 id) const;

private:
    QList<Change> m_changes;
    bool m_external = false;
};

} // namespace md

Q_DECLARE_METATYPE(md::ChangeSet)
