#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace md {

// Emits idle() after a period without keyboard, mouse, wheel or touch input
// anywhere in the application. It watches through an application-wide event
// filter, so dialogs and menus count as activity too.
class IdleWatcher final : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // Zero or negative disables the watcher.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Starts or stops watching (the controller watches only while unlocked).
    void setActive(bool active);
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
    bool m_active = false;
};

} // namespace md
