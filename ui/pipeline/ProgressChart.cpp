#include "pipeline/ProgressChart.h"

#include "UiStyle.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace md {

ProgressChart::ProgressChart(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("progressChart"));
    setAccessibleName(tr("Progress chart"));
}

void ProgressChart::setGoal(const SmartGoal& goal, const QList<ProgressEntry>& entries) {
    m_goal = goal;
    m_entries = entries;
    std::sort(m_entries.begin(), m_entries.end(),
              [](const ProgressEntry& a, const ProgressEntry& b) { return a.date < b.date; });
    update();
}

void ProgressChart::clear() {
    setGoal({}, {});
}

void ProgressChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.fillRect(frame, palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(frame);
    if (!m_goal.baseline || !m_goal.target) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Enter a baseline and a target to chart progress."));
        return;
    }

    const QFontMetrics metrics(font());
    const QRectF plot = frame.adjusted(metrics.horizontalAdvance(QStringLiteral("0000000")), 8, -10,
                                       -metrics.height() - 6);
    double low = std::min(*m_goal.baseline, *m_goal.target);
    double high = std::max(*m_goal.baseline, *m_goal.target);
    for (const ProgressEntry& entry : std::as_const(m_entries)) {
        low = std::min(low, entry.value);
        high = std::max(high, entry.value);
    }
    if (high == low)
        high = low + 1;
    auto yOf = [&](double value) {
        return plot.bottom() - (value - low) / (high - low) * plot.height();
    };

    // Baseline and target as labelled horizontal lines.
    const QLocale locale;
    for (auto [value, colour] : {std::pair{*m_goal.baseline, palette().color(QPalette::Mid)},
                                 std::pair{*m_goal.target, ui::successColor(palette())}}) {
        painter.setPen(QPen(colour, 1, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), yOf(value)), QPointF(plot.right(), yOf(value)));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(frame.left() + 2, yOf(value) - metrics.height() / 2.0,
                                plot.left() - frame.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(value, 'g', 6));
    }
    if (m_entries.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No progress recorded yet."));
        return;
    }

    // Dates spread evenly from the first to the last entry.
    const QDate first = m_entries.first().date;
    const qint64 span = std::max<qint64>(1, first.daysTo(m_entries.last().date));
    auto xOf = [&](const QDate& date) {
        return m_entries.size() == 1
                   ? plot.center().x()
                   : plot.left() + double(first.daysTo(date)) / span * plot.width();
    };
    QPainterPath line;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QPointF point(xOf(m_entries.at(i).date), yOf(m_entries.at(i).value));
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawPath(line);
    painter.setBrush(palette().color(QPalette::Highlight));
    for (const ProgressEntry& entry : std::as_const(m_entries))
        painter.drawEllipse(QPointF(xOf(entry.date), yOf(entry.value)), 3, 3);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height()),
                     Qt::AlignLeft, locale.toString(first, QLocale::ShortFormat));
    if (m_entries.size() > 1)
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height()),
                         Qt::AlignRight,
                         locale.toString(m_entries.last().date, QLocale::ShortFormat));
}

} // namespace md
