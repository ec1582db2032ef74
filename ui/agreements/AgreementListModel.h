#pragma once

#include "agreements/Agreement.h"
#include "agreements/AgreementVerifier.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace md {

class AgreementService;
class Workspace;

// Every agreement of the workspace with its client and, for signed ones, the
// result of verifying the stored bytes. Updated row by row from the
// repository's signals.
class AgreementListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        ClientColumn,
        TitleColumn,
        StateColumn,
        VerificationColumn,
        EndDateColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, VerificationRole, SortRole };

    explicit AgreementListModel(QObject* parent = nullptr);

    // Shows the workspace's agreements; nullptr empties the model (locking).
    void setWorkspace(Workspace* workspace);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(qint64 id) const;
    const Agreement* agreementAt(int row) const;
    AgreementVerification verificationAt(int row) const;

private:
    struct Row {
        Agreement agreement;
        QString clientName;
        AgreementVerification verification;
    };
    Row makeRow(const Agreement& agreement) const;
    void onAdded(const Agreement& agreement);
    void onChanged(const Agreement& agreement);
    void onRemoved(qint64 id);

    QPointer<Workspace> m_workspace;
    QPointer<AgreementService> m_service;
    QList<Row> m_rows;
};

} // namespace md
