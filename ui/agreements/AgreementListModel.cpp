#include "agreements/AgreementListModel.h"

#include "UiStyle.h"
#include "agreements/AgreementService.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "workspace/Workspace.h"

#include <QColor>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>

namespace md {

namespace {
// How long one idle turn of the event loop may spend verifying rows (one
// takes a few milliseconds): short enough that typing never waits for it.
constexpr qint64 kVerifyBudgetNs = 8 * 1000 * 1000;
} // namespace

AgreementListModel::AgreementListModel(QObject* parent)
    : QAbstractTableModel(parent) {
    m_verifyTimer.setInterval(0);
    m_verifyTimer.setSingleShot(true);
    connect(&m_verifyTimer, &QTimer::timeout, this, &AgreementListModel::verifySome);
}

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
    m_unverified = 0;
    if (m_workspace) {
        // The read model: no agreement texts, the client names joined in.
        if (auto all = m_workspace->agreements().listRows()) {
            m_rows.reserve(all->size());
            for (const AgreementListRow& row : std::as_const(*all))
                m_rows.append(makeRow(row.agreement, row.clientName));
        }
    }
    endResetModel();
    scheduleVerification();
}

void AgreementListModel::setVerifyingInBackground(bool verifying) {
    m_verifyingInBackground = verifying;
    if (verifying)
        scheduleVerification();
    else
        m_verifyTimer.stop();
}

void AgreementListModel::scheduleVerification() {
    if (m_verifyingInBackground && m_unverified > 0)
        m_verifyTimer.start();
}

AgreementListModel::Row AgreementListModel::makeRow(const Agreement& agreement,
                                                    const QString& clientName) const {
    Row row;
    row.agreement = agreement;
    row.agreement.bodyHtml.clear(); // the list holds no texts; details get() theirs
    row.clientName = clientName;
    ++m_unverified;
    return row;
}

QString AgreementListModel::clientNameOf(qint64 clientId) const {
    if (!m_workspace)
        return {};
    const Result<QString> name = m_workspace->clients().listName(clientId);
    return name ? *name : QString();
}

const AgreementVerification& AgreementListModel::verified(const Row& row) const {
    if (!row.verification) {
        if (!m_workspace) {
            row.verification =
                AgreementVerification(VerificationStatus::NotSigned, row.agreement.id);
        } else if (auto verification = m_workspace->agreements().verify(row.agreement.id)) {
            row.verification = *verification;
        } else { // unreadable counts as not verified, with the reason
            row.verification = AgreementVerification(VerificationStatus::Modified, row.agreement.id,
                                                     {verification.message()});
        }
        --m_unverified;
    }
    return *row.verification;
}

void AgreementListModel::verifySome() {
    QElapsedTimer spent;
    spent.start();
    int done = 0;
    for (int i = 0; i < m_rows.size() && spent.nsecsElapsed() < kVerifyBudgetNs; ++i) {
        if (m_rows.at(i).verification)
            continue;
        verified(m_rows.at(i));
        ++done;
        // Only the badge changed: views repaint it if it is on screen.
        Q_EMIT dataChanged(
            index(i, VerificationColumn), index(i, VerificationColumn),
            {Qt::DisplayRole, Qt::ForegroundRole, Qt::ToolTipRole, VerificationRole});
    }
    if (done > 0)
        Q_EMIT verificationsChanged();
    scheduleVerification();
}

int AgreementListModel::modifiedCount() const {
    int modified = 0;
    for (const Row& row : m_rows) {
        if (row.verification && row.verification->status == VerificationStatus::Modified)
            ++modified;
    }
    return modified;
}

QString AgreementListModel::checkingLabel() {
    return tr("Checking…");
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
        m_rows[row].clientName = clientNameOf(m_rows.at(row).agreement.clientId);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void AgreementListModel::upsert(const Agreement& agreement) {
    const int existing = rowOf(agreement.id);
    if (existing >= 0) {
        if (!m_rows.at(existing).verification)
            --m_unverified;
        m_rows[existing] = makeRow(agreement, clientNameOf(agreement.clientId));
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    // Newest (highest id) first, as the service lists them.
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).agreement.id > agreement.id)
        ++row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, makeRow(agreement, clientNameOf(agreement.clientId)));
    endInsertRows();
    scheduleVerification();
}

void AgreementListModel::removeId(qint64 id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    if (!m_rows.at(row).verification)
        --m_unverified;
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
    return row >= 0 && row < m_rows.size() ? verified(m_rows.at(row)) : AgreementVerification{};
}

QVariant AgreementListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const Agreement& a = row.agreement;
    if (role == IdRole)
        return a.id;
    // Verification reads and hashes the signed documents (milliseconds per
    // agreement), so data() never does it: the rows are verified a few at a
    // time while idle, and a row not reached yet says so.
    if (role == VerificationRole)
        return row.verification ? QVariant(int(row.verification->status)) : QVariant();
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
            if (!a.isSigned())
                return QString();
            return row.verification ? verificationLabel(*row.verification) : checkingLabel();
        case EndDateColumn:
            if (role == SortRole)
                return a.endDate;
            return a.endDate.isValid() ? QLocale().toString(a.endDate, QLocale::ShortFormat)
                                       : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == VerificationColumn && row.verification) {
        // Red and green that read on the theme's base, light or dark.
        if (row.verification->status == VerificationStatus::Modified)
            return ui::warningColor(QGuiApplication::palette());
        if (row.verification->status == VerificationStatus::Verified)
            return ui::successColor(QGuiApplication::palette());
    }
    if (role == Qt::ToolTipRole && index.column() == VerificationColumn && row.verification)
        return verificationExplanation(*row.verification);
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
