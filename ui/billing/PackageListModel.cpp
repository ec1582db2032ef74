#include "billing/PackageListModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace md {

PackageListModel::PackageListModel(bool withEngagementTitles, QObject* parent)
    : QAbstractListModel(parent)
    , m_withTitles(withEngagementTitles) {}

void PackageListModel::setPackages(const QList<EngagementPackages>& packages, const QDate& today) {
    beginResetModel();
    m_today = today;
    m_rows.clear();
    for (const EngagementPackages& engagement : packages) {
        for (const PackageCredit& credit : engagement.credits) {
            Row row;
            row.engagementTitle = engagement.title;
            row.credit = credit;
            m_rows.append(row);
        }
        for (const CreditWarning& warning : engagement.warnings) {
            Row row;
            row.engagementTitle = engagement.title;
            row.warning = warning;
            row.isWarning = true;
            m_rows.append(row);
        }
    }
    endResetModel();
}

int PackageListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PackageListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case SaleIdRole:
        return row.isWarning ? row.warning.saleId : row.credit.sale.id;
    case IsWarningRole:
        return row.isWarning;
    case Qt::ForegroundRole:
        return row.isWarning ? QVariant(QBrush(QColor(0xb0, 0x60, 0x00))) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (row.isWarning)
        return QStringLiteral("⚠ ") + row.warning.message;
    const PackageCredit& credit = row.credit;
    const QString expired = credit.isExpired(m_today) ? tr(" (expired)") : QString();
    const QString usage = credit.usageText(QLocale());
    if (m_withTitles)
        return tr("%1 – %2: %3%4")
            .arg(row.engagementTitle, credit.sale.description, usage, expired);
    return tr("%1: %2%3").arg(credit.sale.description, usage, expired);
}

} // namespace md
