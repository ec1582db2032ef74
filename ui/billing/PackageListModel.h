#pragma once

#include "billing/BillingService.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>

namespace md {

// Package credits as a list: one row per package sold ("Four sessions: 3 of
// 4 used, valid until …"), then one per warning (running low, used up,
// expiring). The client page names each row's engagement; the engagement
// page, which shows one, does not.
class PackageListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        SaleIdRole = Qt::UserRole + 1, // qint64
        IsWarningRole,                 // bool
    };

    explicit PackageListModel(bool withEngagementTitles, QObject* parent = nullptr);

    void setPackages(const QList<EngagementPackages>& packages, const QDate& today);
    void clear() { setPackages({}, {}); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString engagementTitle;
        PackageCredit credit;    // a package row
        CreditWarning warning{}; // a warning row
        bool isWarning = false;
    };

    bool m_withTitles;
    QDate m_today;
    QList<Row> m_rows;
};

} // namespace md
