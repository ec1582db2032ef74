#include "agreements/AgreementListModel.h"

#include "agreements/AgreementService.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "workspace/Workspace.h"

#include <QColor>
#include <QLocale>

namespace md {

AgreementListModel::AgreementListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AgreementListModel::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace)
        connect(&workspace->changes(), &ChangeNotifier::changed, this,
                &AgreementListModel::applyChanges);
    reload();
}

void AgreementListModel::reload() {
    beginResetModel();
    m_rows.clear();
    if (m_workspace) {
        if (auto all = m_workspace->agreements().list()) {
            for (const Agreement& agreement : std::as_const(*all))
                m_rows.append(makeRow(agreement));
        }
    }
    endResetModel();
}

AgreementListModel::Row AgreementListModel::makeRow(const Agreement& agreement) const {
    Row row;
    row.agreement = agreement;
    if (m_workspace) {
        if (auto client = m_workspace->clients().get(agreement.clientId))
            row.clientName = client->displayName();
        if (auto verification = m_workspace->agreements().verify(agreement.id))
            row.verification = *verification;
        else // unreadable counts as not verified, with the reason
            row.verification = {
                agreement.id, VerificationStatus::Modified, {verification.message()}};
    }
    return row;
}

void AgreementListModel::applyChanges(const ChangeSet& changes) {
    if (!m_workspace || !changes.touchesAny({RecordKind::Agreement, RecordKind::Client}))
        return;
    if (changes.external()) {
        reload();
        return;
    }
    for (qint64 id : changes.ids(RecordKind::Agreement)) {
        if (changes.removed(RecordKind::Agreement, id)) {
            removeId(id);
            continue;
        }
        Result<Agreement> agreement = m_workspace->agreements().get(id);
        if (agreement)
            upsert(*agreement);
        else if (agreement.code() == ErrorCode::NotFound)
            removeId(id);
    }
    // A renamed client: only the rows of that client show another name.
    const QSet<qint64> clients = changes.ids(RecordKind::Client);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!clients.contains(m_rows.at(row).agreement.clientId))
            continue;
        m_rows[row] = makeRow(m_rows.at(row).agreement);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void AgreementListModel::upsert(const Agreement& agreement) {
    const int existing = rowOf(agreement.id);
    if (existing >= 0) {
        m_rows[existing] = makeRow(agreement);
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    // Newest (highest id) first, as the service lists them.
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).agreement.id > agreement.id)
        ++row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, makeRow(agreement));
    endInsertRows();
}

void AgreementListModel::removeId(qint64 id) {
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
