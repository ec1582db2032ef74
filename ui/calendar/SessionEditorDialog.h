#pragma once

#include "scheduling/Session.h"
#include "scheduling/SessionSeries.h"
#include "storage/SessionRepository.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace md {

class Scheduling;
class Workspace;

// Creates or edits one session: when (with time zone), how long, format and
// place, status, agenda, private notes, shareable notes and the summary
// fields. A new session can repeat (weekly, every two weeks, monthly on the
// date or on the Nth/last weekday, ending after a count or on a date).
// Conflict warnings update while the time changes; they never block saving.
// The dialog only collects: the calendar page saves (and asks how far a
// change to a series reaches).
class SessionEditorDialog final : public QDialog {
    Q_OBJECT
public:
    enum Outcome { Deleted = 2 }; // besides Accepted (save) and Rejected

    SessionEditorDialog(Workspace& workspace, QWidget* parent = nullptr);

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
    void updateRepeatChoices();
    void updateDerived(); // conflicts, the client's time, the series line
    void updateEndWidgets();
    void exportSummary(const QString& format);
    void addActionsToPlan();
    void accept() override;

    Workspace& m_workspace;
    Scheduling& m_scheduling;
    QHash<qint64, SessionRepository::EngagementInfo> m_engagements;
    Session m_original;
    std::optional<SessionSeries> m_series;
    QStringList m_warnings;
    bool m_loading = false;

    QTabWidget* m_tabs = nullptr;
    QFormLayout* m_form = nullptr;
    int m_repeatRow = 0;
    QComboBox* m_engagement = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QComboBox* m_zone = nullptr;
    QSpinBox* m_duration = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_location = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_repeat = nullptr;
    QComboBox* m_end = nullptr;
    QSpinBox* m_count = nullptr;
    QDateEdit* m_until = nullptr;
    QLabel* m_seriesLabel = nullptr;
    QLabel* m_clientTime = nullptr;
    QLabel* m_conflicts = nullptr;
    QPlainTextEdit* m_agenda = nullptr;
    QPlainTextEdit* m_privateNotes = nullptr;
    QPlainTextEdit* m_shareableNotes = nullptr;
    QPlainTextEdit* m_topics = nullptr;
    QPlainTextEdit* m_goalProgress = nullptr;
    QPlainTextEdit* m_agreedActions = nullptr;
    QPlainTextEdit* m_nextSteps = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_summary = nullptr;
    QPushButton* m_addActions = nullptr;
};

} // namespace md
