#pragma once

#include "pipeline/EngagementTab.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace md {

class ChangeSet;
class NeedListModel;

// Stage 2: the mentee's needs, each with a category, a priority and links to
// the strengths and weaknesses in the client's profile.
class NeedsTab final : public EngagementTab {
    Q_OBJECT
public:
    explicit NeedsTab(QWidget* parent = nullptr);

    void setEngagement(Workspace* workspace, qint64 engagementId) override;
    void focusTarget(const FillTarget& target) override;
    bool selectItem(qint64 id) override;
    NeedListModel* model() const { return m_model; }

    void newNeed();
    bool save();
    void removeSelected();

private:
    void showNeed(int row);
    void followChanges(const ChangeSet& changes);
    void loadProfileLists();
    void fillProfileLists(const QStringList& strengths, const QStringList& weaknesses);
    static QStringList checkedLines(const QListWidget* list);
    static void checkLines(QListWidget* list, const QStringList& lines);

    QPointer<Workspace> m_workspace;
    qint64 m_engagementId = 0;
    qint64 m_clientId = 0;
    qint64 m_needId = 0; // the need in the form; 0 = a new one
    NeedListModel* m_model = nullptr;

    QTableView* m_view = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_priority = nullptr;
    QListWidget* m_strengths = nullptr;
    QListWidget* m_weaknesses = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace md
