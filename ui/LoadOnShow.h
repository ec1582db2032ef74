#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace md {

// Loads a view when it is on screen, and only then. A view calls request()
// whenever what it shows may have changed (a workspace handed over, a change
// notification that concerns it): while the view is visible that loads at
// once; while it is hidden it only marks the view stale, and the next show
// runs the load, so a view is never shown stale. A repeat show with nothing
// requested runs nothing.
class LoadOnShow final : public QObject {
    Q_OBJECT
public:
    // `load` reads what `view` shows; `view` owns this object.
    LoadOnShow(QWidget* view, std::function<void()> load);

    void request();
    // Forgets a pending load (the workspace was closed and the view emptied).
    void cancel();
    bool isPending() const { return m_pending; }
    // How many times `load` ran (tests count the work a show does).
    int loads() const { return m_loads; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void run();

    QPointer<QWidget> m_view;
    std::function<void()> m_load;
    bool m_pending = false;
    int m_loads = 0;
};

} // namespace md
