#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;

namespace md {

class ChangeSet;
class PackageListModel;
class Workspace;

// The engagement page's package credits: each package sold to the engagement
// ("5 of 8 used, valid until …") and the warnings when credits run out or
// expire. Hidden when the engagement has no package. It only reads: credits
// are assigned by the writes that hold sessions or sell packages, and their
// change notes bring the list up to date.
class EngagementPackagesWidget final : public QWidget {
    Q_OBJECT
public:
    explicit EngagementPackagesWidget(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    // The engagement shown on the page; 0 for none.
    void showEngagement(qint64 engagementId);

    QListView* packagesView() const { return m_packagesView; }
    PackageListModel* packagesModel() const { return m_packages; }

private:
    void followChanges(const ChangeSet& changes);
    void reload();

    QPointer<Workspace> m_workspace;
    qint64 m_engagementId = 0;
    QLabel* m_heading = nullptr;
    QLabel* m_error = nullptr;
    PackageListModel* m_packages = nullptr;
    QListView* m_packagesView = nullptr;
};

} // namespace md
