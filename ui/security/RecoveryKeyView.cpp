#include "security/RecoveryKeyView.h"

#include "UiStyle.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include <memory>

namespace md {

namespace {
// Groups per displayed line: 16 groups of four as 4 lines keeps the key
// readable when copied onto paper by hand.
constexpr int kGroupsPerLine = 4;
} // namespace

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
                             const QString& workspaceId, int cipherPageSize) {
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
    const QStringList groups = QString::fromLatin1(m_key.view()).split(QLatin1Char('-'));
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += kGroupsPerLine)
        lines.append(groups.mid(i, kGroupsPerLine).join(QLatin1Char('-')));
    // Dashes at the line ends keep "remove the dashes" the whole instruction.
    return lines.join(QStringLiteral("-\n"));
}

QString RecoveryKeyView::printableHtml() const {
    const QString key =
        keyForDisplay().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    const QString printed = QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat);
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(tr("MentorDesk recovery key").toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(tr("Workspace folder: %1").arg(m_workspaceDir).toHtmlEscaped(),
                     tr("Workspace ID: %1").arg(m_workspaceId).toHtmlEscaped(),
                     tr("Printed: %1").arg(printed).toHtmlEscaped());
    html += QStringLiteral("<p style=\"font-family: monospace; font-size: 18pt; "
                           "margin: 24px 0;\"><b>%1</b></p>")
                .arg(key);
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Keep this page somewhere safe, away from your computer. Anyone who "
                        "has this key can read every client record in the workspace.")
                         .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("In MentorDesk").toHtmlEscaped(),
                     tr("On the unlock screen choose \"Use recovery key instead\" and type the "
                        "key. Dashes and spaces are optional. Then set a new passphrase "
                        "with File > Change Passphrase.")
                         .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Without MentorDesk").toHtmlEscaped(),
                     tr("The database is a standard SQLCipher 3 file. Open it with the sqlcipher "
                        "command-line tool:")
                         .toHtmlEscaped());
    html += QStringLiteral("<pre>sqlcipher \"%1\"\nPRAGMA key = \"x'%2'\";\n"
                           "PRAGMA cipher_page_size = %3;\n.tables</pre>")
                .arg(Workspace::databasePath(m_workspaceDir).toHtmlEscaped(),
                     tr("the 64 digits of the key without dashes").toHtmlEscaped())
                .arg(m_cipherPageSize);
    return html;
}

void RecoveryKeyView::printTo(QPagedPaintDevice* device) const {
    QTextDocument document;
    document.setHtml(printableHtml());
    document.print(device);
}

void RecoveryKeyView::print() {
    // Non-blocking on purpose: a nested event loop here would let an idle lock
    // delete this view while print() is still on the stack.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(tr("MentorDesk recovery key"));
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setObjectName(QStringLiteral("printRecoveryKeyDialog"));
    dialog->setWindowTitle(tr("Print Recovery Key"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        if (!m_key.isEmpty())
            printTo(printer.get());
    });
    dialog->open();
}

} // namespace md
