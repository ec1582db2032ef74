#include "calendar/UpcomingSessionsWidget.h"

#include "UiStyle.h"
#include "calendar/SessionListModel.h"
#include "scheduling/Scheduling.h"
#include "scheduling/SessionTally.h"
#include "storage/AvailabilityRepository.h"
#include "storage/SessionRepository.h"
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
        m_connection = connect(&Scheduling::of(*workspace).sessions(), &SessionRepository::changed,
                               this, &UpcomingSessionsWidget::reload);
    reload();
}

void UpcomingSessionsWidget::setDays(int days) {
    m_days = std::max(1, days);
    reload();
}

void UpcomingSessionsWidget::reload() {
    m_notes.clear();
    if (!m_workspace) {
        m_model->clear();
        m_notesLabel->clear();
        return;
    }
    Scheduling& scheduling = Scheduling::of(*m_workspace);
    SessionFilter filter;
    filter.fromUtc = m_workspace->clock().nowUtc();
    filter.toUtc = filter.fromUtc.addDays(m_days);
    filter.includeCancelled = false;
    const auto sessions = scheduling.sessions().list(filter);
    const auto infos = scheduling.sessions().engagementInfos();
    QHash<qint64, QString> labels;
    QHash<qint64, QString> zones;
    if (infos) {
        for (auto it = infos->cbegin(); it != infos->cend(); ++it) {
            labels.insert(it.key(), it.value().clientName);
            zones.insert(it.key(), it.value().clientTimeZone);
        }
    }
    const Result<Availability> availability = scheduling.availability().load();
    m_model->setSessions(sessions ? *sessions : QList<Session>(), labels, zones,
                         availability ? availability->zone : QTimeZone::systemTimeZone());
    m_empty->setVisible(m_model->rowCount() == 0);

    // Engagements with a session coming up whose plan is nearly used up.
    QSet<qint64> engagements;
    if (sessions) {
        for (const Session& session : *sessions)
            engagements.insert(session.engagementId);
    }
    for (qint64 id : std::as_const(engagements)) {
        const auto tally = scheduling.sessions().tally(id);
        if (tally && tally->lastSessionNear())
            m_notes << tr("%1: the last planned session is near (%2).")
                           .arg(labels.value(id), tally->text());
    }
    std::sort(m_notes.begin(), m_notes.end());
    m_notesLabel->setText(m_notes.join(QLatin1Char('\n')));
    m_notesLabel->setVisible(!m_notes.isEmpty());
}

} // namespace md
