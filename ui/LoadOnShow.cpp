#include "LoadOnShow.h"

#include <QEvent>
#include <QWidget>

namespace md {

LoadOnShow::LoadOnShow(QWidget* view, std::function<void()> load)
    : QObject(view)
    , m_view(view)
    , m_load(std::move(load)) {
    view->installEventFilter(this);
}

void LoadOnShow::request() {
    m_pending = true;
    if (m_view && m_view->isVisible())
        run();
}

void LoadOnShow::cancel() {
    m_pending = false;
}

void LoadOnShow::run() {
    m_pending = false;
    ++m_loads;
    m_load();
}

bool LoadOnShow::eventFilter(QObject* watched, QEvent* event) {
    // The Show event comes when the view itself or a page it is on appears.
    if (watched == m_view && event->type() == QEvent::Show && m_pending)
        run();
    return QObject::eventFilter(watched, event);
}

} // namespace md
