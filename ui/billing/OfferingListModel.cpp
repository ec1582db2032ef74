#include "billing/OfferingListModel.h"

#include "billing/BillingService.h"
#include "common/ChangeNotifier.h"

#include <QLocale>

#include <tuple>

namespace md {

namespace {

auto sortKey(const Offering& o) {
    return std::make_tuple(offeringKindKey(o.kind), o.name.toCaseFolded(), o.id);
}

} // namespace

OfferingListModel::OfferingListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void OfferingListModel::setBilling(const BillingService* billing, ChangeNotifier* changes) {
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_billing = billing;
    m_changes = changes;
    if (m_changes)
        connect(m_changes, &ChangeNotifier::changed, this, &OfferingListModel::applyChanges);
    reload();
}

void OfferingListModel::reload() {
    beginResetModel();
    m_offerings.clear();
    if (m_billing) {
        auto offerings = m_billing->offerings(true);
        if (offerings)
            m_offerings = *offerings;
        else
            Q_EMIT loadFailed(offerings.message());
    }
    endResetModel();
}

void OfferingListModel::applyChanges(const ChangeSet& changes) {
    if (!m_billing || !changes.touches(RecordKind::Offering))
        return;
    if (changes.external()) {
        reload();
        return;
    }
    for (qint64 id : changes.ids(RecordKind::Offering)) {
        if (changes.removed(RecordKind::Offering, id)) {
            removeRowOf(id);
            continue;
        }
        auto offering = m_billing->offering(id);
        if (offering)
            upsert(*offering);
        else if (offering.code() == ErrorCode::NotFound)
            removeRowOf(id);
        else
            Q_EMIT loadFailed(offering.message());
    }
}

int OfferingListModel::sortedRow(const Offering& offering) const {
    int row = 0;
    while (row < m_offerings.size() && sortKey(m_offerings.at(row)) < sortKey(offering))
        ++row;
    return row;
}

void OfferingListModel::upsert(const Offering& offering) {
    const int existing = rowOf(offering.id);
    if (existing >= 0 && sortKey(m_offerings.at(existing)) == sortKey(offering)) {
        m_offerings[existing] = offering;
        Q_EMIT dataChanged(index(existing, 0), index(existing, kColumnCount - 1));
        return;
    }
    removeRowOf(offering.id); // renamed or of another kind: it moves
    const int row = sortedRow(offering);
    beginInsertRows({}, row, row);
    m_offerings.insert(row, offering);
    endInsertRows();
}

void OfferingListModel::removeRowOf(qint64 offeringId) {
    const int row = rowOf(offeringId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_offerings.removeAt(row);
    endRemoveRows();
}

const Offering* OfferingListModel::offeringAt(int row) const {
    return row >= 0 && row < m_offerings.size() ? &m_offerings.at(row) : nullptr;
}

int OfferingListModel::rowOf(qint64 offeringId) const {
    for (int row = 0; row < m_offerings.size(); ++row)
        if (m_offerings.at(row).id == offeringId)
            return row;
    return -1;
}

int OfferingListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_offerings.size());
}

int OfferingListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant OfferingListModel::data(const QModelIndex& index, int role) const {
    const Offering* o = offeringAt(index.row());
    if (!o || !index.isValid())
        return {};
    if (role == IdRole)
        return o->id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == PriceColumn || index.column() == RateColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return o->active ? o->name : tr("%1 (inactive)").arg(o->name);
    case KindColumn:
        return offeringKindLabel(o->kind);
    case PriceColumn:
        return o->price.format(locale);
    case RateColumn:
        return InvoiceMath::formatRatePercent(o->taxRateBasisPoints, locale);
    case TermsColumn:
        if (o->kind == OfferingKind::Package)
            return o->validityMonths > 0
                       ? tr("%n session(s), valid %1 months", nullptr, o->sessionCount)
                             .arg(o->validityMonths)
                       : tr("%n session(s), no expiry", nullptr, o->sessionCount);
        if (o->kind == OfferingKind::Retainer)
            return tr("per month");
        return QString();
    default:
        return {};
    }
}

QVariant OfferingListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case PriceColumn:
        return tr("Price");
    case RateColumn:
        return tr("Tax %");
    case TermsColumn:
        return tr("Terms");
    default:
        return {};
    }
}

} // namespace md
