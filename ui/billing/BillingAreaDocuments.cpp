// The invoice list's document actions: PDF, print, print preview and the CSV
// export. Kept apart from the list and its workflow in BillingArea.cpp.

#include "billing/BillingArea.h"

#include "BusyCursor.h"
#include "billing/BillingService.h"
#include "billing/InvoiceListModel.h"
#include "common/AtomicFile.h"
#include "export/InvoiceCsvExporter.h"
#include "export/InvoicePdfRenderer.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace md {

void BillingArea::exportSelectedPdf() {
    const InvoiceRecord* r = selectedRecord();
    if (!r || !m_workspace)
        return;
    auto document = m_workspace->billing().document(r->invoice.id);
    if (!document) {
        QMessageBox::warning(this, tr("Save PDF"), document.message());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save invoice as PDF"), InvoicePdfRenderer::suggestedFileName(document->invoice),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    BusyCursor busy;
    auto bytes = InvoicePdfRenderer::render(*document);
    // Complete or not there at all: on a full disk the previous file stays.
    const Status written = bytes ? writeFileAtomically(path, *bytes) : Status(bytes.error());
    if (!written) {
        QMessageBox::warning(this, tr("Save PDF"), written.message());
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void BillingArea::printSelected() {
    const InvoiceRecord* r = selectedRecord();
    if (!r || !m_workspace)
        return;
    auto document = m_workspace->billing().document(r->invoice.id);
    if (!document) {
        QMessageBox::warning(this, tr("Print"), document.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(InvoicePdfRenderer::pageLayout());
    printer.setDocName(InvoicePdfRenderer::suggestedFileName(document->invoice).chopped(4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status printed = InvoicePdfRenderer::paint(*document, printer); !printed)
        QMessageBox::warning(this, tr("Print"), printed.message());
}

void BillingArea::previewSelected() {
    const InvoiceRecord* r = selectedRecord();
    if (!r || !m_workspace)
        return;
    auto document = m_workspace->billing().document(r->invoice.id);
    if (!document) {
        QMessageBox::warning(this, tr("Print preview"), document.message());
        return;
    }
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageLayout(InvoicePdfRenderer::pageLayout());
    auto* preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(QStringLiteral("invoicePrintPreviewDialog"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QObject::destroyed, [printer] { delete printer; });
    const InvoiceDocument doc = *document;
    connect(preview, &QPrintPreviewDialog::paintRequested, preview, [doc](QPrinter* target) {
        // The preview shows whatever was painted; an error leaves it empty.
        (void)InvoicePdfRenderer::paint(doc, *target);
    });
    preview->open();
}

void BillingArea::exportCsv() {
    if (!m_workspace)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export CSV files to"));
    if (dir.isEmpty())
        return;
    if (!m_workspace)
        return;
    auto written =
        InvoiceCsvExporter::exportAll(m_workspace->billing(), dir, m_workspace->clock().today());
    if (!written) {
        QMessageBox::warning(this, tr("Export CSV"), written.message());
        return;
    }
    Q_EMIT statusMessage(tr("Wrote %n file(s) to %1.", nullptr, int(written->size()))
                             .arg(QDir::toNativeSeparators(dir)));
}

} // namespace md
