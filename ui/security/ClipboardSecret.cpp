#include "security/ClipboardSecret.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace md {

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
    wipe(plain);
    // KDE's Klipper and other clipboard managers skip entries marked so.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    clipboard->setMimeData(data);
    QTimer::singleShot(lifetime, guard, [guard] { guard->expire(); });
    return guard;
}

bool ClipboardSecret::isOnClipboard() const {
    QString held = QGuiApplication::clipboard()->text();
    QByteArray latin = held.toLatin1();
    wipe(held);
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
