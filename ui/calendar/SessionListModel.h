#pragma once

#include "scheduling/Session.h"
#include "scheduling/SessionRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace md {

// Sessions as a table (the agenda, upcoming sessions on the dashboard):
// when, client, format, status. Times in the mentor's zone; the client's own
// time is added when it differs.
class SessionListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, ClientColumn, FormatColumn, StatusColumn, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1, SortRole };

    explicit SessionListModel(QObject* parent = nullptr);

    // `labels`: engagement id -> client name; `clientZones`: engagement id ->
    // the client's IANA zone (may be empty).
    void setSessions(const QList<Session>& sessions, const QHash<qint64, QString>& labels,
                     const QHash<qint64, QString>& clientZones, const QTimeZone& zone);
    // Rows read with their names (the upcoming panel's read model).
    void setRows(const QList<SessionRow>& rows, const QTimeZone& zone);
    void clear();
    const SessionRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<SessionRow> m_rows;
    QTimeZone m_zone;
};

} // namespace md
