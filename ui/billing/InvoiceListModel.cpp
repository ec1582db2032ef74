#include "billing/InvoiceListModel.h"

#include "billing/BillingService.h"
#include "common/ChangeNotifier.h"
#include "common/Clock.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace md {

InvoiceListModel::InvoiceListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void InvoiceListModel::setBilling(const BillingService* billing, ChangeNotifier* changes,
                                  const Clock* clock) {
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_billing = billing;
    m_clock = clock;
    m_changes = changes;
    if (m_changes)
        connect(m_changes, &ChangeNotifier::changed, this, &InvoiceListModel::applyChanges);
    reload();
}

void InvoiceListModel::reload() {
    beginResetModel();
    m_records.clear();
    m_statuses.clear();
    m_today = m_clock ? m_clock->today() : QDate();
    if (m_billing) {
        auto records = m_billing->invoiceRows(); // the read model: no frozen texts
        if (records) {
            m_records = *records;
            for (const InvoiceRecord& r : std::as_const(m_records))
                m_statuses.append(InvoiceStatusRules::status(r, m_today));
        } else {
            Q_EMIT loadFailed(records.message());
        }
    }
    endResetModel();
}

void InvoiceListModel::clear() {
    setBilling(nullptr, nullptr, nullptr);
}

void InvoiceListModel::applyChanges(const ChangeSet& changes) {
    if (!m_billing || !changes.touchesAny({RecordKind::Invoice, RecordKind::Client}))
        return;
    if (changes.external()) {
        reload();
        return;
    }
    refreshStatuses();
    QSet<qint64> invoices = changes.ids(RecordKind::Invoice);
    // A client's new name shows on every row of that client.
    const QSet<qint64> clients = changes.ids(RecordKind::Client);
    for (const InvoiceRecord& r : std::as_const(m_records))
        if (clients.contains(r.invoice.clientId))
            invoices.insert(r.invoice.id);
    for (qint64 id : std::as_const(invoices)) {
        if (changes.removed(RecordKind::Invoice, id)) {
            removeRowOf(id);
            continue;
        }
        auto record = m_billing->record(id);
        if (record)
            upsert(*record);
        else if (record.code() == ErrorCode::NotFound)
            removeRowOf(id);
        else
            Q_EMIT loadFailed(record.message());
    }
}

void InvoiceListModel::refreshStatuses() {
    // Statuses are derived against today: on a new day every row may move
    // (issued → overdue), so each is computed again.
    const QDate today = m_clock ? m_clock->today() : QDate();
    if (today == m_today)
        return;
    m_today = today;
    for (int row = 0; row < m_records.size(); ++row)
        m_statuses[row] = InvoiceStatusRules::status(m_records.at(row), m_today);
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void InvoiceListModel::upsert(const InvoiceRecord& record) {
    const InvoiceStatus status = InvoiceStatusRules::status(record, m_today);
    const int existing = rowOf(record.invoice.id);
    if (existing >= 0) {
        m_records[existing] = record;
        m_statuses[existing] = status;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    m_statuses.append(status);
    endInsertRows();
}

void InvoiceListModel::removeRowOf(qint64 invoiceId) {
    const int row = rowOf(invoiceId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    m_statuses.removeAt(row);
    endRemoveRows();
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

QStringList InvoiceListModel::statusTexts() {
    QStringList texts;
    for (InvoiceStatus status : allInvoiceStatuses())
        texts << invoiceStatusLabel(status);
    texts << tr("Credit note") << tr("Overdue (%n day(s))", nullptr, 999);
    return texts;
}

QStringList InvoiceListModel::numberTexts() {
    const QString widest = QStringLiteral("0000-00000");
    return {widest, tr("%1 (credit note)").arg(widest), tr("Draft %1").arg(99999)};
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
