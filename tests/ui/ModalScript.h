#pragma once

// Answers the modal dialogs a user action opens, one after the other, for the
// GUI tests (header-only: every tst_*.cpp is its own executable).
//
// A dialog nobody answers (an unexpected one, or one whose answer failed a
// QVERIFY and so left it open) would block its exec() forever and the test
// would only end at CTest's timeout, saying nothing. The script fails the
// test instead, naming the dialog, and closes it, so the test always ends.

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <functional>

namespace md::test {

class ModalScript final {
public:
    using Answer = std::function<void(QWidget*)>;
    explicit ModalScript(QList<Answer> answers)
        : m_answers(std::move(answers)) {}

    // How many answers ran.
    int answered() const { return m_answered; }

    // Runs `trigger` (which opens the dialogs) and answers each new modal
    // dialog with the next answer.
    void run(const std::function<void()>& trigger) {
        QTimer poll;
        poll.setInterval(kPollMs);
        QObject::connect(&poll, &QTimer::timeout, [this] { look(); });
        poll.start();
        trigger();
    }

private:
    static constexpr int kPollMs = 20;
    static constexpr int kPatienceMs = 10000; // a dialog left open this long is stuck

    void look() {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            m_stuckMs = 0;
            return;
        }
        if (modal != m_lastModal && m_answered < m_answers.size()) {
            m_lastModal = modal;
            m_stuckMs = 0;
            // Queued, not called here: an answer that opens another dialog
            // runs a nested event loop, and this timer does not fire again
            // while its own slot is still running.
            QTimer::singleShot(0, modal,
                               [this, modal, index = m_answered++] { m_answers.at(index)(modal); });
            return;
        }
        m_stuckMs += kPollMs;
        if (m_stuckMs < kPatienceMs)
            return;
        m_stuckMs = 0;
        QTest::qFail(
            qPrintable(
                QStringLiteral("a modal dialog was left unanswered: %1").arg(describe(modal))),
            __FILE__, __LINE__);
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
    }

    static QString describe(QWidget* modal) {
        QString text = QString::fromLatin1(modal->metaObject()->className());
        if (!modal->objectName().isEmpty())
            text += QStringLiteral(" \"%1\"").arg(modal->objectName());
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            text += QStringLiteral(": %1 %2").arg(box->text(), box->informativeText());
        return text;
    }

    QList<Answer> m_answers;
    int m_answered = 0;
    int m_stuckMs = 0;
    QPointer<QWidget> m_lastModal;
};

// Chooses `path` in a file dialog as a user typing it would, and accepts.
// Typed into the name field as an absolute path, it does not depend on the
// folder the dialog is still loading in the background.
inline void choosePath(QFileDialog* dialog, const QString& path) {
    dialog->setDirectory(path);
    if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
        name->setText(path);
    else
        dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
}

} // namespace md::test
