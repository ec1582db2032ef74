#pragma once

#include "AreaPage.h"
#include "agreements/Agreement.h"
#include "agreements/AgreementContext.h"
#include "common/Result.h"

#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace md {

class AgreementDetailsPanel;
class AuditChainCheck;
class AgreementListModel;
class AgreementService;
class EndingAgreementsWidget;
class LoadOnShow;

// The Agreements area: every agreement with its state and Verified/Modified
// badge, and the whole lifecycle from here: generate from an engagement,
// edit the draft, preview, print, save as PDF, sign on screen or on paper,
// export for the client, amend; plus the templates and the mentor profile.
class AgreementsArea final : public AreaPage {
    Q_OBJECT
public:
    explicit AgreementsArea(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    // How many times the area read its list (tests count the work).
    int loads() const;
    void focusFilter() override;

    // The selected agreement's id, or 0.
    qint64 currentId() const;
    void select(qint64 id);
    // A widget elsewhere (the dashboard's "ending soon" panel) that follows
    // this area's workspace.
    void attach(EndingAgreementsWidget* widget);

    // The actions, also for menus and tests.
    void newAgreement(qint64 engagementId = 0);
    void editDraft();
    void preview();
    void print();
    void savePdf();
    void signOnScreen();
    void signOnPaper();
    void exportForClient();
    void amend();
    void deleteDraft();
    void editTemplates();
    void editProfile();
    // For the selected draft: go to where a detail it left blank is set, or
    // render it again with the details set since (asking first when its
    // text was changed by hand).
    void goToDetail(DetailPlace place);
    void fillInDraft();

Q_SIGNALS:
    // The mentor wants to set a detail an agreement was missing: the client's
    // page or the engagement's (installAgreementsArea goes there).
    void clientRequested(qint64 clientId);
    void engagementRequested(qint64 engagementId);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QAction* addAction(const QString& text, const QString& name, void (AgreementsArea::*slot)());
    void updateActions();
    void updateDetails();
    void updateSummary();
    // What the empty list suggests first: the mentor profile while it has no name.
    void updateEmptyState();
    // The summary from what updateSummary() last read and the rows verified.
    void composeSummary();
    // Shows the warning when the audit log's hash chain has problems (as
    // m_auditCheck found them). Returns whether it is broken.
    bool showAuditProblems(const QStringList& problems);
    bool reportFailure(const QString& what, const QString& message);
    // The selected agreement with its text, read from the service.
    Result<Agreement> currentAgreement() const;
    // The workspace's agreements, or nullptr while locked.
    AgreementService* service() const;

    QPointer<Workspace> m_workspace;
    AuditChainCheck* m_auditCheck = nullptr;
    bool m_auditBroken = false; // as the last check found them
    // The audit log changes only with a signing: it is verified again after
    // a change to the agreements, not on every summary.
    bool m_auditStale = true;
    bool m_switching = false; // in setWorkspace(), which updates the summary once
    int m_endingSoon = 0;
    AgreementListModel* m_model = nullptr;
    LoadOnShow* m_load = nullptr;
    int m_reads = 0;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QLabel* m_emptyState = nullptr;
    QLabel* m_auditWarning = nullptr;
    AgreementDetailsPanel* m_details = nullptr;
    QList<QPointer<EndingAgreementsWidget>> m_attached;
    QList<QAction*> m_actions;
    QAction* m_editAction = nullptr;
    QAction* m_previewAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_pdfAction = nullptr;
    QAction* m_documentAction = nullptr; // the menu of the three above
    QAction* m_signAction = nullptr;
    QAction* m_paperAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_amendAction = nullptr;
    QAction* m_deleteAction = nullptr;
};

} // namespace md
