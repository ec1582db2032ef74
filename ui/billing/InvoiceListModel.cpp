#include "billing/InvoiceListModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace md {

InvoiceListModel::InvoiceListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void InvoiceListModel::setRecords(const QList<InvoiceRecord>& records, const QDate& today) {
    beginResetModel();
    m_records = records;
    m_today = today;
    m_statuses.clear();
    for (const InvoiceRecord& r : m_records)
        m_statuses.append(InvoiceStatusRules::status(r, today));
    endResetModel();
}

void InvoiceListModel::clear() {
    setRecords({}, {});
}

const InvoiceRecord* InvoiceListModel::recordAt(int row) const {
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int InvoiceListModel::rowOf(qint64 invoiceId) const {
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).invoice.id == invoiceId)
            return row;
    }
    return -1;
}

InvoiceStatus InvoiceListModel::statusAt(int row) const {
    return row >= 0 && row < m_statuses.size() ? m_statuses.at(row) : InvoiceStatus::Draft;
}

int InvoiceListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int InvoiceListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::data(const QModelIndex& index, int role) const {
    const InvoiceRecord* r = recordAt(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Invoice& inv = r->invoice;
    const InvoiceStatus status = m_statuses.at(index.row());
    const QDate day = inv.isIssued() ? inv.issueDate : inv.createdUtc.toLocalTime().date();
    const Money outstanding =
        inv.isIssued() && !inv.isCreditNote() && status != InvoiceStatus::Cancelled
            ? r->outstanding()
            : Money(0, inv.currency);
    switch (role) {
    case IdRole:
        return inv.id;
    case StatusRole:
        return int(status);
    case ClientIdRole:
        return inv.clientId;
    case DayRole:
        return day;
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn || index.column() == OutstandingColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && status == InvoiceStatus::Overdue)
            return QBrush(QColor(0xb0, 0x30, 0x30));
        return {};
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return inv.isIssued() ? inv.number
                                  : QStringLiteral("~%1").arg(inv.id, 10, 10, QLatin1Char('0'));
        case DateColumn:
            return day;
        case TotalColumn:
            return r->total.minorUnits();
        case OutstandingColumn:
            return outstanding.minorUnits();
        case DueColumn:
            return inv.dueDate;
        case StatusColumn:
            return int(status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (index.column()) {
        case NumberColumn:
            if (!inv.isIssued())
                return tr("Draft %1").arg(inv.id);
            return inv.isCreditNote() ? tr("%1 (credit note)").arg(inv.number) : inv.number;
        case DateColumn:
            return locale.toString(day, QLocale::ShortFormat);
        case ClientColumn:
            return r->clientName;
        case StatusColumn:
            if (status == InvoiceStatus::Overdue)
                return tr("Overdue (%n day(s))", nullptr,
                          InvoiceStatusRules::daysOverdue(*r, m_today));
            return inv.isCreditNote() && inv.isIssued() ? tr("Credit note")
                                                        : invoiceStatusLabel(status);
        case TotalColumn:
            return r->total.format(locale);
        case OutstandingColumn:
            return outstanding.isZero() ? QString() : outstanding.format(locale);
        case DueColumn:
            return inv.isCreditNote() || !inv.dueDate.isValid()
                       ? QString()
                       : locale.toString(inv.dueDate, QLocale::ShortFormat);
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case DateColumn:
        return tr("Date");
    case ClientColumn:
        return tr("Client");
    case StatusColumn:
        return tr("Status");
    case TotalColumn:
        return tr("Total");
    case OutstandingColumn:
        return tr("Outstanding");
    case DueColumn:
        return tr("Due");
    }
    return {};
}

} // namespace md
