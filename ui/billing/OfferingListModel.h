#pragma once

#include "billing/Offering.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace md {

class ChangeSet;
class ChangeNotifier;
class BillingService;

// The price list, every entry (inactive ones marked), ordered by kind and
// name. It follows the workspace's changes: an entry added or edited anywhere
// (this window, another one, the CLI) updates its row only.
class OfferingListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, PriceColumn, RateColumn, TermsColumn };
    static constexpr int kColumnCount = 5;
    static constexpr int IdRole = Qt::UserRole + 1; // the entry's id (qint64)

    explicit OfferingListModel(QObject* parent = nullptr);

    // Shows `billing`'s price list and follows `changes`; null for none.
    void setBilling(const BillingService* billing, ChangeNotifier* changes);
    void reload();
    const Offering* offeringAt(int row) const;
    int rowOf(qint64 offeringId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    void applyChanges(const ChangeSet& changes);
    void upsert(const Offering& offering);
    void removeRowOf(qint64 offeringId);
    // Where `offering` belongs in the order of the list.
    int sortedRow(const Offering& offering) const;

    const BillingService* m_billing = nullptr;
    QPointer<ChangeNotifier> m_changes;
    QList<Offering> m_offerings;
};

} // namespace md
