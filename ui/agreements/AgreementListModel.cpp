#include "agreements/AgreementListModel.h"

#include "agreements/AgreementService.h"
#include "clients/ClientService.h"
#include "storage/AgreementRepository.h"
#include "workspace/Workspace.h"

#include <QColor>
#include <QLocale>

namespace md {

AgreementListModel::AgreementListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AgreementListModel::setWorkspace(Workspace* workspace) {
    if (m_service)
        disconnect(&m_service->agreements(), nullptr, this, nullptr);
    beginResetModel();
    m_rows.clear();
    m_workspace = workspace;
    m_service = workspace ? &AgreementService::of(*workspace) : nullptr;
    if (m_service) {
        if (auto all = m_service->agreements().list()) {
            for (const Agreement& agreement : std::as_const(*all))
                m_rows.append(makeRow(agreement));
        }
        AgreementRepository& repository = m_service->agreements();
        connect(&repository, &AgreementRepository::agreementAdded, this,
                &AgreementListModel::onAdded);
        connect(&repository, &AgreementRepository::agreementChanged, this,
                &AgreementListModel::onChanged);
        connect(&repository, &AgreementRepository::agreementRemoved, this,
                &AgreementListModel::onRemoved);
    }
    endResetModel();
}

AgreementListModel::Row AgreementListModel::makeRow(const Agreement& agreement) const {
    Row row;
    row.agreement = agreement;
    if (m_workspace) {
        if (auto client = m_workspace->clients().get(agreement.clientId))
            row.clientName = client->displayName();
        if (auto verification =
                AgreementVerifier(m_workspace->database(), m_workspace->id()).verify(agreement.id))
            row.verification = *verification;
        else // unreadable counts as not verified, with the reason
            row.verification = {
                agreement.id, VerificationStatus::Modified, {verification.message()}};
    }
    return row;
}

void AgreementListModel::onAdded(const Agreement& agreement) {
    // Newest first, as the repository lists them.
    beginInsertRows({}, 0, 0);
    m_rows.prepend(makeRow(agreement));
    endInsertRows();
}

void AgreementListModel::onChanged(const Agreement& agreement) {
    const int row = rowOf(agreement.id);
    if (row < 0)
        return onAdded(agreement);
    m_rows[row] = makeRow(agreement);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AgreementListModel::onRemoved(qint64 id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int AgreementListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int AgreementListModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).agreement.id == id)
            return i;
    }
    return -1;
}

const Agreement* AgreementListModel::agreementAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).agreement : nullptr;
}

AgreementVerification AgreementListModel::verificationAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).verification : AgreementVerification{};
}

QVariant AgreementListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const Agreement& a = row.agreement;
    if (role == IdRole)
        return a.id;
    if (role == VerificationRole)
        return int(row.verification.status);
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case NumberColumn:
            return role == SortRole ? QVariant(a.id) : QVariant(a.number());
        case ClientColumn:
            return row.clientName;
        case TitleColumn:
            return a.title;
        case StateColumn:
            return agreementStateLabel(a.state);
        case VerificationColumn:
            return a.isSigned() ? verificationStatusLabel(row.verification.status) : QString();
        case EndDateColumn:
            if (role == SortRole)
                return a.endDate;
            return a.endDate.isValid() ? QLocale().toString(a.endDate, QLocale::ShortFormat)
                                       : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == VerificationColumn) {
        if (row.verification.status == VerificationStatus::Modified)
            return QColor(0xb0, 0x1c, 0x1c);
        if (row.verification.status == VerificationStatus::Verified)
            return QColor(0x1f, 0x7a, 0x3a);
    }
    if (role == Qt::ToolTipRole && index.column() == VerificationColumn)
        return row.verification.problems.join(QLatin1Char('\n'));
    return {};
}

QVariant AgreementListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case ClientColumn:
        return tr("Client");
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case VerificationColumn:
        return tr("Verification");
    case EndDateColumn:
        return tr("Ends");
    default:
        return {};
    }
}

} // namespace md
