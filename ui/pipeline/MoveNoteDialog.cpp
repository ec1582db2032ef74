#include "pipeline/MoveNoteDialog.h"

#include "ui_MoveNoteDialog.h"

#include <QPushButton>

namespace md {

MoveNoteDialog::MoveNoteDialog(const QString& title, const QString& prompt, bool required,
                               const QString& text, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MoveNoteDialog>())
    , m_required(required) {
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->promptLabel->setText(prompt);
    m_ui->moveNoteTextEdit->setPlainText(text);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setObjectName(QStringLiteral("moveNoteOkButton"));
    connect(m_ui->moveNoteTextEdit, &QPlainTextEdit::textChanged, this,
            &MoveNoteDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

MoveNoteDialog::~MoveNoteDialog() = default;

QString MoveNoteDialog::text() const {
    return m_ui->moveNoteTextEdit->toPlainText().trimmed();
}

void MoveNoteDialog::updateButtons() {
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_required || !text().isEmpty());
}

} // namespace md
