#pragma once

#include "calendar/CalendarView.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace md {

class SessionListModel;

// The agenda: sessions as a list for four weeks from the chosen day,
// filterable by client. Double-click (or Enter) opens one.
class AgendaView final : public CalendarView {
    Q_OBJECT
public:
    explicit AgendaView(QWidget* parent = nullptr);

    void setAnchor(const QDate& day) override;
    QDateTime rangeStartUtc() const override;
    QDateTime rangeEndUtc() const override;
    void setItems(const QList<CalendarItem>& items) override;
    void setSessions(const QList<Session>& sessions, const QHash<qint64, QString>& labels,
                     const QHash<qint64, QString>& clientZones);

    SessionListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    QDate m_first;
    SessionListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace md
