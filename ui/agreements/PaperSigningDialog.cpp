#include "agreements/PaperSigningDialog.h"

#include "BusyCursor.h"
#include "StartFolder.h"
#include "UiStyle.h"
#include "agreements/AgreementService.h"
#include "agreements/ScanPreview.h"
#include "workspace/Workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

namespace {
constexpr int kPreviewPixels = 420;
} // namespace

PaperSigningDialog::PaperSigningDialog(Workspace& workspace, const Agreement& agreement,
                                       QWidget* parent)
    : QDialog(parent)
    , m_workspace(&workspace)
    , m_agreement(agreement) {
    setObjectName(QStringLiteral("paperSigningDialog"));
    setWindowTitle(tr("Signed on paper: %1").arg(agreement.number()));

    auto* heading = new QLabel(tr("%1 · %2").arg(agreement.number(), agreement.title), this);
    heading->setWordWrap(true);
    ui::styleAsHeading(heading, 1.2);
    auto* intro =
        new QLabel(tr("Attach the scan of the paper original that both of you signed by hand. "
                      "MentorDesk keeps the scan as you attach it and does not check the "
                      "signatures on it: look at the preview to see that it is this agreement "
                      "(fingerprint %1 in its footer), signed by both of you.")
                       .arg(agreement.fingerprint()),
                   this);
    intro->setWordWrap(true);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("scanFileLineEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No scan chosen yet"));
    auto* choose = new QPushButton(tr("&Choose scan…"), this);
    choose->setObjectName(QStringLiteral("chooseScanButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("scanPreviewLabel"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_preview->setMinimumSize(kPreviewPixels * 3 / 4, kPreviewPixels * 3 / 4);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setText(tr("The scan's first page shows here."));

    m_signedOn = new QDateEdit(this);
    m_signedOn->setObjectName(QStringLiteral("signedOnDateEdit"));
    m_signedOn->setCalendarPopup(true);
    m_signedOn->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    // The days are the service's rule: not before the draft, not in the future.
    if (auto dates = workspace.agreements().paperSigningDates(agreement.id)) {
        m_signedOn->setDateRange(dates->earliest, dates->latest);
        m_signedOn->setDate(dates->latest);
    }
    auto* form = new QFormLayout;
    auto* scanLabel = new QLabel(tr("&Scan:"), this);
    scanLabel->setBuddy(choose);
    form->addRow(scanLabel, fileRow);
    form->addRow(tr("Signed by &hand on:"), m_signedOn);

    auto* freezeNote = new QLabel(
        tr("Once recorded, %1 can no longer be changed: the scan and the agreement's PDF are "
           "sealed with this workspace's key. A change later needs an amendment.")
            .arg(agreement.number()),
        this);
    freezeNote->setObjectName(QStringLiteral("freezeNoteLabel"));
    freezeNote->setWordWrap(true);
    ui::styleAsSecondary(freezeNote);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("paperSigningErrorLabel"));
    ui::styleAsError(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("&Record and freeze"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordPaperSigningButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(freezeNote);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &PaperSigningDialog::chooseScan);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaperSigningDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaperSigningDialog::reject);
    updateButtons();
    resize(620, 760);
}

void PaperSigningDialog::chooseScan() {
    // Opened in the folder, with the name field empty: the static helpers
    // would offer the folder's own name as the file to open.
    QFileDialog dialog(this, tr("Choose the scan of the signed paper"));
    dialog.setObjectName(QStringLiteral("scanFileDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setNameFilters({tr("Scans (*.pdf *.png *.jpg *.jpeg)"), tr("All files (*)")});
    dialog.setDirectory(m_path.isEmpty() ? ui::startFolder() : QFileInfo(m_path).absolutePath());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    loadScan(dialog.selectedFiles().constFirst());
}

void PaperSigningDialog::loadScan(const QString& path) {
    m_path.clear();
    m_content.clear();
    m_file->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_preview->setPixmap({});
        m_preview->setText(tr("Could not read %1.").arg(QDir::toNativeSeparators(path)));
        updateButtons();
        return;
    }
    const QByteArray content = file.readAll();
    QString why;
    const QImage picture = [&] {
        BusyCursor busy;
        return ScanPreview::render(content, kPreviewPixels, &why);
    }();
    if (picture.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(why);
    } else {
        m_preview->setPixmap(QPixmap::fromImage(picture));
    }
    // A PDF without a preview (no pdftoppm) can still be attached; a file
    // that is no scan at all cannot.
    const bool isScan = !picture.isNull() || content.startsWith("%PDF-");
    if (isScan) {
        m_path = path;
        m_content = content;
    }
    ui::setErrorText(m_error, QString());
    updateButtons();
}

void PaperSigningDialog::updateButtons() {
    m_record->setEnabled(!m_content.isEmpty());
}

void PaperSigningDialog::accept() {
    if (!m_workspace || m_content.isEmpty())
        return;
    Result<Agreement> result = [&] {
        BusyCursor busy;
        return m_workspace->agreements().signOnPaper(m_agreement.id, m_path, m_content,
                                                     m_signedOn->date());
    }();
    if (!result) {
        ui::setErrorText(m_error, result.message());
        return;
    }
    m_signed = *result;
    QDialog::accept();
}

} // namespace md
