#pragma once

#include "AreaPage.h"
#include "clients/ClientService.h"

#include <QPointer>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace md {

class ChangeNotifier;
class ChangeSet;
class ClientFilterProxyModel;
class ClientForm;
class ClientListModel;
class LoadOnShow;

// The Clients area: a filterable, sortable list on the left, the profile of
// the selected client (or a new one) on the right.
class ClientsPage final : public AreaPage {
    Q_OBJECT
public:
    explicit ClientsPage(QWidget* parent = nullptr);
    ~ClientsPage() override;

    void setWorkspace(Workspace* workspace) override;
    void focusFilter() override;

    // File > New Client (Ctrl+N). Asks about unsaved changes first.
    void newClient();
    // File > Import Clients: a CSV or vCard file, previewed before anything
    // is stored.
    void importClients();
    // Selects and shows a client, clearing the filter and showing archived
    // clients when they hide it; false when it is not in the list.
    bool selectClient(qint64 id);

    // Hook for other areas: a panel shown under the client's profile (e.g. the
    // client's engagements). Panels follow clientShown.
    void addClientPanel(QWidget* panel);

    ClientListModel* model() const { return m_model; }
    // How many times the page read the client list (tests count the work).
    int loads() const;
    ClientFilterProxyModel* proxyModel() const { return m_proxy; }

Q_SIGNALS:
    // The stored client whose profile is shown; 0 for none or a new one.
    void clientShown(qint64 clientId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The pane of panels shows while one of them does.
    void updatePanelPane();
    void onCurrentRowChanged(const QModelIndex& current);
    // Runs `next` now, or after the user has saved or discarded the edits.
    void runAfterUnsavedCheck(std::function<void()> next);
    void showClient(qint64 id);
    void showPlaceholder();
    // "Documents in: Same as yours (…)" names the mentor's language.
    void showMentorLanguage();
    void followChanges(const md::ChangeSet& changes);
    bool save();
    void setArchived(bool archived);
    void confirmDelete();
    void confirmErase();
    void exportClient();
    void syncSelectionToForm();
    void updateStates();
    void showHeaderMenu(const QPoint& pos);

    QPointer<Workspace> m_workspace; // for the export and the mentor's language
    ClientService* m_clients = nullptr;
    QPointer<ChangeNotifier> m_changes;
    ClientListModel* m_model = nullptr;
    ClientFilterProxyModel* m_proxy = nullptr;

    QLineEdit* m_filterEdit = nullptr;
    QCheckBox* m_showArchivedCheckBox = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_view = nullptr;
    QWidget* m_listEmptyState = nullptr;
    QLabel* m_listEmptyTitle = nullptr;
    QLabel* m_listEmptyText = nullptr;
    QPushButton* m_listEmptyButton = nullptr;
    QStackedWidget* m_detailStack = nullptr;
    ClientForm* m_form = nullptr;
    QLabel* m_detailPlaceholder = nullptr;
    bool m_syncingSelection = false;
    QVBoxLayout* m_panelLayout = nullptr;
    QScrollArea* m_panelScroll = nullptr;
    QSplitter* m_detailSplitter = nullptr;
    QList<QPointer<QWidget>> m_panels;
    qint64 m_shownClientId = -1;
    LoadOnShow* m_load = nullptr;
    int m_reads = 0;
};

} // namespace md
