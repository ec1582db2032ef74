#pragma once

#include "billing/Invoice.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace md {

// The invoice list of the Billing area: one row per invoice or credit note,
// with its derived status (as of `today`). Reloaded from BillingService when
// billing changes; sorted and filtered by InvoiceFilterProxyModel.
class InvoiceListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        DateColumn,
        ClientColumn,
        StatusColumn,
        TotalColumn,
        OutstandingColumn,
        DueColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StatusRole,                // int(InvoiceStatus)
        ClientIdRole,              // qint64
        DayRole,                   // QDate: issue date, creation day for drafts
        SortRole,                  // raw value for sorting
    };

    explicit InvoiceListModel(QObject* parent = nullptr);

    void setRecords(const QList<InvoiceRecord>& records, const QDate& today);
    void clear();
    const InvoiceRecord* recordAt(int row) const;
    int rowOf(qint64 invoiceId) const;
    InvoiceStatus statusAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<InvoiceRecord> m_records;
    QList<InvoiceStatus> m_statuses;
    QDate m_today;
};

} // namespace md
