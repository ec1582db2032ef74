#pragma once

#include <QObject>
#include <QTextObjectInterface>

namespace md {

// Draws fixed-size boxes inside a QTextDocument: the logo in the letterhead
// and the signature fields. Images are painted with LosslessImageRendering,
// because QTextDocument's own <img> handling ends up as JPEG in a PDF and a
// signature must stay exactly what was drawn.
class DocumentBoxHandler final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 17;
    enum Property {
        ImageProperty = QTextFormat::UserProperty + 1, // QImage
        WidthMmProperty,                               // double
        HeightMmProperty,                              // double
        UnderlineProperty,                             // bool: draw a signing line along the bottom
        AlignRightProperty,                            // bool: image to the right edge (logos)
    };

    // `dotsPerMm` of the layout's paint device.
    explicit DocumentBoxHandler(qreal dotsPerMm, QObject* parent = nullptr);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    qreal m_dotsPerMm;
};

} // namespace md
