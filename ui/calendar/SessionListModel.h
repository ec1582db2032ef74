#pragma once

#include "scheduling/Session.h"

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
    void clear();
    const Session& sessionAt(int row) const { return m_sessions.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Session> m_sessions;
    QHash<qint64, QString> m_labels;
    QHash<qint64, QString> m_clientZones;
    QTimeZone m_zone;
};

} // namespace md
