#include "agreements/SignaturePad.h"

#include "UiStyle.h"

#include <QBuffer>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>

#include <algorithm>

namespace md {

namespace {

// A blue-black ink, as a pen on paper: the PNG's, and the pad's on a light
// theme.
const QColor kInk(0x14, 0x24, 0x5c);
constexpr qreal kPenWidth = 2.6;
constexpr qreal kExportScale = 2.0;

QPainterPath pathOf(const QList<QPointF>& stroke) {
    QPainterPath path(stroke.first());
    if (stroke.size() == 1) {
        path.lineTo(stroke.first() + QPointF(0.1, 0.1)); // a dot
        return path;
    }
    // Quadratic curves through the midpoints smooth the pointer's jitter.
    for (qsizetype i = 1; i + 1 < stroke.size(); ++i)
        path.quadTo(stroke.at(i), (stroke.at(i) + stroke.at(i + 1)) / 2);
    path.lineTo(stroke.last());
    return path;
}

// Whether `image` is ink alone on a transparent background (as toPng() writes
// it), rather than a scan that brings its own paper.
bool isInkOnly(const QImage& image) {
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    const int step = std::max(1, std::min(argb.width(), argb.height()) / 24);
    int transparent = 0;
    int sampled = 0;
    for (int y = 0; y < argb.height(); y += step) {
        for (int x = 0; x < argb.width(); x += step) {
            ++sampled;
            if (qAlpha(argb.pixel(x, y)) < 32)
                ++transparent;
        }
    }
    return sampled > 0 && transparent * 2 > sampled;
}

// `image` in the colour `ink`, its shape kept (by its alpha).
QImage tinted(const QImage& image, const QColor& ink) {
    QImage out = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&out);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(out.rect(), ink);
    painter.end();
    return out;
}

} // namespace

SignaturePad::Colours SignaturePad::coloursFor(const QPalette& palette) {
    const QColor paper = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    return {paper, ui::readableOn(kInk, paper, palette), ui::blend(paper, text, 0.45),
            ui::readableOn(palette.color(QPalette::PlaceholderText), paper, palette)};
}

QColor SignaturePad::exportInk() {
    return kInk;
}

SignaturePad::SignaturePad(QWidget* parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Signature pad"));
    setAccessibleDescription(tr("Draw your signature with the mouse, a pen or a finger."));
}

void SignaturePad::remember() {
    m_undo.append(State{m_strokes, m_stored});
    m_redo.clear();
}

void SignaturePad::restore(const State& state) {
    m_strokes = state.strokes;
    m_stored = state.stored;
    if (m_stored.isNull()) {
        m_storedPng.clear();
    } else if (m_storedPng.isEmpty()) {
        QBuffer buffer(&m_storedPng);
        buffer.open(QIODevice::WriteOnly);
        m_stored.save(&buffer, "PNG");
    }
    update();
    Q_EMIT changed();
}

void SignaturePad::clear() {
    if (isEmpty())
        return;
    remember();
    restore(State{});
}

void SignaturePad::undo() {
    if (m_undo.isEmpty())
        return;
    m_redo.append(State{m_strokes, m_stored});
    restore(m_undo.takeLast());
}

void SignaturePad::redo() {
    if (m_redo.isEmpty())
        return;
    m_undo.append(State{m_strokes, m_stored});
    restore(m_redo.takeLast());
}

void SignaturePad::setStoredSignature(const QByteArray& png) {
    const QImage image = QImage::fromData(png);
    if (image.isNull())
        return;
    remember();
    // Kept as PNG whatever it came as: signatures are stored losslessly.
    m_storedPng.clear();
    QBuffer buffer(&m_storedPng);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    restore(State{{}, image});
}

void SignaturePad::begin(const QPointF& point) {
    remember();
    // Drawing replaces a stored signature rather than scribbling over it.
    m_stored = QImage();
    m_storedPng.clear();
    m_drawing = true;
    m_current = {point};
    update();
}

void SignaturePad::extend(const QPointF& point) {
    if (!m_drawing)
        return;
    if (!m_current.isEmpty() && (m_current.last() - point).manhattanLength() < 1.0)
        return;
    m_current.append(point);
    update();
}

void SignaturePad::finish() {
    if (!m_drawing)
        return;
    m_drawing = false;
    m_strokes.append(m_current);
    m_current.clear();
    update();
    Q_EMIT changed();
}

void SignaturePad::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        begin(event->position());
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton)
        extend(event->position());
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        extend(event->position());
        finish();
    }
}

void SignaturePad::tabletEvent(QTabletEvent* event) {
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(event->position());
        break;
    case QEvent::TabletMove:
        extend(event->position());
        break;
    case QEvent::TabletRelease:
        finish();
        break;
    default:
        break;
    }
    // Accepted: Qt then does not synthesise mouse events for the pen.
    event->accept();
}

bool SignaturePad::event(QEvent* event) {
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto* touch = static_cast<QTouchEvent*>(event);
        if (touch->points().isEmpty())
            return true;
        const QPointF point = touch->points().first().position();
        if (event->type() == QEvent::TouchBegin)
            begin(point);
        else if (event->type() == QEvent::TouchUpdate)
            extend(point);
        else
            finish();
        return true;
    }
    case QEvent::TouchCancel:
        m_drawing = false;
        m_current.clear();
        if (!m_undo.isEmpty())
            restore(m_undo.takeLast());
        return true;
    default:
        return QWidget::event(event);
    }
}

void SignaturePad::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Colours colours = coloursFor(palette());
    painter.fillRect(rect(), colours.paper);
    painter.setPen(QPen(colours.guide, 1, Qt::DashLine));
    const qreal baseline = height() * 0.72;
    painter.drawLine(QPointF(16, baseline), QPointF(width() - 16, baseline));
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    if (isEmpty() && !m_drawing) {
        painter.setPen(colours.hint);
        painter.drawText(QRectF(16, baseline + 4, width() - 32, height() - baseline - 4),
                         Qt::AlignLeft | Qt::AlignTop, tr("Sign above the line"));
    }
    if (!m_stored.isNull()) {
        QSizeF size = m_stored.size();
        size.scale(QSizeF(width() - 32, baseline), Qt::KeepAspectRatio);
        // Dark ink would vanish on a dark pad: ink alone is drawn in the
        // pad's ink; a scan with its own paper is shown as it is.
        const QImage shown = isInkOnly(m_stored) ? tinted(m_stored, colours.ink) : m_stored;
        painter.drawImage(QRectF(QPointF(16, baseline - size.height()), size), shown);
    }
    painter.setPen(QPen(colours.ink, kPenWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const Stroke& stroke : std::as_const(m_strokes))
        painter.drawPath(pathOf(stroke));
    if (!m_current.isEmpty())
        painter.drawPath(pathOf(m_current));
}

QByteArray SignaturePad::toPng() const {
    if (!m_storedPng.isEmpty() && m_strokes.isEmpty())
        return m_storedPng;
    if (m_strokes.isEmpty())
        return {};
    QRectF bounds;
    for (const Stroke& stroke : m_strokes)
        bounds = bounds.united(pathOf(stroke).boundingRect());
    bounds.adjust(-kPenWidth * 2, -kPenWidth * 2, kPenWidth * 2, kPenWidth * 2);
    QImage image((bounds.size() * kExportScale).toSize().expandedTo(QSize(1, 1)),
                 QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(kExportScale, kExportScale);
    painter.translate(-bounds.topLeft());
    painter.setPen(QPen(kInk, kPenWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const Stroke& stroke : m_strokes)
        painter.drawPath(pathOf(stroke));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace md
