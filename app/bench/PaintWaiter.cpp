#include "PaintWaiter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPaintEvent>
#include <QWidget>

namespace md::bench {

namespace {
constexpr qint64 kQuietNs = 20 * 1000 * 1000;
} // namespace

PaintWaiter::PaintWaiter() {
    QCoreApplication::instance()->installEventFilter(this);
}

PaintWaiter::~PaintWaiter() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool PaintWaiter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Paint && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        if (isIgnored(widget, static_cast<QPaintEvent*>(event)->rect()))
            return false;
        ++m_paints;
        if (m_scope && (widget == m_scope || m_scope->isAncestorOf(widget)))
            ++m_scopePaints;
    }
    return false;
}

double PaintWaiter::measure(const std::function<void()>& trigger, QWidget* scope,
                            const std::function<bool()>& ready, int timeoutMs) {
    m_scope = scope;
    m_scopePaints = 0;
    const qint64 paintsAtStart = m_paints;
    QElapsedTimer timer;
    timer.start();
    trigger();
    qint64 lastPaintingPassNs = timer.nsecsElapsed();
    int quietPasses = 0;
    while (timer.elapsed() < timeoutMs) {
        const qint64 before = m_paints;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        const qint64 now = timer.nsecsElapsed();
        if (m_paints != before) {
            lastPaintingPassNs = now;
            quietPasses = 0;
            continue;
        }
        // Data that arrives in a pass schedules its repaint for a later one,
        // and an update may wait for a short timer: only several quiet passes
        // over kQuietNs after the last paint mean that everything is shown.
        ++quietPasses;
        if (quietPasses >= 3 && now - lastPaintingPassNs >= kQuietNs &&
            (scope ? m_scopePaints : m_paints - paintsAtStart) > 0 && (!ready || ready())) {
            m_scope = nullptr;
            return double(lastPaintingPassNs) / 1e6;
        }
    }
    m_scope = nullptr;
    return -1;
}

void PaintWaiter::ignorePaintsOf(QWidget* widget) {
    m_ignored.append(widget);
}

bool PaintWaiter::isIgnored(QWidget* widget, const QRect& painted) const {
    for (const QPointer<QWidget>& ignored : m_ignored) {
        if (!ignored || (widget != ignored && !widget->isAncestorOf(ignored)))
            continue;
        const QRect beneath(ignored->mapTo(widget, QPoint(0, 0)), ignored->size());
        if (beneath.contains(painted))
            return true;
    }
    return false;
}

void PaintWaiter::settle(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    qint64 lastPaintingPassNs = 0;
    int quietPasses = 0;
    while (timer.elapsed() < timeoutMs) {
        const qint64 before = m_paints;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (m_paints != before) {
            lastPaintingPassNs = timer.nsecsElapsed();
            quietPasses = 0;
        } else if (++quietPasses >= 3 && timer.nsecsElapsed() - lastPaintingPassNs >= kQuietNs) {
            return;
        }
    }
}

} // namespace md::bench
