#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace md {

// A picture of a scan for the mentor to look at before it is attached: the
// image itself, or the first page of a PDF as poppler's pdftoppm draws it.
// Looking is all it is for: nothing is decided from the picture.
class ScanPreview final {
    Q_DECLARE_TR_FUNCTIONS(md::ScanPreview)
public:
    // The picture, at most `maxPixels` on its longer side; a null image and
    // `why` (a sentence) when there is none.
    static QImage render(const QByteArray& content, int maxPixels, QString* why);
};

} // namespace md
