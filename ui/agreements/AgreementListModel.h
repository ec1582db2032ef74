#pragma once

#include "agreements/Agreement.h"
#include "agreements/AgreementVerifier.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace md {

class ChangeSet;
class Workspace;

// Every agreement of the workspace, newest first, with its client and, for
// signed ones, the result of verifying the stored bytes. Follows
// Workspace::changes(): the agreements named are inserted, updated or
// removed row by row, a renamed client updates its rows, and a change made
// by another process reloads everything.
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
    void reload();
    void applyChanges(const ChangeSet& changes);
    void upsert(const Agreement& agreement);
    void removeId(qint64 id);

    QPointer<Workspace> m_workspace;
    QList<Row> m_rows;
};

} // namespace md
