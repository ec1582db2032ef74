#include "security/RecoveryKeyView.h"

#include "StartFolder.h"
#include "UiStyle.h"
#include "common/AtomicFile.h"
#include "export/DocumentLayout.h"
#include "security/ClipboardSecret.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
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
    : QWidget(parent)
    , m_clipboardLifetime(ClipboardSecret::kDefaultLifetime) {
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

    m_copyButton = new QPushButton(tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyRecoveryKeyButton"));
    m_copyButton->setToolTip(
        tr("Copy the recovery key, to paste it into a password manager. The clipboard is "
           "cleared after a minute."));
    connect(m_copyButton, &QPushButton::clicked, this, &RecoveryKeyView::copyToClipboard);

    m_savePdfButton = new QPushButton(tr("&Save as PDF…"), this);
    m_savePdfButton->setObjectName(QStringLiteral("saveRecoveryKeyPdfButton"));
    m_savePdfButton->setToolTip(
        tr("Save the recovery key sheet as a PDF, for example on a USB stick you keep apart"));
    connect(m_savePdfButton, &QPushButton::clicked, this, &RecoveryKeyView::choosePdfFile);

    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printRecoveryKeyButton"));
    m_printButton->setToolTip(tr("Print the recovery key sheet to keep it on paper"));
    connect(m_printButton, &QPushButton::clicked, this, &RecoveryKeyView::print);

    // Room for one line kept from the start, so nothing moves when it shows.
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("recoveryKeyNoteLabel"));
    m_noteLabel->setWordWrap(true);
    ui::styleAsSecondary(m_noteLabel);
    m_noteLabel->setMinimumHeight(m_noteLabel->fontMetrics().lineSpacing());

    m_confirmCheckBox = new QCheckBox(tr("I have stored my recovery key somewhere safe"), this);
    m_confirmCheckBox->setObjectName(QStringLiteral("recoveryKeyConfirmCheckBox"));
    connect(m_confirmCheckBox, &QCheckBox::toggled, this, &RecoveryKeyView::confirmedChanged);

    auto* printRow = new QHBoxLayout;
    printRow->addStretch();
    printRow->addWidget(m_copyButton);
    printRow->addWidget(m_savePdfButton);
    printRow->addWidget(m_printButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(explanation);
    layout->addWidget(keyFrame);
    layout->addLayout(printRow);
    layout->addWidget(m_noteLabel);
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
    m_noteLabel->clear();
    m_confirmCheckBox->setChecked(false);
}

void RecoveryKeyView::clear() {
    m_key.clear();
    m_keyLabel->clear();
    m_noteLabel->clear();
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

Status RecoveryKeyView::savePdf(const QString& path) const {
    if (m_key.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The recovery key is no longer shown."));
    Result<QByteArray> pdf = RecoveryKeyDocument::pdf(documentInput());
    if (!pdf)
        return pdf.error();
    // Straight from memory into the file (no temporary copy of the page
    // anywhere else), for the mentor's account only.
    const Status written = writeFileAtomically(path, *pdf, FileAccess::OwnerOnly);
    wipe(*pdf);
    return written;
}

void RecoveryKeyView::choosePdfFile() {
    // Non-blocking like print(), for the same reason.
    auto* dialog = new QFileDialog(this, tr("Save Recovery Key as PDF"), ui::startFolder(),
                                   tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("saveRecoveryKeyFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(tr("MentorDesk recovery key.pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (path.isEmpty() || m_key.isEmpty())
            return;
        if (Status saved = savePdf(path); !saved) {
            QMessageBox::warning(this, tr("Save Recovery Key"), saved.message());
            return;
        }
        m_noteLabel->setText(tr("Saved as %1. Keep the file apart from this computer.")
                                 .arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void RecoveryKeyView::copyToClipboard() {
    if (m_key.isEmpty())
        return;
    ClipboardSecret::copy(m_key.view(), m_clipboardLifetime);
    m_noteLabel->setText(
        tr("Copied. MentorDesk clears the clipboard in a minute if the key is still on it."));
}

} // namespace md
