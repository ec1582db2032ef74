#pragma once

#include <QDialog>

#include <memory>

namespace md {

namespace Ui {
class MoveNoteDialog;
}

// Asks for the text a move needs (MoveNoteDialog.ui): the reason to go back
// or to close early, or the outcome note of an engagement that ends. With
// `required`, OK stays disabled while the text is blank.
class MoveNoteDialog final : public QDialog {
    Q_OBJECT
public:
    MoveNoteDialog(const QString& title, const QString& prompt, bool required, const QString& text,
                   QWidget* parent = nullptr);
    ~MoveNoteDialog() override;

    // What was typed, trimmed.
    QString text() const;

private:
    void updateButtons();

    std::unique_ptr<Ui::MoveNoteDialog> m_ui;
    bool m_required = false;
};

} // namespace md
