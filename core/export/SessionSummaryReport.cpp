#include "export/SessionSummaryReport.h"

#include "export/SessionSummaryPdf.h"
#include "export/SessionSummaryText.h"
#include "scheduling/SessionTally.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace md {

namespace {

QString number(const std::optional<double>& value, const QString& unit, const QLocale& locale) {
    if (!value)
        return QStringLiteral("–");
    QString text = locale.toString(*value, 'g', 6);
    return unit.isEmpty() ? text : text + QLatin1Char(' ') + unit;
}

QString actionStatusLabel(const QString& key, const DocumentTranslator& text) {
    if (key == QLatin1String("done"))
        return text.translate("md::SessionSummaryReport", "Done");
    if (key == QLatin1String("doing"))
        return text.translate("md::SessionSummaryReport", "In progress");
    if (key == QLatin1String("dropped"))
        return text.translate("md::SessionSummaryReport", "Dropped");
    return text.translate("md::SessionSummaryReport", "To do");
}

QString cell(const QString& text) {
    return QStringLiteral("<td class=\"cell\">%1</td>").arg(text);
}

QString shortDate(const QDate& date, const QLocale& locale) {
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QStringLiteral("–");
}

// SessionTally::text() in the report's language (the same messages).
QString tallyText(const SessionTally& tally, const DocumentTranslator& text) {
    if (tally.planned <= 0)
        return text.translate("md::SessionTally", "%n held", nullptr, tally.held);
    return text.translate("md::SessionTally", "%1 of %n held", nullptr, tally.planned)
        .arg(text.locale().toString(tally.held));
}

} // namespace

SessionSummaryReport::SessionSummaryReport(ProgressReportInput input)
    : m_input(std::move(input))
    , m_text(m_input.language) {
    for (Session& session : m_input.sessions)
        session.privateNotes.clear();
    std::sort(m_input.sessions.begin(), m_input.sessions.end(),
              [](const Session& a, const Session& b) { return a.startUtc() < b.startUtc(); });
}

QString SessionSummaryReport::title() const {
    return m_text.translate("md::SessionSummaryReport", "Progress report");
}

std::optional<int> SessionSummaryReport::percent(const ProgressReportInput::Goal& goal) {
    if (!goal.baseline || !goal.target || !goal.latest || *goal.target == *goal.baseline)
        return std::nullopt;
    const double share = (*goal.latest - *goal.baseline) / (*goal.target - *goal.baseline);
    return int(std::lround(std::clamp(share, 0.0, 1.0) * 100));
}

QString SessionSummaryReport::sessionsHtml() const {
    const SessionTally tally =
        SessionTally::count(m_input.sessions, m_input.plannedSessions,
                            QDateTime(m_input.reportDate.addDays(1), QTime(0, 0), Qt::UTC));
    QString html =
        QStringLiteral("<h2>%1</h2>").arg(m_text.translate("md::SessionSummaryReport", "Sessions"));
    QStringList facts{tallyText(tally, m_text)};
    // Planned rows count whether or not their date has passed: a session
    // not marked held yet is still part of the plan.
    const auto stillPlanned =
        std::count_if(m_input.sessions.cbegin(), m_input.sessions.cend(),
                      [](const Session& s) { return s.status == SessionStatus::Planned; });
    if (stillPlanned > 0)
        facts << m_text.translate("md::SessionSummaryReport", "%1 still planned")
                     .arg(m_text.locale().toString(qint64(stillPlanned)));
    if (tally.cancelled > 0)
        facts << m_text.translate("md::SessionSummaryReport", "%1 cancelled")
                     .arg(m_text.locale().toString(tally.cancelled));
    if (tally.noShows > 0)
        facts << m_text.translate("md::SessionSummaryReport", "%1 missed")
                     .arg(m_text.locale().toString(tally.noShows));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (m_input.sessions.isEmpty())
        return html;
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><th "
                           "width=\"22%\">%1</th><th width=\"20%\">%2</th><th>%3</th></tr>")
                .arg(m_text.translate("md::SessionSummaryReport", "Date"),
                     m_text.translate("md::SessionSummaryReport", "Status"),
                     m_text.translate("md::SessionSummaryReport", "Topics"));
    for (const Session& session : m_input.sessions) {
        html += QStringLiteral("<tr>") + cell(shortDate(session.start.date(), m_text.locale())) +
                cell(SessionSummaryText::sessionStatus(session.status, m_text).toHtmlEscaped()) +
                cell(session.topics.simplified().toHtmlEscaped()) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString SessionSummaryReport::goalsHtml() const {
    QString html =
        QStringLiteral("<h2>%1</h2>").arg(m_text.translate("md::SessionSummaryReport", "Goals"));
    if (m_input.goals.isEmpty())
        return html +
               QStringLiteral("<p class=\"muted\">%1</p>")
                   .arg(m_text.translate("md::SessionSummaryReport", "No goals recorded yet."));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>"
                           "<th width=\"40%\">%1</th><th>%2</th><th>%3</th><th>%4</th>"
                           "<th>%5</th></tr>")
                .arg(m_text.translate("md::SessionSummaryReport", "Goal"),
                     m_text.translate("md::SessionSummaryReport", "Start"),
                     m_text.translate("md::SessionSummaryReport", "Now"),
                     m_text.translate("md::SessionSummaryReport", "Target"),
                     m_text.translate("md::SessionSummaryReport", "Progress"));
    for (const ProgressReportInput::Goal& goal : m_input.goals) {
        QString description = goal.description.toHtmlEscaped();
        if (!goal.metric.isEmpty())
            description += QStringLiteral("<br><span style=\"color:#6a6a6a\">%1</span>")
                               .arg(goal.metric.toHtmlEscaped());
        const std::optional<int> share = percent(goal);
        html += QStringLiteral("<tr>") + cell(description) +
                cell(number(goal.baseline, goal.unit, m_text.locale()).toHtmlEscaped()) +
                cell(number(goal.latest, goal.unit, m_text.locale()).toHtmlEscaped()) +
                cell(number(goal.target, goal.unit, m_text.locale()).toHtmlEscaped()) +
                cell(share ? m_text.translate("md::SessionSummaryReport", "%1 %")
                                 .arg(m_text.locale().toString(*share))
                           : QStringLiteral("–")) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString SessionSummaryReport::actionsHtml() const {
    QString html;
    QList<ProgressReportInput::Action> done;
    QList<ProgressReportInput::Action> open;
    for (const ProgressReportInput::Action& action : m_input.actions) {
        if (action.status == QLatin1String("done"))
            done.append(action);
        else if (action.status != QLatin1String("dropped"))
            open.append(action);
    }
    auto list = [&](const QString& heading, const QList<ProgressReportInput::Action>& actions,
                    const QString& empty) {
        QString out = QStringLiteral("<h2>%1</h2>").arg(heading.toHtmlEscaped());
        if (actions.isEmpty())
            return out + QStringLiteral("<p class=\"muted\">%1</p>").arg(empty.toHtmlEscaped());
        out += QStringLiteral("<ul>");
        for (const ProgressReportInput::Action& action : actions) {
            QStringList extra;
            if (!action.goal.isEmpty())
                extra << m_text.translate("md::SessionSummaryReport", "for “%1”").arg(action.goal);
            if (action.dueDate.isValid() && action.status != QLatin1String("done"))
                extra << m_text.translate("md::SessionSummaryReport", "due %1")
                             .arg(shortDate(action.dueDate, m_text.locale()));
            if (action.status == QLatin1String("doing"))
                extra << actionStatusLabel(action.status, m_text);
            out += QStringLiteral("<li>%1%2</li>")
                       .arg(action.description.toHtmlEscaped(),
                            extra.isEmpty()
                                ? QString()
                                : QStringLiteral(" <span style=\"color:#6a6a6a\">(%1)</span>")
                                      .arg(extra.join(QStringLiteral(", ")).toHtmlEscaped()));
        }
        return out + QStringLiteral("</ul>");
    };
    html += list(m_text.translate("md::SessionSummaryReport", "Actions done"), done,
                 m_text.translate("md::SessionSummaryReport", "None yet."));
    html += list(m_text.translate("md::SessionSummaryReport", "Open actions"), open,
                 m_text.translate("md::SessionSummaryReport", "Nothing open."));
    return html;
}

QString SessionSummaryReport::html() const {
    QString html = DocumentLayout::letterheadHtml(m_input.letterhead);
    html += QStringLiteral("<h1>%1</h1>").arg(title().toHtmlEscaped());
    html += QStringLiteral("<p class=\"subtitle\">%1</p>")
                .arg(m_text.translate("md::SessionSummaryReport", "%1 · %2")
                         .arg(m_input.clientName, m_input.engagementTitle)
                         .toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    QList<QPair<QString, QString>> details{
        {m_text.translate("md::SessionSummaryReport", "Mentee"), m_input.clientName}};
    if (!m_input.mentorName.isEmpty())
        details.append(
            {m_text.translate("md::SessionSummaryReport", "Mentor"), m_input.mentorName});
    if (m_input.startDate.isValid())
        details.append({m_text.translate("md::SessionSummaryReport", "Started"),
                        SessionSummaryText::longDate(m_input.startDate, m_text.locale())});
    details.append({m_text.translate("md::SessionSummaryReport", "Report date"),
                    SessionSummaryText::longDate(m_input.reportDate, m_text.locale())});
    for (const auto& [label, value] : details) {
        html += QStringLiteral("<tr><td class=\"label\" width=\"22%\">%1</td>"
                               "<td class=\"value\">%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html + sessionsHtml() + goalsHtml() + actionsHtml();
}

Result<QByteArray> SessionSummaryReport::pdf() const {
    return SessionSummaryPdf::render(
        html(),
        m_text.translate("md::SessionSummaryReport", "%1 — %2").arg(title(), m_input.clientName),
        m_text.translate("md::SessionSummaryReport", "Progress report · %1 · %2")
            .arg(m_input.clientName, shortDate(m_input.reportDate, m_text.locale())),
        m_input.letterhead, m_text.language());
}

} // namespace md
