#pragma once

#include <QCoreApplication>
#include <QCursor>
#include <QGuiApplication>

namespace md {

// Shows a wait cursor for the lifetime of the object. Used around the few
// blocking calls on the GUI thread (Argon2id key derivation, re-keying): the
// database connection must live on the thread that opened it, so these cannot
// move to a worker thread.
class BusyCursor final {
public:
    BusyCursor() {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        // Let the cursor change reach the screen before the thread blocks; user
        // input stays queued so nothing can re-enter the caller.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace md
