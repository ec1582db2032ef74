#include "export/DocumentBoxHandler.h"

#include <QImage>
#include <QPainter>

namespace md {

DocumentBoxHandler::DocumentBoxHandler(qreal dotsPerMm, QObject* parent)
    : QObject(parent)
    , m_dotsPerMm(dotsPerMm) {}

QSizeF DocumentBoxHandler::intrinsicSize(QTextDocument*, int, const QTextFormat& format) {
    return {format.doubleProperty(WidthMmProperty) * m_dotsPerMm,
            format.doubleProperty(HeightMmProperty) * m_dotsPerMm};
}

void DocumentBoxHandler::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                    const QTextFormat& format) {
    painter->save();
    painter->setRenderHint(QPainter::LosslessImageRendering, true);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    const QImage image = format.property(ImageProperty).value<QImage>();
    const bool underline = format.boolProperty(UnderlineProperty);
    // Keep the signing line clear of the drawing's lowest strokes.
    const QRectF area = underline ? rect.adjusted(0, 0, 0, -1.0 * m_dotsPerMm) : rect;
    if (!image.isNull() && area.isValid()) {
        QSizeF size = image.size();
        size.scale(area.size(), Qt::KeepAspectRatio);
        const qreal x =
            format.boolProperty(AlignRightProperty) ? area.right() - size.width() : area.left();
        painter->drawImage(QRectF(QPointF(x, area.bottom() - size.height()), size), image);
    }
    if (underline) {
        painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 0.25 * m_dotsPerMm));
        painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    }
    painter->restore();
}

} // namespace md
