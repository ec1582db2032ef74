#pragma once

#include "agreements/Agreement.h"
#include "agreements/AgreementVerifier.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace md {

class ChangeSet;
class Workspace;

// Every agreement of the workspace, newest first, with its client and, for
// signed ones, the result of verifying the stored bytes. Follows
// Workspace::changes(): the agreements named are inserted, updated or
// removed row by row, a renamed client updates its rows, and a change made
// by another process reloads everything.
//
// Verifying reads and hashes each signed document, so it is not done for
// every row before the list shows: a row is verified when it is first looked
// at, and the rest a few at a time while the event loop is idle
// (dataChanged() tells when a row's badge is known).
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
    // Verifies the row now if it was not yet.
    AgreementVerification verificationAt(int row) const;
    // Whether every row's verification is known yet, and how many of those
    // known were found modified.
    bool allVerified() const { return m_unverified == 0; }
    int modifiedCount() const;
    // What the verification column says of a signed agreement not verified yet.
    static QString checkingLabel();
    // Whether rows are verified while the event loop is idle: only while the
    // list is on screen, so that work never slows down another area.
    void setVerifyingInBackground(bool verifying);
    bool isVerifyingInBackground() const { return m_verifyingInBackground; }

Q_SIGNALS:
    // More rows were verified in the background (their badges changed).
    void verificationsChanged();

private:
    struct Row {
        Agreement agreement;
        QString clientName;
        mutable std::optional<AgreementVerification> verification;
    };
    Row makeRow(const Agreement& agreement, const QString& clientName) const;
    QString clientNameOf(qint64 clientId) const;
    const AgreementVerification& verified(const Row& row) const;
    void verifySome();
    void scheduleVerification();
    void reload();
    void applyChanges(const ChangeSet& changes);
    void upsert(const Agreement& agreement);
    void removeId(qint64 id);

    QPointer<Workspace> m_workspace;
    QList<Row> m_rows;
    mutable int m_unverified = 0;
    bool m_verifyingInBackground = false;
    QTimer m_verifyTimer;
};

} // namespace md
