#include "calendar/WeekView.h"

#include "UiStyle.h"
#include "calendar/WeekGrid.h"
#include "scheduling/ZonedTime.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace md {

// Day names and all-day busy times above the grid, aligned with its columns.
class WeekHeader final : public QWidget {
public:
    explicit WeekHeader(QWidget* parent)
        : QWidget(parent) {
        setObjectName(QStringLiteral("weekHeaderWidget"));
        setFixedHeight(52);
    }
    QDate monday;
    QDate today;
    QTimeZone zone;
    QList<CalendarItem> allDay;
    int scrollBarWidth = 0;

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        const QPalette pal = palette();
        painter.fillRect(rect(), pal.window());
        const double column = (width() - scrollBarWidth - WeekGrid::kGutter) / 7.0;
        const QLocale locale;
        QFont dayFont = font();
        QFont numberFont = font();
        numberFont.setPointSizeF(numberFont.pointSizeF() * 1.25);
        numberFont.setBold(true);
        for (int d = 0; d < 7; ++d) {
            const QDate day = monday.addDays(d);
            const QRect cell(int(WeekGrid::kGutter + d * column), 0, int(column), 30);
            const bool isToday = day == today;
            painter.setFont(dayFont);
            painter.setPen(isToday ? ui::accentColor(pal) : pal.color(QPalette::WindowText));
            const QString name = locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
            painter.drawText(cell.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, name);
            painter.setFont(numberFont);
            const int nameWidth = QFontMetrics(dayFont).horizontalAdvance(name + QLatin1Char(' '));
            painter.drawText(cell.adjusted(6 + nameWidth, 0, 0, 0),
                             Qt::AlignLeft | Qt::AlignVCenter, QString::number(day.day()));
            // All-day busy times of that day, as one thin strip.
            QStringList titles;
            for (const CalendarItem& item : allDay) {
                const QDate from = item.startUtc.toTimeZone(zone).date();
                const QDate to = item.endUtc.addSecs(-1).toTimeZone(zone).date();
                if (from <= day && day <= to)
                    titles << item.title;
            }
            if (!titles.isEmpty()) {
                const QRect strip(cell.left() + 2, 31, cell.width() - 4, 18);
                CalendarItem busy;
                busy.busyTimeId = 1;
                const QColor fill = CalendarItems::colorFor(busy, pal);
                const QColor text = CalendarItems::textColorFor(busy, fill, pal);
                painter.fillRect(strip, fill);
                painter.fillRect(strip, QBrush(ui::blend(fill, text, 0.25), Qt::BDiagPattern));
                const QFont small = WeekGrid::eventFont(font());
                painter.setFont(small);
                painter.setPen(text);
                painter.drawText(strip.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                                 QFontMetrics(small).elidedText(titles.join(QStringLiteral(", ")),
                                                                Qt::ElideRight, strip.width() - 6));
            }
        }
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(0, height() - 1, width(), height() - 1);
    }
};

WeekView::WeekView(QWidget* parent)
    : CalendarView(parent) {
    setObjectName(QStringLiteral("weekView"));
    m_header = new WeekHeader(this);
    m_grid = new WeekGrid;
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("weekScrollArea"));
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
    m_header->scrollBarWidth = m_scroll->verticalScrollBar()->sizeHint().width();

    connect(m_grid, &WeekGrid::createRequested, this, &CalendarView::createRequested);
    connect(m_grid, &WeekGrid::openRequested, this, &CalendarView::openRequested);
    connect(m_grid, &WeekGrid::moveRequested, this, &CalendarView::moveRequested);
}

void WeekView::setAnchor(const QDate& day) {
    m_monday = day.addDays(1 - day.dayOfWeek());
    m_header->monday = m_monday;
    m_header->today = today();
    m_header->zone = zone();
    m_grid->setToday(today());
    m_grid->setWeek(m_monday, zone());
    m_header->update();
    if (!m_scrolledOnce) {
        m_scrolledOnce = true;
        const WorkingHours hours =
            availability().hours.value(Qt::Monday, WorkingHours{QTime(8, 0), QTime(17, 0)});
        scrollToTime(hours.start.addSecs(-3600));
    }
}

void WeekView::scrollToTime(const QTime& time) {
    m_scroll->verticalScrollBar()->setValue((time.hour() * 60 + time.minute()) *
                                            m_grid->hourHeight() / 60);
}

QDateTime WeekView::rangeStartUtc() const {
    return ZonedTime::toUtc(m_monday, QTime(0, 0), zone());
}

QDateTime WeekView::rangeEndUtc() const {
    return ZonedTime::toUtc(m_monday.addDays(7), QTime(0, 0), zone());
}

void WeekView::setItems(const QList<CalendarItem>& items) {
    QList<CalendarItem> timed;
    m_header->allDay.clear();
    for (const CalendarItem& item : items) {
        if (item.allDay)
            m_header->allDay.append(item);
        else
            timed.append(item);
    }
    m_grid->setItems(timed);
    m_header->update();
}

void WeekView::availabilityChanged() {
    m_grid->setAvailability(availability());
    if (m_monday.isValid())
        setAnchor(m_monday);
}

void WeekView::nowChanged() {
    m_grid->setNowUtc(nowUtc());
}

void WeekView::changeEvent(QEvent* event) {
    CalendarView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_header->update();
}

} // namespace md
