#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

class QLabel;
class QShowEvent;
class QStandardItemModel;
class QTableView;

namespace md {

class ChangeSet;
class LoadOnShow;
class Workspace;

// "Agreements ending soon" for the dashboard: signed agreements whose end
// date is within the next days (30 by default), soonest first, with the
// client and the days left. Follows Workspace::changes(): any change to an
// agreement or a client (a signing, an amendment, a renamed client, a change
// from another process) reads the short list again, since it may move a row,
// add one or drop one. It reads only while on screen: a change while hidden
// is read on the next show, and a repeat show on the same day reads nothing.
// Embed it and call setWorkspace() (AgreementsArea::attach does).
class EndingAgreementsWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { NumberColumn, ClientColumn, EndDateColumn, DaysLeftColumn, ColumnCount };
    enum Role { AgreementIdRole = Qt::UserRole + 1, DaysLeftRole };
    static constexpr int kDefaultDays = 30;

    explicit EndingAgreementsWidget(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setDays(int days);
    int days() const { return m_days; }
    QStandardItemModel* model() const { return m_model; }
    // Reads the list again now (also done after a change, and on a show on
    // another day than the last read).
    void reload();
    // How many times the list was read (tests count the work a show does).
    int loads() const;

Q_SIGNALS:
    void openRequested(qint64 agreementId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyChanges(const ChangeSet& changes);

    QPointer<Workspace> m_workspace;
    int m_days = kDefaultDays;
    QLabel* m_title = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    LoadOnShow* m_load = nullptr;
    QDate m_loadedOn;
    int m_reads = 0;
};

} // namespace md
