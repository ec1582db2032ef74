#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QShowEvent;
class QStandardItemModel;
class QTableView;

namespace md {

class AgreementService;
class Workspace;

// "Agreements ending soon" for the dashboard: signed agreements whose end
// date is within the next days (30 by default), soonest first, with the
// client and the days left. Follows the agreements as they change; embed it
// and call setWorkspace() (AgreementsArea::attach does).
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
    // Reads the list again (also done on every change and when shown, so a
    // new day is picked up).
    void reload();

Q_SIGNALS:
    void openRequested(qint64 agreementId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QPointer<Workspace> m_workspace;
    QPointer<AgreementService> m_service;
    int m_days = kDefaultDays;
    QLabel* m_title = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace md
