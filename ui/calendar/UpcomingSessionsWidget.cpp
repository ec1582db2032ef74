#include "calendar/UpcomingSessionsWidget.h"

#include "UiStyle.h"
#include "calendar/SessionListModel.h"
#include "common/ChangeNotifier.h"
#include "scheduling/SchedulingService.h"
#include "workspace/Workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

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
    // The client column (with the client's own time) takes the spare room.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SessionListModel::ClientColumn, QHeaderView::Stretch);
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
}

void UpcomingSessionsWidget::setWorkspace(Workspace* workspace) {
    disconnect(m_connection);
    m_workspace = workspace;
    if (workspace)
        m_connection = connect(&workspace->changes(), &ChangeNotifier::changed, this,
                               &UpcomingSessionsWidget::follow);
    reload();
}

void UpcomingSessionsWidget::follow(const ChangeSet& changes) {
    if (!m_workspace)
        return;
    // Names and the mentor's zone are on every row; external changes count too.
    if (changes.touchesAny(
            {RecordKind::Client, RecordKind::Engagement, RecordKind::Availability})) {
        reload();
        return;
    }
    const QSet<qint64> ids = changes.ids(RecordKind::Session);
    if (ids.isEmpty())
        return;
    if (ids.intersects(m_shownSessions)) {
        reload();
        return;
    }
    // A session removed elsewhere may have counted in a shown engagement's
    // tally; one still there counts when it lies in the window or belongs to
    // a shown engagement.
    SessionFilter filter;
    filter.ids = ids;
    const auto changed = m_workspace->scheduling().sessions(filter);
    if (!changed || (changed->size() < ids.size() && !m_shownEngagements.isEmpty())) {
        reload();
        return;
    }
    for (const Session& session : *changed) {
        if (m_shownEngagements.contains(session.engagementId) ||
            (!session.isCancelled() && session.overlaps(m_fromUtc, m_toUtc))) {
            reload();
            return;
        }
    }
}

void UpcomingSessionsWidget::setDays(int days) {
    m_days = std::max(1, days);
    reload();
}

void UpcomingSessionsWidget::reload() {
    m_notes.clear();
    m_shownSessions.clear();
    m_shownEngagements.clear();
    if (!m_workspace) {
        m_model->clear();
        m_notesLabel->clear();
        return;
    }
    const SchedulingService& scheduling = m_workspace->scheduling();
    SessionFilter filter;
    filter.fromUtc = m_fromUtc = m_workspace->clock().nowUtc();
    filter.toUtc = m_toUtc = filter.fromUtc.addDays(m_days);
    filter.includeCancelled = false;
    const auto sessions = scheduling.sessions(filter);
    const auto infos = scheduling.engagementInfos();
    QHash<qint64, QString> labels;
    QHash<qint64, QString> zones;
    if (infos) {
        for (auto it = infos->cbegin(); it != infos->cend(); ++it) {
            labels.insert(it.key(), it.value().clientName);
            zones.insert(it.key(), it.value().clientTimeZone);
        }
    }
    const Result<Availability> availability = scheduling.availability();
    m_model->setSessions(sessions ? *sessions : QList<Session>(), labels, zones,
                         availability ? availability->zone : QTimeZone::systemTimeZone());
    m_empty->setVisible(m_model->rowCount() == 0);

    // Engagements with a session coming up whose plan is nearly used up.
    if (sessions) {
        for (const Session& session : *sessions) {
            m_shownSessions.insert(session.id);
            m_shownEngagements.insert(session.engagementId);
        }
    }
    for (qint64 id : std::as_const(m_shownEngagements)) {
        const auto tally = scheduling.tally(id);
        if (tally && tally->lastSessionNear())
            m_notes << tr("%1: the last planned session is near (%2).")
                           .arg(labels.value(id), tally->text());
    }
    std::sort(m_notes.begin(), m_notes.end());
    m_notesLabel->setText(m_notes.join(QLatin1Char('\n')));
    m_notesLabel->setVisible(!m_notes.isEmpty());
}

} // namespace md
