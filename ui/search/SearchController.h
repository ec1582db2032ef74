#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QLineEdit;

namespace md {

class ChangeSet;
class MainWindow;
class SearchResultsPage;
class Workspace;

// The workspace search of a main window: its field in the toolbar, the
// results page it shows in place of the current area while there is text,
// and the keys (Up/Down choose, Enter opens, Esc returns to where the mentor
// was). Results follow every change while they are shown. Owned by the window.
class SearchController final : public QObject {
    Q_OBJECT
public:
    explicit SearchController(MainWindow& window);

    QLineEdit* field() const { return m_field; }
    SearchResultsPage* page() const { return m_page; }
    // Ctrl+K: the field, its text selected.
    void focusField();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setWorkspace(Workspace* workspace);
    void run();
    void openCurrent();
    void leave();
    // Empties the field and the results.
    void clear();
    void follow(const ChangeSet& changes);

    MainWindow& m_window;
    QPointer<Workspace> m_workspace;
    QLineEdit* m_field = nullptr;
    SearchResultsPage* m_page = nullptr;
    QAction* m_searchAction = nullptr;
    // Where the keyboard was before the field took it, for Esc.
    QPointer<QWidget> m_returnFocus;
};

} // namespace md
