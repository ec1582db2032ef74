#include "billing/BillingReportModels.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace md {

namespace {

QVariant numberAlignment() {
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

QVariant boldFont() {
    QFont font;
    font.setBold(true);
    return font;
}

} // namespace

// --- PaymentListModel -----------------------------------------------------

void PaymentListModel::setPayments(const QList<PaymentRecord>& payments) {
    beginResetModel();
    m_payments = payments;
    std::reverse(m_payments.begin(), m_payments.end()); // newest first
    endResetModel();
}

const PaymentRecord* PaymentListModel::paymentAt(int row) const {
    return row >= 0 && row < m_payments.size() ? &m_payments.at(row) : nullptr;
}

int PaymentListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant PaymentListModel::data(const QModelIndex& index, int role) const {
    const PaymentRecord* r = paymentAt(index.row());
    if (!r || !index.isValid())
        return {};
    if (role == IdRole)
        return r->payment.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == AmountColumn ? numberAlignment() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        return locale.toString(r->payment.receivedOn, QLocale::ShortFormat);
    case ClientColumn:
        return r->clientName;
    case AmountColumn:
        return r->payment.amount.format(locale);
    case MethodColumn:
        return paymentMethodLabel(r->payment.method);
    case ReferenceColumn:
        return r->payment.reference;
    case InvoicesColumn:
        return r->invoiceNumbers.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ClientColumn:
        return tr("Client");
    case AmountColumn:
        return tr("Amount");
    case MethodColumn:
        return tr("Method");
    case ReferenceColumn:
        return tr("Reference");
    case InvoicesColumn:
        return tr("Invoices");
    default:
        return {};
    }
}

// --- RevenueModel ---------------------------------------------------------

void RevenueModel::setRevenue(const QList<RevenueRow>& months, const RevenueRow& year) {
    beginResetModel();
    m_rows = months;
    if (!months.isEmpty())
        m_rows.append(year);
    endResetModel();
}

int RevenueModel::rowOfMonth(int month) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).month == month && month > 0)
            return row;
    return -1;
}

const RevenueRow* RevenueModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RevenueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RevenueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant RevenueModel::data(const QModelIndex& index, int role) const {
    const RevenueRow* r = rowAt(index.row());
    if (!r || !index.isValid())
        return {};
    const bool total = r->month == 0;
    switch (role) {
    case Qt::FontRole:
        return total ? boldFont() : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == MonthColumn ? QVariant() : numberAlignment();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case MonthColumn:
        return total ? tr("Year %1").arg(r->year) : locale.standaloneMonthName(r->month);
    case NetColumn:
        return r->net.format(locale);
    case TaxColumn:
        return r->tax.format(locale);
    case InvoicedColumn:
        return r->gross.format(locale);
    case ReceivedColumn:
        return r->received.format(locale);
    default:
        return {};
    }
}

QVariant RevenueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case NetColumn:
        return tr("Net");
    case TaxColumn:
        return tr("Tax");
    case InvoicedColumn:
        return tr("Invoiced");
    case ReceivedColumn:
        return tr("Received");
    default:
        return {};
    }
}

// --- AgeingModel ----------------------------------------------------------

void AgeingModel::setRows(const QList<AgeingRow>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const AgeingRow* AgeingModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AgeingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgeingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant AgeingModel::data(const QModelIndex& index, int role) const {
    const AgeingRow* r = rowAt(index.row());
    if (!r || !index.isValid())
        return {};
    switch (role) {
    case ClientIdRole:
        return r->clientId;
    case Qt::FontRole:
        return r->clientId == 0 ? boldFont() : QVariant(); // the total
    case Qt::TextAlignmentRole:
        return index.column() == ClientColumn ? QVariant() : numberAlignment();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case ClientColumn:
        return r->clientName;
    case Days0to30Column:
        return r->days0to30.format(locale);
    case Days31to60Column:
        return r->days31to60.format(locale);
    case Days61to90Column:
        return r->days61to90.format(locale);
    case Over90Column:
        return r->over90.format(locale);
    case TotalColumn:
        return r->total.format(locale);
    case OverdueColumn:
        return r->overdue.format(locale);
    default:
        return {};
    }
}

QVariant AgeingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case Days0to30Column:
        return tr("0–30 days");
    case Days31to60Column:
        return tr("31–60");
    case Days61to90Column:
        return tr("61–90");
    case Over90Column:
        return tr("Over 90");
    case TotalColumn:
        return tr("Total");
    case OverdueColumn:
        return tr("Overdue");
    default:
        return {};
    }
}

// --- OverdueInvoiceModel --------------------------------------------------

void OverdueInvoiceModel::setInvoices(const QList<InvoiceRecord>& invoices, const QDate& today) {
    beginResetModel();
    m_invoices = invoices;
    m_today = today;
    endResetModel();
}

const InvoiceRecord* OverdueInvoiceModel::invoiceAt(int row) const {
    return row >= 0 && row < m_invoices.size() ? &m_invoices.at(row) : nullptr;
}

int OverdueInvoiceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int OverdueInvoiceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant OverdueInvoiceModel::data(const QModelIndex& index, int role) const {
    const InvoiceRecord* r = invoiceAt(index.row());
    if (!r || !index.isValid())
        return {};
    if (role == IdRole)
        return r->invoice.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= OutstandingColumn ? numberAlignment() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return r->invoice.number;
    case ClientColumn:
        return r->clientName;
    case OutstandingColumn:
        return r->outstanding().format(QLocale());
    case DaysColumn:
        return QString::number(InvoiceStatusRules::daysOverdue(*r, m_today));
    default:
        return {};
    }
}

QVariant OverdueInvoiceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Invoice");
    case ClientColumn:
        return tr("Client");
    case OutstandingColumn:
        return tr("Outstanding");
    case DaysColumn:
        return tr("Days overdue");
    default:
        return {};
    }
}

} // namespace md
