#pragma once

#include "billing/Invoice.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace md {

class BillingService;
class ChangeNotifier;
class ChangeSet;
class Clock;

// The invoice list of the Billing area: one row per invoice or credit note,
// with its derived status (as of the clock's today). It follows the
// workspace's changes: the invoices a change names are read again and only
// their rows change (a payment names the invoices it paid, a renamed client
// the rows of that client); a change made by another process reloads it.
// Sorted and filtered by InvoiceFilterProxyModel.
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
    // Every text the status column can show (a long overdue count
    // included), to size the column by.
    static QStringList statusTexts();
    // The widest numbers the list shows: a credit note's and a draft's, with
    // numbers of ten characters ("2026-00123").
    static QStringList numberTexts();

    // Shows `billing`'s invoices and follows `changes`; null for none.
    void setBilling(const BillingService* billing, ChangeNotifier* changes, const Clock* clock);
    void reload();
    void clear();
    // Derives every status again when the day changed since.
    void refreshStatuses();
    const InvoiceRecord* recordAt(int row) const;
    int rowOf(qint64 invoiceId) const;
    InvoiceStatus statusAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    void applyChanges(const ChangeSet& changes);
    void upsert(const InvoiceRecord& record);
    void removeRowOf(qint64 invoiceId);

    const BillingService* m_billing = nullptr;
    const Clock* m_clock = nullptr;
    QPointer<ChangeNotifier> m_changes;
    QList<InvoiceRecord> m_records;
    QList<InvoiceStatus> m_statuses;
    QDate m_today;
};

} // namespace md
