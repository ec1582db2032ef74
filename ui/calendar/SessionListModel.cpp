#include "calendar/SessionListModel.h"

#include "UiStyle.h"
#include "calendar/CalendarItem.h"
#include "scheduling/TimeFormat.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>

namespace md {

SessionListModel::SessionListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SessionListModel::setSessions(const QList<Session>& sessions,
                                   const QHash<qint64, QString>& labels,
                                   const QHash<qint64, QString>& clientZones,
                                   const QTimeZone& zone) {
    QList<SessionRow> rows;
    rows.reserve(sessions.size());
    for (const Session& s : sessions) {
        SessionRow row;
        row.sessionId = s.id;
        row.engagementId = s.engagementId;
        row.startUtc = s.startUtc();
        row.endUtc = s.endUtc();
        row.format = s.format;
        row.location = s.location;
        row.status = s.status;
        row.clientName = labels.value(s.engagementId);
        row.clientTimeZone = clientZones.value(s.engagementId);
        rows.append(row);
    }
    setRows(rows, zone);
}

void SessionListModel::setRows(const QList<SessionRow>& rows, const QTimeZone& zone) {
    beginResetModel();
    m_rows = rows;
    m_zone = zone;
    endResetModel();
}

void SessionListModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SessionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SessionRow& s = m_rows.at(index.row());
    if (role == SessionIdRole)
        return s.sessionId;
    if (role == SortRole && index.column() == WhenColumn)
        return s.startUtc;
    const QDateTime local = s.startUtc.toTimeZone(m_zone);
    const QDateTime end = s.endUtc.toTimeZone(m_zone);
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case WhenColumn:
            return QStringLiteral("%1  %2–%3")
                .arg(QLocale().toString(local.date(), QStringLiteral("ddd d MMM yyyy")),
                     TimeFormat::shortTime(local.time()), TimeFormat::shortTime(end.time()));
        case ClientColumn: {
            QString text = s.clientName;
            const QString& zoneId = s.clientTimeZone;
            const QTimeZone clientZone(zoneId.toUtf8());
            if (!zoneId.isEmpty() && clientZone.isValid() &&
                clientZone.offsetFromUtc(s.startUtc) != m_zone.offsetFromUtc(s.startUtc))
                text += tr(" (%1 their time)")
                            .arg(TimeFormat::shortTime(s.startUtc.toTimeZone(clientZone).time()));
            return text;
        }
        case FormatColumn:
            return s.location.isEmpty()
                       ? sessionFormatLabel(s.format)
                       : sessionFormatLabel(s.format) + QStringLiteral(" · ") + s.location;
        case StatusColumn:
            return sessionStatusLabel(s.status);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && s.isCancelled())
        return QBrush(ui::blend(QGuiApplication::palette().color(QPalette::Text),
                                QGuiApplication::palette().color(QPalette::Base), 0.4));
    if (role == Qt::DecorationRole && index.column() == WhenColumn) {
        CalendarItem item;
        item.engagementId = s.engagementId;
        item.status = s.status;
        return CalendarItems::colorFor(item, QGuiApplication::palette());
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ClientColumn:
        return tr("Client");
    case FormatColumn:
        return tr("Format");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace md
