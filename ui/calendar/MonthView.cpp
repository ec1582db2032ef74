#include "calendar/MonthView.h"

#include "UiStyle.h"
#include "scheduling/ZonedTime.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace md {

MonthView::MonthView(QWidget* parent)
    : CalendarView(parent) {
    setObjectName(QStringLiteral("monthView"));
    setMouseTracking(true);
    setMinimumSize(560, 420);
    setAccessibleName(tr("Month"));
}

void MonthView::setAnchor(const QDate& day) {
    m_month = QDate(day.year(), day.month(), 1);
    m_first = m_month.addDays(1 - m_month.dayOfWeek());
    layoutLines();
    update();
}

QDateTime MonthView::rangeStartUtc() const {
    return ZonedTime::toUtc(m_first, QTime(0, 0), zone());
}

QDateTime MonthView::rangeEndUtc() const {
    return ZonedTime::toUtc(m_first.addDays(42), QTime(0, 0), zone());
}

void MonthView::setItems(const QList<CalendarItem>& items) {
    m_items = items;
    layoutLines();
    update();
}

QRect MonthView::cellRect(const QDate& day) const {
    const qint64 index = m_first.daysTo(day);
    if (index < 0 || index >= 42)
        return {};
    const double w = width() / 7.0;
    const double h = (height() - kHeader) / 6.0;
    const int row = int(index / 7);
    const int col = int(index % 7);
    return QRect(int(col * w), int(kHeader + row * h), int(w), int(h));
}

QRect MonthView::itemRect(qint64 sessionId) const {
    for (const Line& line : m_lines) {
        if (line.itemIndex >= 0 && m_items.at(line.itemIndex).sessionId == sessionId)
            return line.rect;
    }
    return {};
}

void MonthView::layoutLines() {
    m_lines.clear();
    if (!m_first.isValid())
        return;
    const int lineHeight = fontMetrics().height() + 3;
    for (int i = 0; i < 42; ++i) {
        const QDate day = m_first.addDays(i);
        const QRect cell = cellRect(day);
        const QDateTime dayStart = ZonedTime::toUtc(day, QTime(0, 0), zone());
        const QDateTime dayEnd = ZonedTime::toUtc(day.addDays(1), QTime(0, 0), zone());
        QList<int> indexes;
        for (int j = 0; j < m_items.size(); ++j) {
            const CalendarItem& item = m_items.at(j);
            // A session shows on the day it starts; busy times on every day they cover.
            const bool shows = item.isBusyTime()
                                   ? item.startUtc < dayEnd && dayStart < item.endUtc
                                   : dayStart <= item.startUtc && item.startUtc < dayEnd;
            if (shows)
                indexes.append(j);
        }
        const int top = cell.top() + lineHeight + 4;
        const int capacity = std::max(0, (cell.bottom() - top) / lineHeight);
        const int shown =
            indexes.size() > capacity ? std::max(0, capacity - 1) : int(indexes.size());
        for (int k = 0; k < shown; ++k)
            m_lines.append(
                {indexes.at(k), day,
                 QRect(cell.left() + 3, top + k * lineHeight, cell.width() - 6, lineHeight - 1)});
        if (shown < indexes.size() && capacity > 0)
            m_lines.append(
                {-1, day,
                 QRect(cell.left() + 3, top + shown * lineHeight, cell.width() - 6, lineHeight - 1),
                 int(indexes.size()) - shown});
    }
}

QDate MonthView::dayAt(const QPoint& pos) const {
    if (pos.y() < kHeader || width() <= 0)
        return {};
    const int col = std::clamp(int(pos.x() / (width() / 7.0)), 0, 6);
    const int row = std::clamp(int((pos.y() - kHeader) / ((height() - kHeader) / 6.0)), 0, 5);
    return m_first.addDays(row * 7 + col);
}

int MonthView::lineAt(const QPoint& pos) const {
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).rect.contains(pos))
            return i;
    }
    return -1;
}

void MonthView::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const QLocale locale;
    const double w = width() / 7.0;
    painter.fillRect(QRect(0, 0, width(), kHeader), pal.window());
    painter.setPen(pal.color(QPalette::WindowText));
    for (int d = 0; d < 7; ++d)
        painter.drawText(QRect(int(d * w) + 6, 0, int(w) - 6, kHeader),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         locale.dayName(d + 1, QLocale::LongFormat));

    const QColor line = pal.color(QPalette::Mid).lighter(135);
    const QColor offDay = pal.color(QPalette::AlternateBase).darker(103);
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < 42; ++i) {
        const QDate day = m_first.addDays(i);
        const QRect cell = cellRect(day);
        if (!availability().isWorkingDay(day))
            painter.fillRect(cell, offDay);
        if (day == m_hoverDay && m_dragging)
            painter.fillRect(cell, ui::highlightTint(pal));
        painter.setPen(line);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell);
        const bool inMonth = day.month() == m_month.month();
        const QRect number(cell.left() + 6, cell.top() + 3, 28, fontMetrics().height());
        if (day == today()) {
            painter.save();
            painter.setBrush(pal.color(QPalette::Highlight));
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QRectF(number.left() - 4, number.top() - 1, number.height() + 4,
                                       number.height() + 2));
            painter.restore();
            painter.setPen(ui::readableTextOn(pal.color(QPalette::Highlight), pal));
        } else {
            painter.setPen(inMonth ? pal.color(QPalette::Text)
                                   : pal.color(QPalette::PlaceholderText));
        }
        painter.setFont(day == today() ? bold : font());
        painter.drawText(number.adjusted(day.day() < 10 ? 1 : -3, 0, 0, 0),
                         Qt::AlignLeft | Qt::AlignVCenter, QString::number(day.day()));
    }
    painter.setFont(font());
    // Once per paint: the system's smallest readable size comes from
    // fontconfig on every call.
    const QFont lineFont = ui::smallFont(font());
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line& lineItem = m_lines.at(i);
        if (lineItem.itemIndex < 0) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(lineItem.rect.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("+%1 more").arg(lineItem.hidden));
            continue;
        }
        const CalendarItem& item = m_items.at(lineItem.itemIndex);
        const bool dragged = m_dragging && i == m_pressLine;
        QPainterPath path;
        path.addRoundedRect(QRectF(lineItem.rect), 3, 3);
        QColor fill = CalendarItems::colorFor(item, pal);
        const QColor textColour = CalendarItems::textColorFor(item, fill, pal);
        if (dragged)
            fill.setAlpha(90);
        painter.fillPath(path, fill);
        if (item.isBusyTime())
            painter.fillPath(path, QBrush(ui::blend(fill, textColour, 0.25), Qt::BDiagPattern));
        QFont f = lineFont;
        f.setStrikeOut(item.isCancelled());
        painter.setFont(f);
        painter.setPen(textColour);
        const QString time =
            item.allDay
                ? QString()
                : CalendarItems::timeRange(item, zone()).section(QStringLiteral("–"), 0, 0) +
                      QLatin1Char(' ');
        const QString title = item.title.isEmpty() ? tr("Busy") : item.title;
        painter.drawText(
            lineItem.rect.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(f).elidedText(time + title, Qt::ElideRight, lineItem.rect.width() - 6));
    }
}

void MonthView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = event->position().toPoint();
    m_pressLine = lineAt(m_pressPos);
    if (m_pressLine >= 0 && (m_lines.at(m_pressLine).itemIndex < 0 ||
                             !m_items.at(m_lines.at(m_pressLine).itemIndex).isMovable()))
        m_pressLine = -1;
    m_dragging = false;
}

void MonthView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_pressLine < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    m_hoverDay = dayAt(pos);
    update();
}

void MonthView::mouseReleaseEvent(QMouseEvent* event) {
    const bool dragging = m_dragging;
    const int pressed = m_pressLine;
    m_dragging = false;
    m_pressLine = -1;
    unsetCursor();
    update();
    if (!dragging || pressed < 0)
        return;
    const QDate target = dayAt(event->position().toPoint());
    const CalendarItem& item = m_items.at(m_lines.at(pressed).itemIndex);
    const QDateTime local = item.startUtc.toTimeZone(zone());
    if (!target.isValid() || target == local.date())
        return;
    Q_EMIT moveRequested(item.sessionId, ZonedTime::toUtc(target, local.time(), zone()),
                         item.durationMinutes());
}

void MonthView::mouseDoubleClickEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    const int index = lineAt(pos);
    if (index >= 0 && m_lines.at(index).itemIndex >= 0) {
        const CalendarItem& item = m_items.at(m_lines.at(index).itemIndex);
        if (!item.isBusyTime())
            Q_EMIT openRequested(item.sessionId);
        return;
    }
    const QDate day = dayAt(pos);
    if (!day.isValid())
        return;
    const QTime start =
        availability().hours.value(day.dayOfWeek(), WorkingHours{QTime(9, 0), QTime(17, 0)}).start;
    Q_EMIT createRequested(ZonedTime::toUtc(day, start, zone()), 60);
}

void MonthView::resizeEvent(QResizeEvent* event) {
    CalendarView::resizeEvent(event);
    layoutLines();
}

bool MonthView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = lineAt(help->pos());
        if (index < 0 || m_lines.at(index).itemIndex < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const CalendarItem& item = m_items.at(m_lines.at(index).itemIndex);
        QToolTip::showText(
            help->globalPos(),
            QStringLiteral("<b>%1</b><br>%2")
                .arg(item.title.toHtmlEscaped(),
                     item.allDay ? tr("All day") : CalendarItems::timeRange(item, zone())),
            this);
        return true;
    }
    return CalendarView::event(event);
}

} // namespace md
