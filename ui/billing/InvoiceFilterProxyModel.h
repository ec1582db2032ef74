#pragma once

#include "billing/Invoice.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace md {

// Filters the invoice list by status, client and period, and sorts it by the
// raw values (amounts as numbers, dates as dates).
class InvoiceFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit InvoiceFilterProxyModel(QObject* parent = nullptr);

    void setStatus(std::optional<InvoiceStatus> status);
    void setClientId(qint64 clientId); // 0 = all
    // Invoices dated within [from, to]; null ends are open.
    void setPeriod(const QDate& from, const QDate& to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<InvoiceStatus> m_status;
    qint64 m_clientId = 0;
    QDate m_from;
    QDate m_to;
};

} // namespace md
