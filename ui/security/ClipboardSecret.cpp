#include "security/ClipboardSecret.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace md {

namespace {
// The plain copies Qt makes of the text (QString, its Latin-1 bytes) are
// overwritten as soon as they were compared or handed over; through a
// volatile pointer so the stores are not optimised away (the QByteArray
// copies use md::wipe).
void wipeText(QString& text) {
    if (!text.isEmpty()) {
        text.detach();
        volatile char16_t* units = reinterpret_cast<char16_t*>(text.data());
        for (qsizetype i = 0; i < text.size(); ++i)
            units[i] = 0;
    }
    text.clear();
}
} // namespace

ClipboardSecret::ClipboardSecret(QByteArrayView text, QObject* clipboard)
    : QObject(clipboard)
    , m_text(reinterpret_cast<const unsigned char*>(text.data()), std::size_t(text.size())) {}

ClipboardSecret* ClipboardSecret::copy(QByteArrayView text, std::chrono::milliseconds lifetime) {
    QClipboard* clipboard = QGuiApplication::clipboard();
    // Only the newest copy decides when the clipboard is cleared.
    for (ClipboardSecret* older :
         clipboard->findChildren<ClipboardSecret*>(QString(), Qt::FindDirectChildrenOnly))
        delete older;

    auto* guard = new ClipboardSecret(text, clipboard);
    auto* data = new QMimeData;
    QString plain = QString::fromLatin1(text);
    data->setText(plain);
    wipeText(plain);
    // KDE's Klipper and other clipboard managers skip entries marked so.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    clipboard->setMimeData(data);
    QTimer::singleShot(lifetime, guard, [guard] { guard->expire(); });
    return guard;
}

bool ClipboardSecret::isOnClipboard() const {
    QString held = QGuiApplication::clipboard()->text();
    QByteArray latin = held.toLatin1();
    wipeText(held);
    const bool same = QByteArrayView(latin) == m_text.view();
    wipe(latin);
    return same;
}

void ClipboardSecret::expire() {
    if (isOnClipboard())
        QGuiApplication::clipboard()->clear();
    deleteLater();
}

} // namespace md
