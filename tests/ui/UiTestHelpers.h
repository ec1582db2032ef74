#pragma once

// Small helpers shared by the GUI tests (header-only: every tst_*.cpp here is
// its own executable).

#include "clients/ClientService.h"
#include "crypto/PassphraseSlot.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QMap>
#include <QTest>

#include <cstring>

namespace md::test {

// Every file under `dir` with the SHA-256 of its bytes: two snapshots compare
// equal only when nothing was created, deleted or changed.
inline QMap<QString, QByteArray> snapshot(const QString& dir) {
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path,
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        else
            files.insert(path, QByteArray("<unreadable>"));
    }
    return files;
}

inline SecureBytes secretOf(const char* text) {
    return SecureBytes(reinterpret_cast<const unsigned char*>(text), std::strlen(text));
}

// Finds a child by object name; tests QVERIFY the result.
template <typename T> T* child(const QObject* parent, const char* objectName) {
    return parent ? parent->findChild<T*>(QString::fromLatin1(objectName)) : nullptr;
}

// Clears a line edit and types into it key by key, as a user would.
inline void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Clicks a button as a user would. Check boxes are clicked near their
// indicator: in a layout they are often wider than their text, and a click on
// the empty part does nothing.
inline void click(QAbstractButton* button) {
    if (button && button->inherits("QCheckBox"))
        QTest::mouseClick(button, Qt::LeftButton, {},
                          QPoint(qMin(12, button->width() / 2), button->height() / 2));
    else
        QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace md::test
