#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace md {

// A surface to sign on with a mouse, a pen or a finger. Strokes can be undone
// and redone one at a time; clearing is undoable too. The result is a PNG with
// a transparent background, cropped to the ink, at twice the on-screen scale.
// On screen the pad takes its colours from the palette (a dark pad in a dark
// theme); the PNG is always dark ink, as it is printed on white paper.
class SignaturePad final : public QWidget {
    Q_OBJECT
public:
    explicit SignaturePad(QWidget* parent = nullptr);

    // What the pad paints with on `palette`.
    struct Colours {
        QColor paper; // the surface
        QColor ink;   // strokes, and a stored signature that is ink alone
        QColor guide; // the line to sign on and the frame
        QColor hint;  // "Sign above the line"
    };
    static Colours coloursFor(const QPalette& palette);
    // The ink of the PNG: the same whatever the theme.
    static QColor exportInk();

    bool isEmpty() const { return m_strokes.isEmpty() && m_stored.isNull(); }
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }

    // The signature as PNG bytes; empty when nothing was drawn.
    QByteArray toPng() const;
    // Shows a signature kept from before (the mentor's stored one) instead of
    // strokes; drawing or clearing replaces it.
    void setStoredSignature(const QByteArray& png);

    QSize sizeHint() const override { return {460, 160}; }
    QSize minimumSizeHint() const override { return {260, 110}; }

public Q_SLOTS:
    void clear();
    void undo();
    void redo();

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;
    bool event(QEvent* event) override;

private:
    using Stroke = QList<QPointF>;
    struct State {
        QList<Stroke> strokes;
        QImage stored;
    };

    void begin(const QPointF& point);
    void extend(const QPointF& point);
    void finish();
    void remember();
    void restore(const State& state);

    QList<Stroke> m_strokes;
    Stroke m_current;
    bool m_drawing = false;
    QImage m_stored;
    QByteArray m_storedPng;
    QList<State> m_undo;
    QList<State> m_redo;
};

} // namespace md
