#include "security/RecoveryKeyView.h"

#include "UiStyle.h"
#include "export/DocumentLayout.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace md {

RecoveryKeyView::RecoveryKeyView(QWidget* parent)
    : QWidget(parent) {
    auto* explanation = new QLabel(
        tr("This recovery key opens your workspace if you forget your passphrase. It is shown "
           "only now. Print it or write it down and keep it somewhere safe, away from this "
           "computer. Anyone who has it can read your client records."),
        this);
    explanation->setWordWrap(true);

    m_keyLabel = new QLabel(this);
    m_keyLabel->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_keyLabel->setFont(ui::monospaceFont(1.35));
    m_keyLabel->setTextFormat(Qt::PlainText);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setAccessibleName(tr("Recovery key"));

    auto* keyFrame = new QFrame(this);
    keyFrame->setFrameShape(QFrame::StyledPanel);
    keyFrame->setBackgroundRole(QPalette::Base);
    keyFrame->setAutoFillBackground(true);
    auto* keyFrameLayout = new QVBoxLayout(keyFrame);
    keyFrameLayout->setContentsMargins(16, 14, 16, 14);
    keyFrameLayout->addWidget(m_keyLabel);

    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printRecoveryKeyButton"));
    m_printButton->setToolTip(tr("Print the recovery key, or save it as a PDF to store offline"));
    connect(m_printButton, &QPushButton::clicked, this, &RecoveryKeyView::print);

    m_confirmCheckBox = new QCheckBox(tr("I have stored my recovery key somewhere safe"), this);
    m_confirmCheckBox->setObjectName(QStringLiteral("recoveryKeyConfirmCheckBox"));
    connect(m_confirmCheckBox, &QCheckBox::toggled, this, &RecoveryKeyView::confirmedChanged);

    auto* printRow = new QHBoxLayout;
    printRow->addStretch();
    printRow->addWidget(m_printButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(explanation);
    layout->addWidget(keyFrame);
    layout->addLayout(printRow);
    layout->addSpacing(6);
    layout->addWidget(m_confirmCheckBox);
    layout->addStretch();
}

RecoveryKeyView::~RecoveryKeyView() = default;

void RecoveryKeyView::setKey(SecureBytes formattedKey, const QString& workspaceDir,
                             const QString& workspaceId, int cipherPageSize, const Clock& clock) {
    m_clock = &clock;
    m_key = std::move(formattedKey);
    m_workspaceDir = workspaceDir;
    m_workspaceId = workspaceId;
    m_cipherPageSize = cipherPageSize;
    m_keyLabel->setText(keyForDisplay());
    m_confirmCheckBox->setChecked(false);
}

void RecoveryKeyView::clear() {
    m_key.clear();
    m_keyLabel->clear();
    m_confirmCheckBox->setChecked(false);
}

bool RecoveryKeyView::isConfirmed() const {
    return m_confirmCheckBox->isChecked();
}

QString RecoveryKeyView::keyForDisplay() const {
    return RecoveryKeyDocument::displayForm(m_key.view());
}

RecoveryKeyDocument::Input RecoveryKeyView::documentInput() const {
    // The sheet is in the interface language, the mentor's own.
    return {m_key.view(),
            m_workspaceDir,
            m_workspaceId,
            m_cipherPageSize,
            m_clock ? m_clock->nowUtc() : QDateTime(),
            QString()};
}

QString RecoveryKeyView::printableHtml() const {
    return RecoveryKeyDocument::html(documentInput());
}

Status RecoveryKeyView::printTo(QPagedPaintDevice* device) const {
    DocumentLayout().applyTo(*device);
    return RecoveryKeyDocument::paint(documentInput(), *device);
}

void RecoveryKeyView::print() {
    // Non-blocking on purpose: a nested event loop here would let an idle lock
    // delete this view while print() is still on the stack.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(RecoveryKeyDocument::title());
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setObjectName(QStringLiteral("printRecoveryKeyDialog"));
    dialog->setWindowTitle(tr("Print Recovery Key"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        if (m_key.isEmpty())
            return;
        if (Status printed = printTo(printer.get()); !printed)
            QMessageBox::warning(this, tr("Print Recovery Key"), printed.message());
    });
    dialog->open();
}

} // namespace md
