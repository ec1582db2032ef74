#include "calendar/UpcomingSessionsWidget.h"

#include "LoadOnShow.h"
#include "UiStyle.h"
#include "calendar/SessionListModel.h"
#include "common/ChangeNotifier.h"
#include "scheduling/SchedulingService.h"
#include "workspace/Workspace.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace md {

namespace {
// How many sessions the panel lists at most, and how long a list stays
// current with nothing changed (the window's end moves with the clock).
constexpr int kMaxSessions = 50;
constexpr qint64 kFreshSeconds = 15 * 60;
} // namespace

UpcomingSessionsWidget::UpcomingSessionsWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("upcomingSessionsWidget"));
    auto* title = new QLabel(tr("Upcoming sessions"), this);
    ui::styleAsHeading(title, 1.15);
    m_model = new SessionListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("upcomingSessionsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    // The client column (with the client's own time) takes the spare room,
    // and never less than a full name.
    ui::keepNamesWhole(m_table, SessionListModel::ClientColumn);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT openRequested(index.data(SessionListModel::SessionIdRole).toLongLong());
    });
    m_empty = new QLabel(tr("Nothing planned for the coming days."), this);
    ui::styleAsSecondary(m_empty);
    m_notesLabel = new QLabel(this);
    m_notesLabel->setObjectName(QStringLiteral("lastSessionNotesLabel"));
    m_notesLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_notesLabel);
    m_load = new LoadOnShow(this, [this] { reload(); });
}

int UpcomingSessionsWidget::loads() const {
    return m_load->loads();
}

void UpcomingSessionsWidget::setWorkspace(Workspace* workspace) {
    disconnect(m_connection);
    m_workspace = workspace;
    if (workspace)
        m_connection = connect(&workspace->changes(), &ChangeNotifier::changed, this,
                               &UpcomingSessionsWidget::follow);
    if (!workspace) {
        m_load->cancel();
        reload(); // empties, reads nothing
        return;
    }
    m_load->request();
}

void UpcomingSessionsWidget::showEvent(QShowEvent* event) {
    // Time moved on since the last read: a session has started, or the
    // window's end has moved by more than the list allows.
    if (m_workspace && m_expiresUtc.isValid() && m_workspace->clock().nowUtc() >= m_expiresUtc)
        m_load->request();
    QWidget::showEvent(event);
}

void UpcomingSessionsWidget::follow(const ChangeSet& changes) {
    if (!m_workspace)
        return;
    const QSet<qint64> ids = changes.ids(RecordKind::Session);
    // Names and the mentor's zone are on every row; external changes count too.
    const bool everything =
        changes.touchesAny({RecordKind::Client, RecordKind::Engagement, RecordKind::Availability});
    if (!everything && ids.isEmpty())
        return;
    // Hidden: no read to find out whether the change concerns it, the next
    // show reads the short list again anyway.
    if (everything || !isVisible() || ids.intersects(m_shownSessions)) {
        m_load->request();
        return;
    }
    // A session removed elsewhere may have counted in a shown engagement's
    // tally; one still there counts when it starts in the window or belongs
    // to a shown engagement.
    SessionFilter filter;
    filter.ids = ids;
    const auto changed = m_workspace->scheduling().sessions(filter);
    if (!changed || (changed->size() < ids.size() && !m_shownEngagements.isEmpty())) {
        m_load->request();
        return;
    }
    for (const Session& session : *changed) {
        if (m_shownEngagements.contains(session.engagementId) ||
            (!session.isCancelled() && session.startUtc() >= m_fromUtc &&
             session.startUtc() < m_toUtc)) {
            m_load->request();
            return;
        }
    }
}

void UpcomingSessionsWidget::setDays(int days) {
    m_days = std::max(1, days);
    if (m_workspace)
        m_load->request();
}

void UpcomingSessionsWidget::reload() {
    m_notes.clear();
    m_shownSessions.clear();
    m_shownEngagements.clear();
    m_expiresUtc = {};
    if (!m_workspace) {
        m_model->clear();
        m_notesLabel->clear();
        m_notesLabel->hide();
        return;
    }
    const SchedulingService& scheduling = m_workspace->scheduling();
    m_fromUtc = m_workspace->clock().nowUtc();
    m_toUtc = m_fromUtc.addDays(m_days);
    const auto upcoming = scheduling.upcoming(m_fromUtc, m_toUtc, kMaxSessions);
    const Result<Availability> availability = scheduling.availability();
    const QTimeZone zone = availability ? availability->zone : QTimeZone::systemTimeZone();
    m_model->setRows(upcoming ? upcoming->sessions : QList<SessionRow>(), zone);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_expiresUtc = m_fromUtc.addSecs(kFreshSeconds);
    if (!upcoming) {
        m_empty->setText(upcoming.message());
        m_notesLabel->hide();
        return;
    }
    m_empty->setText(tr("Nothing planned for the coming days."));

    // Engagements with a session coming up whose plan is nearly used up.
    QHash<qint64, QString> names;
    for (const SessionRow& row : upcoming->sessions) {
        m_shownSessions.insert(row.sessionId);
        m_shownEngagements.insert(row.engagementId);
        names.insert(row.engagementId, row.clientName);
        m_expiresUtc = std::min(m_expiresUtc, row.startUtc);
    }
    for (auto it = upcoming->tallies.cbegin(); it != upcoming->tallies.cend(); ++it) {
        if (it.value().lastSessionNear())
            m_notes << tr("%1: the last planned session is near (%2).")
                           .arg(names.value(it.key()), it.value().text());
    }
    std::sort(m_notes.begin(), m_notes.end());
    m_notesLabel->setText(m_notes.join(QLatin1Char('\n')));
    m_notesLabel->setVisible(!m_notes.isEmpty());
}

} // namespace md
