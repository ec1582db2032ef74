#include "agreements/ScanPreview.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace md {

namespace {

constexpr int kRenderTimeoutMs = 20000;

QImage firstPdfPage(const QByteArray& content, int maxPixels, QString* why) {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (tool.isEmpty()) {
        *why = ScanPreview::tr("No preview of PDF files on this computer (pdftoppm from "
                               "poppler-utils is not installed). Open the file yourself to "
                               "check it before you attach it.");
        return {};
    }
    // The scan is private: the copy the tool reads lives in a folder only
    // this account can open, and goes with it.
    QTemporaryDir dir;
    QFile input(dir.filePath(QStringLiteral("scan.pdf")));
    if (!dir.isValid() || !input.open(QIODevice::WriteOnly) ||
        input.write(content) != content.size() || !input.flush()) {
        *why = ScanPreview::tr("Could not prepare the preview of the PDF.");
        return {};
    }
    input.close();
    QProcess process;
    process.start(tool, {QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"),
                         QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-scale-to"),
                         QString::number(maxPixels), QStringLiteral("-singlefile"),
                         input.fileName(), dir.filePath(QStringLiteral("page"))});
    if (!process.waitForFinished(kRenderTimeoutMs) || process.exitCode() != 0) {
        process.kill();
        *why = ScanPreview::tr("The PDF could not be shown: it may be damaged or protected.");
        return {};
    }
    QImage page(dir.filePath(QStringLiteral("page.png")));
    if (page.isNull())
        *why = ScanPreview::tr("The PDF could not be shown: it may be damaged or protected.");
    return page;
}

} // namespace

QImage ScanPreview::render(const QByteArray& content, int maxPixels, QString* why) {
    QString reason;
    QImage image;
    if (content.startsWith("%PDF-")) {
        image = firstPdfPage(content, maxPixels, &reason);
    } else {
        image = QImage::fromData(content);
        if (image.isNull())
            reason = tr("This file is neither a PDF nor a PNG or JPEG image.");
    }
    if (!image.isNull() && std::max(image.width(), image.height()) > maxPixels)
        image = image.scaled(maxPixels, maxPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (why)
        *why = reason;
    return image;
}

} // namespace md
