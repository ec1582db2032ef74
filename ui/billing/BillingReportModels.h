#pragma once

#include "billing/BillingReports.h"
#include "billing/Invoice.h"
#include "billing/Payment.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace md {

// The item models of the billing reports and the dashboard's billing panel.
// Each holds the rows the core computed (BillingService::overview) and turns
// them into text only in data(); nothing is ever read back from the text.

// Payments received, newest first.
class PaymentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        ClientColumn,
        AmountColumn,
        MethodColumn,
        ReferenceColumn,
        InvoicesColumn
    };
    static constexpr int kColumnCount = 6;
    static constexpr int IdRole = Qt::UserRole + 1; // the payment's id (qint64)

    using QAbstractTableModel::QAbstractTableModel;
    // `payments` oldest first, as BillingService lists them.
    void setPayments(const QList<PaymentRecord>& payments);
    const PaymentRecord* paymentAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PaymentRecord> m_payments;
};

// Revenue by month of one year, with the year's total as the last, bold row.
class RevenueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { MonthColumn, NetColumn, TaxColumn, InvoicedColumn, ReceivedColumn };
    static constexpr int kColumnCount = 5;

    using QAbstractTableModel::QAbstractTableModel;
    // No months: no rows, not even the total.
    void setRevenue(const QList<RevenueRow>& months, const RevenueRow& year);
    // The row of a month (1..12), -1 when not shown.
    int rowOfMonth(int month) const;
    const RevenueRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RevenueRow> m_rows; // the months, then the year (month 0)
};

// What each client owes by age of the invoice; the last, bold row is the total.
class AgeingModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ClientColumn,
        Days0to30Column,
        Days31to60Column,
        Days61to90Column,
        Over90Column,
        TotalColumn,
        OverdueColumn
    };
    static constexpr int kColumnCount = 7;
    static constexpr int ClientIdRole = Qt::UserRole + 1; // 0 on the total row

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<AgeingRow>& rows);
    const AgeingRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AgeingRow> m_rows;
};

// Issued invoices past their due date, most overdue first.
class OverdueInvoiceModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, ClientColumn, OutstandingColumn, DaysColumn };
    static constexpr int kColumnCount = 4;
    static constexpr int IdRole = Qt::UserRole + 1; // the invoice's id (qint64)

    using QAbstractTableModel::QAbstractTableModel;
    void setInvoices(const QList<InvoiceRecord>& invoices, const QDate& today);
    const InvoiceRecord* invoiceAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<InvoiceRecord> m_invoices;
    QDate m_today;
};

} // namespace md
