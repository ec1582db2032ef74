#include "calendar/WeekGrid.h"

#include "UiStyle.h"
#include "scheduling/TimeFormat.h"
#include "scheduling/ZonedTime.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace md {

namespace {

// Wall-clock arithmetic that ignores daylight saving: a session dragged by a
// day keeps its time of day.
QDateTime shifted(const QDateTime& local, qint64 days, qint64 minutes, const QTimeZone& zone) {
    const QDateTime naive =
        QDateTime(local.date(), local.time(), Qt::UTC).addDays(days).addSecs(minutes * 60);
    return ZonedTime::make(naive.date(), naive.time(), zone);
}

int minutesOfDay(const QDateTime& local, const QDate& day) {
    if (local.date() < day)
        return 0;
    if (local.date() > day)
        return 24 * 60;
    return local.time().hour() * 60 + local.time().minute();
}

} // namespace

WeekGrid::WeekGrid(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("weekGridWidget"));
    setMouseTracking(true);
    setMinimumHeight(24 * m_hourHeight);
    setFocusPolicy(Qt::ClickFocus);
    setAccessibleName(tr("Week"));
}

QSize WeekGrid::sizeHint() const {
    return {kGutter + 7 * 120, 24 * m_hourHeight};
}

void WeekGrid::setWeek(const QDate& monday, const QTimeZone& zone) {
    m_firstDay = monday;
    m_zone = zone;
    layoutBlocks();
    update();
}

void WeekGrid::setItems(const QList<CalendarItem>& items) {
    m_items = items;
    layoutBlocks();
    update();
}

void WeekGrid::setAvailability(const Availability& availability) {
    m_availability = availability;
    update();
}

void WeekGrid::setToday(const QDate& today) {
    m_today = today;
    update();
}

void WeekGrid::setNowUtc(const QDateTime& nowUtc) {
    m_nowUtc = nowUtc;
    update();
}

double WeekGrid::columnWidth() const {
    return std::max(1.0, (width() - kGutter) / 7.0);
}

int WeekGrid::dayAt(int x) const {
    return std::clamp(int((x - kGutter) / columnWidth()), 0, 6);
}

int WeekGrid::minutesAt(int y) const {
    const int minutes =
        int(std::floor(double(y) * 60 / m_hourHeight / kSnapMinutes)) * kSnapMinutes;
    return std::clamp(minutes, 0, 24 * 60 - kSnapMinutes);
}

QDateTime WeekGrid::localAt(const QPoint& pos) const {
    const int minutes = minutesAt(pos.y());
    return ZonedTime::make(m_firstDay.addDays(dayAt(pos.x())), QTime(minutes / 60, minutes % 60),
                           m_zone);
}

QPoint WeekGrid::pointFor(const QDate& day, const QTime& time) const {
    const int column = int(m_firstDay.daysTo(day));
    const int x = int(kGutter + (column + 0.5) * columnWidth());
    return {x, yFor(time.hour() * 60 + time.minute()) + 2};
}

QFont WeekGrid::eventFont(const QFont& base) {
    return ui::smallFont(base);
}

QRect WeekGrid::itemRect(qint64 sessionId) const {
    for (const Block& block : m_blocks) {
        if (m_items.at(block.itemIndex).sessionId == sessionId)
            return block.rect;
    }
    return {};
}

QRect WeekGrid::busyTimeRect(qint64 busyTimeId) const {
    for (const Block& block : m_blocks) {
        if (m_items.at(block.itemIndex).busyTimeId == busyTimeId)
            return block.rect;
    }
    return {};
}

void WeekGrid::layoutBlocks() {
    m_blocks.clear();
    if (!m_firstDay.isValid())
        return;
    const double column = columnWidth();
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_firstDay.addDays(d);
        const QDateTime dayStart = ZonedTime::toUtc(day, QTime(0, 0), m_zone);
        const QDateTime dayEnd = ZonedTime::toUtc(day.addDays(1), QTime(0, 0), m_zone);
        struct Segment {
            int item;
            int top;
            int bottom;
            int lane = 0;
        };
        QList<Segment> segments;
        for (int i = 0; i < m_items.size(); ++i) {
            const CalendarItem& item = m_items.at(i);
            if (item.allDay || !(item.startUtc < dayEnd) || !(dayStart < item.endUtc))
                continue;
            const int top = minutesOfDay(item.startUtc.toTimeZone(m_zone), day);
            const int bottom = minutesOfDay(item.endUtc.toTimeZone(m_zone), day);
            segments.append({i, top, std::max(bottom, top + 15)});
        }
        // Side by side where they overlap: lanes within each cluster.
        int clusterStart = 0;
        while (clusterStart < segments.size()) {
            int clusterEnd = clusterStart;
            int reach = segments.at(clusterStart).bottom;
            QList<int> laneEnds;
            for (; clusterEnd < segments.size(); ++clusterEnd) {
                Segment& segment = segments[clusterEnd];
                if (clusterEnd > clusterStart && segment.top >= reach)
                    break;
                reach = std::max(reach, segment.bottom);
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.at(lane) > segment.top)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds.append(segment.bottom);
                else
                    laneEnds[lane] = segment.bottom;
                segment.lane = lane;
            }
            const double laneWidth = column / std::max<qsizetype>(1, laneEnds.size());
            for (int s = clusterStart; s < clusterEnd; ++s) {
                const Segment& segment = segments.at(s);
                const int x = int(kGutter + d * column + segment.lane * laneWidth);
                const QRect rect(x + 2, yFor(segment.top) + 1, int(laneWidth) - 4,
                                 std::max(yFor(segment.bottom) - yFor(segment.top) - 2, 14));
                m_blocks.append({segment.item, rect});
            }
            clusterStart = clusterEnd;
        }
    }
}

int WeekGrid::blockAt(const QPoint& pos) const {
    // Later blocks are painted on top: search backwards.
    for (int i = int(m_blocks.size()) - 1; i >= 0; --i) {
        if (m_blocks.at(i).rect.contains(pos))
            return i;
    }
    return -1;
}

void WeekGrid::paintBlock(QPainter& painter, const CalendarItem& item, const QRect& rect,
                          bool ghost, const QFont& blockFont) {
    painter.save();
    const QPalette pal = palette();
    QColor fill = CalendarItems::colorFor(item, pal);
    const QColor textColour = CalendarItems::textColorFor(item, fill, pal);
    if (ghost)
        fill.setAlpha(170);
    if (!ghost && rect.width() < kNarrowBlock) {
        // A lane a few pixels wide: no room for rounded corners, the accent
        // stripe or text; a plain rectangle is what shows, and at a busy
        // week's thousand blocks the antialiased outline was most of a step.
        painter.fillRect(rect, fill);
        if (item.isBusyTime())
            painter.fillRect(rect, QBrush(ui::blend(fill, textColour, 0.25), Qt::BDiagPattern));
        painter.restore();
        return;
    }
    QPainterPath path;
    path.addRoundedRect(QRectF(rect), 4, 4);
    painter.fillPath(path, fill);
    if (item.isBusyTime()) {
        painter.fillPath(path, QBrush(ui::blend(fill, textColour, 0.25), Qt::BDiagPattern));
    } else {
        painter.fillRect(QRect(rect.left(), rect.top() + 1, 3, rect.height() - 2),
                         ui::blend(fill, textColour, 0.45));
    }
    if (ghost) {
        painter.setPen(QPen(ui::blend(fill, textColour, 0.6), 1, Qt::DashLine));
        painter.drawPath(path);
    }
    const QRect text = rect.adjusted(6, 2, -3, -2);
    // Where many sessions overlap their lanes get narrower than a letter:
    // such a block is its colour alone (its tooltip names it), and nothing
    // is shaped and elided to nothing.
    if (text.width() < QFontMetrics(blockFont).averageCharWidth() * 2) {
        painter.restore();
        return;
    }
    QFont font = blockFont;
    font.setStrikeOut(item.isCancelled());
    painter.setPen(textColour);
    const QString time = CalendarItems::timeRange(item, m_zone);
    QString title =
        item.title.isEmpty() ? (item.isBusyTime() ? tr("Busy") : tr("Session")) : item.title;
    if (item.seriesMember)
        title += QStringLiteral(" ↻");
    QFont bold = font;
    bold.setBold(true);
    const int lineHeight = QFontMetrics(font).height();
    if (text.height() < 2 * lineHeight) {
        painter.setFont(bold);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                         QFontMetrics(bold).elidedText(time + QLatin1Char(' ') + title,
                                                       Qt::ElideRight, text.width()));
    } else {
        painter.setFont(bold);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                         QFontMetrics(bold).elidedText(title, Qt::ElideRight, text.width()));
        painter.setFont(font);
        painter.drawText(text.adjusted(0, lineHeight, 0, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                         QFontMetrics(font).elidedText(time, Qt::ElideRight, text.width()));
        if (text.height() >= 3 * lineHeight && !item.isBusyTime() &&
            item.status != SessionStatus::Planned) {
            painter.drawText(text.adjusted(0, 2 * lineHeight, 0, 0),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                             QFontMetrics(font).elidedText(sessionStatusLabel(item.status),
                                                           Qt::ElideRight, text.width()));
        }
    }
    painter.restore();
}

void WeekGrid::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPalette pal = palette();
    const double column = columnWidth();
    painter.fillRect(rect(), pal.base());

    // Outside working hours and days off: shaded.
    const QColor offHours = pal.color(QPalette::AlternateBase).darker(103);
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_firstDay.addDays(d);
        const QRect columnRect(int(kGutter + d * column), 0, int(column) + 1, height());
        if (day == m_today)
            painter.fillRect(columnRect, ui::highlightTint(pal));
        if (!m_availability.isWorkingDay(day)) {
            painter.fillRect(columnRect, offHours);
            continue;
        }
        const WorkingHours hours = m_availability.hours.value(day.dayOfWeek());
        const int start = yFor(hours.start.hour() * 60 + hours.start.minute());
        const int end = yFor(hours.end.hour() * 60 + hours.end.minute());
        painter.fillRect(QRect(columnRect.left(), 0, columnRect.width(), start), offHours);
        painter.fillRect(QRect(columnRect.left(), end, columnRect.width(), height() - end),
                         offHours);
    }

    // Hour lines and labels.
    const QColor line = pal.color(QPalette::Mid).lighter(135);
    painter.setFont(ui::smallFont(font()));
    const QFont blockFont = eventFont(painter.font());
    for (int hour = 0; hour < 24; ++hour) {
        const int y = yFor(hour * 60);
        painter.setPen(line);
        painter.drawLine(kGutter, y, width(), y);
        painter.setPen(QPen(line.lighter(115), 1, Qt::DotLine));
        painter.drawLine(kGutter, y + m_hourHeight / 2, width(), y + m_hourHeight / 2);
        if (hour > 0) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(QRect(0, y - 8, kGutter - 8, 16), Qt::AlignRight | Qt::AlignVCenter,
                             TimeFormat::shortTime(QTime(hour, 0)));
        }
    }
    painter.setPen(line);
    for (int d = 0; d <= 7; ++d) {
        const int x = int(kGutter + d * column);
        painter.drawLine(x, 0, x, height());
    }

    // The grid is a whole day tall inside its scroll area: only the blocks of
    // the hours on screen are painted.
    const QRect exposed = event->rect();
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block& block = m_blocks.at(i);
        if (!block.rect.intersects(exposed))
            continue;
        const bool dragged = m_dragActive && i == m_dragBlock;
        if (dragged) {
            painter.save();
            painter.setOpacity(0.35);
        }
        paintBlock(painter, m_items.at(block.itemIndex), block.rect, false, blockFont);
        if (dragged)
            painter.restore();
    }

    // Now.
    const QDateTime now = m_nowUtc.toTimeZone(m_zone);
    const int nowDay = m_nowUtc.isValid() ? int(m_firstDay.daysTo(now.date())) : -1;
    if (nowDay >= 0 && nowDay < 7) {
        const int y = yFor(now.time().hour() * 60 + now.time().minute());
        const int x = int(kGutter + nowDay * column);
        const QColor nowColour = ui::warningColor(pal);
        painter.setPen(QPen(nowColour, 2));
        painter.drawLine(x, y, int(x + column), y);
        painter.setBrush(nowColour);
        painter.drawEllipse(QPoint(x, y), 4, 4);
    }

    // The gesture in progress.
    if (m_dragActive && m_previewStart.isValid()) {
        CalendarItem ghost;
        if (m_dragBlock >= 0)
            ghost = m_items.at(m_blocks.at(m_dragBlock).itemIndex);
        else
            ghost.title = tr("New session");
        ghost.startUtc = m_previewStart.toUTC();
        ghost.endUtc = ghost.startUtc.addSecs(qint64(m_previewMinutes) * 60);
        const int d = int(m_firstDay.daysTo(m_previewStart.date()));
        const int top = minutesOfDay(m_previewStart, m_previewStart.date());
        const QRect rect(int(kGutter + d * column) + 2, yFor(top) + 1, int(column) - 4,
                         std::max(yFor(top + m_previewMinutes) - yFor(top) - 2, 14));
        paintBlock(painter, ghost, rect, true, blockFont);
    }
}

void WeekGrid::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || event->position().x() < kGutter) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position().toPoint();
    m_dragBlock = blockAt(m_pressPos);
    m_pressLocal = localAt(m_pressPos);
    m_dragActive = false;
    if (m_dragBlock >= 0) {
        const CalendarItem& item = m_items.at(m_blocks.at(m_dragBlock).itemIndex);
        if (!item.isMovable()) {
            m_drag = Drag::None;
            return;
        }
        m_dragStartLocal = item.startUtc.toTimeZone(m_zone);
        m_drag = m_pressPos.y() >= m_blocks.at(m_dragBlock).rect.bottom() - 5 ? Drag::Resize
                                                                              : Drag::Move;
    } else {
        m_drag = Drag::Create;
    }
}

void WeekGrid::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        const int block = blockAt(pos);
        const bool movable = block >= 0 && m_items.at(m_blocks.at(block).itemIndex).isMovable();
        setCursor(!movable                                          ? Qt::ArrowCursor
                  : pos.y() >= m_blocks.at(block).rect.bottom() - 5 ? Qt::SizeVerCursor
                                                                    : Qt::OpenHandCursor);
        return;
    }
    if (!m_dragActive && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragActive = true;
    const QDateTime here = localAt(pos);
    const qint64 days = m_pressLocal.date().daysTo(here.date());
    const int pressMinutes = m_pressLocal.time().hour() * 60 + m_pressLocal.time().minute();
    const int hereMinutes = here.time().hour() * 60 + here.time().minute();
    if (m_drag == Drag::Create) {
        // A range on the day the drag started.
        const int from = std::min(pressMinutes, hereMinutes);
        const int to = std::max(pressMinutes, hereMinutes) + kSnapMinutes;
        m_previewStart = ZonedTime::make(m_pressLocal.date(), QTime(from / 60, from % 60), m_zone);
        m_previewMinutes = to - from;
    } else if (m_drag == Drag::Move) {
        const CalendarItem& item = m_items.at(m_blocks.at(m_dragBlock).itemIndex);
        m_previewStart = shifted(m_dragStartLocal, days, hereMinutes - pressMinutes, m_zone);
        m_previewMinutes = item.durationMinutes();
    } else {
        const CalendarItem& item = m_items.at(m_blocks.at(m_dragBlock).itemIndex);
        m_previewStart = m_dragStartLocal;
        const QDateTime end = shifted(here, 0, kSnapMinutes, m_zone);
        m_previewMinutes = int(std::max<qint64>(kSnapMinutes, m_dragStartLocal.secsTo(end) / 60));
        if (end.date() != m_dragStartLocal.date())
            m_previewMinutes = item.durationMinutes();
    }
    update();
}

void WeekGrid::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        m_drag = Drag::None;
        return;
    }
    const Drag drag = m_drag;
    const bool active = m_dragActive;
    m_drag = Drag::None;
    m_dragActive = false;
    update();
    if (!active || !m_previewStart.isValid())
        return;
    if (drag == Drag::Create) {
        Q_EMIT createRequested(m_previewStart.toUTC(), m_previewMinutes);
        return;
    }
    const CalendarItem item = m_items.at(m_blocks.at(m_dragBlock).itemIndex);
    if (m_previewStart.toUTC() == item.startUtc && m_previewMinutes == item.durationMinutes())
        return;
    Q_EMIT moveRequested(item.sessionId, m_previewStart.toUTC(), m_previewMinutes);
}

void WeekGrid::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || event->position().x() < kGutter)
        return;
    m_drag = Drag::None;
    m_dragActive = false;
    const int block = blockAt(event->position().toPoint());
    if (block >= 0) {
        const CalendarItem& item = m_items.at(m_blocks.at(block).itemIndex);
        if (!item.isBusyTime())
            Q_EMIT openRequested(item.sessionId);
        return;
    }
    Q_EMIT createRequested(localAt(event->position().toPoint()).toUTC(), 60);
}

bool WeekGrid::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int block = blockAt(help->pos());
        if (block < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const CalendarItem& item = m_items.at(m_blocks.at(block).itemIndex);
        QString text = QStringLiteral("<b>%1</b><br>%2")
                           .arg(item.title.toHtmlEscaped(), CalendarItems::timeRange(item, m_zone));
        if (item.isBusyTime())
            text += QStringLiteral("<br>") + tr("Busy in your other calendar");
        else
            text += QStringLiteral("<br>") + sessionStatusLabel(item.status);
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::Resize)
        layoutBlocks();
    return QWidget::event(event);
}

} // namespace md
