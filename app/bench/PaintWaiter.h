#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace md::bench {

// Measures an interaction the way a person sees it: from the trigger until
// the widget concerned has been painted with its data and nothing more is
// painted. Watches every paint event of the application.
class PaintWaiter final : public QObject {
    Q_OBJECT
public:
    PaintWaiter();
    ~PaintWaiter() override;

    // Runs `trigger`, then processes events until `ready` holds, `scope` (or
    // a widget inside it; any widget when null) has been painted, and a whole pass of
    // the event loop paints nothing more. Returns the milliseconds from the
    // trigger to the end of the last pass that painted, or -1 after
    // `timeoutMs`.
    double measure(const std::function<void()>& trigger, QWidget* scope,
                   const std::function<bool()>& ready = {}, int timeoutMs = 120000);
    // Processes events until a pass paints nothing (no measurement).
    void settle(int timeoutMs = 30000);
    // Paints of nothing but `widget` (the widget itself, or its parents
    // repainting only the area beneath it) are not counted: a decorative
    // animation, such as a line edit's clear button fading in over 160 ms
    // when the first letter is typed, is not the interaction's latency.
    void ignorePaintsOf(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool isIgnored(QWidget* widget, const QRect& painted) const;

    QPointer<QWidget> m_scope;
    QList<QPointer<QWidget>> m_ignored;
    qint64 m_paints = 0;
    qint64 m_scopePaints = 0;
};

} // namespace md::bench
