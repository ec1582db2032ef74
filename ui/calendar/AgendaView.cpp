#include "calendar/AgendaView.h"

#include "UiStyle.h"
#include "calendar/SessionListModel.h"
#include "scheduling/ZonedTime.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

AgendaView::AgendaView(QWidget* parent)
    : CalendarView(parent) {
    setObjectName(QStringLiteral("agendaView"));
    m_model = new SessionListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(SessionListModel::ClientColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SessionListModel::SortRole);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("agendaFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by client"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("agendaTableView"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionListModel::WhenColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    ui::keepNamesWhole(m_table, SessionListModel::ClientColumn);
    auto open = [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT openRequested(index.data(SessionListModel::SessionIdRole).toLongLong());
    };
    connect(m_table, &QTableView::doubleClicked, this, open);
    connect(m_table, &QTableView::activated, this, open);

    m_empty = new QLabel(tr("No sessions in these four weeks. Double-click a free time in the week "
                            "view, or use New Session, to plan one."),
                         this);
    m_empty->setObjectName(QStringLiteral("agendaEmptyLabel"));
    m_empty->setWordWrap(true);
    ui::styleAsSecondary(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
}

void AgendaView::setAnchor(const QDate& day) {
    m_first = day;
}

QDateTime AgendaView::rangeStartUtc() const {
    return ZonedTime::toUtc(m_first, QTime(0, 0), zone());
}

QDateTime AgendaView::rangeEndUtc() const {
    return ZonedTime::toUtc(m_first.addDays(28), QTime(0, 0), zone());
}

void AgendaView::setItems(const QList<CalendarItem>& /*items*/) {
    // The agenda lists sessions with their details: see setSessions().
}

void AgendaView::setSessions(const QList<Session>& sessions, const QHash<qint64, QString>& labels,
                             const QHash<qint64, QString>& clientZones) {
    m_model->setSessions(sessions, labels, clientZones, zone());
    m_empty->setVisible(sessions.isEmpty());
}

} // namespace md
