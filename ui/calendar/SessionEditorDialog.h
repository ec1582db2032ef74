#pragma once

#include "billing/CancellationPolicy.h"
#include "scheduling/EngagementInfo.h"
#include "scheduling/RepeatChoice.h"
#include "scheduling/Session.h"
#include "scheduling/SessionSeries.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QPushButton;

namespace md {

namespace Ui {
class SessionEditorDialog;
}

class SchedulingService;
class Workspace;

// Creates or edits one session: when (with time zone), how long, format and
// place, status, agenda, private notes, shareable notes and the summary
// fields. A new session can repeat (RepeatChoices: weekly, every two weeks,
// monthly on the date or on the Nth/last weekday, ending after a count or on
// a date). Conflict warnings update while the time changes; they never block
// saving. The dialog only collects: the calendar page saves (and asks how far
// a change to a series reaches).
class SessionEditorDialog final : public QDialog {
    Q_OBJECT
public:
    enum Outcome { Deleted = 2 }; // besides Accepted (save) and Rejected

    SessionEditorDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~SessionEditorDialog() override;

    // A new session at `startUtc` in the mentor's zone.
    void setNewSession(const QDateTime& startUtc, int minutes, qint64 engagementId = 0);
    // An existing session (and its series, for series members).
    void setSession(const Session& session, const std::optional<SessionSeries>& series);

    bool isNew() const { return m_original.id == 0; }
    const Session& original() const { return m_original; }
    // The session as edited.
    Session session() const;
    // For a new repeating session: the series to create (else nullopt).
    std::optional<SessionSeries> newSeries() const;
    // The current conflict warnings, as shown.
    QStringList warnings() const { return m_warnings; }

private:
    void build();
    void loadEngagements();
    QDateTime startInZone() const;
    QString repeatText(RepeatChoice choice) const;
    void updateRepeatChoices();
    void updateDerived(); // conflicts, the client's time, the series line
    void updateEndWidgets();
    // A new session takes its engagement's format until the mentor picks one.
    void applyEngagementFormat();
    // The cancellation's time and what the policy makes of it, shown while
    // the status is a cancellation; a new one is dated now.
    void statusChanged();
    void updateCancellation();
    QDateTime cancelledUtc(const Session& edited) const;
    void exportSummary(const QString& format);
    void addActionsToPlan();
    void accept() override;

    Workspace& m_workspace;
    SchedulingService& m_scheduling;
    std::unique_ptr<Ui::SessionEditorDialog> m_ui;
    QHash<qint64, EngagementInfo> m_engagements;
    Session m_original;
    std::optional<SessionSeries> m_series;
    QStringList m_warnings;
    bool m_loading = false;
    bool m_newSession = false;
    bool m_formatChosen = false; // the mentor picked the format themselves
    bool m_cancelledTimeShown = false;
    CancellationPolicy m_policy;

    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_summary = nullptr;
};

} // namespace md
