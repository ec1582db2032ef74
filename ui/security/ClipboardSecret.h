#pragma once

#include "crypto/SecureBytes.h"

#include <QObject>

#include <chrono>

namespace md {

// Puts a secret (the recovery key) on the clipboard and takes it off again
// after a while, but only when the clipboard still holds it: whatever the
// user copied since stays where it is. Clipboard managers are told it is a
// password, so those that honour the hint keep no history of it.
//
// Owned by the application's clipboard, not by the widget that copied it:
// finishing the wizard does not cut the minute short, and the key to compare
// with waits in secure memory. A newer copy replaces an older one.
class ClipboardSecret final : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultLifetime{60 * 1000};

    // Copies `text` and returns the guard that will clear it.
    static ClipboardSecret* copy(QByteArrayView text,
                                 std::chrono::milliseconds lifetime = kDefaultLifetime);

    // Whether the clipboard holds the secret right now.
    bool isOnClipboard() const;

private:
    ClipboardSecret(QByteArrayView text, QObject* clipboard);
    void expire();

    SecureBytes m_text;
};

} // namespace md
