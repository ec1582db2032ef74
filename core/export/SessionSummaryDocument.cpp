#include "export/SessionSummaryDocument.h"

#include "export/SessionSummaryPdf.h"
#include "export/SessionSummaryText.h"
#include "scheduling/AgreedActions.h"
#include "scheduling/ZonedTime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace md {

namespace {

// The labels of md::Session, in the summary's language.
QString formatLabel(SessionFormat format, const DocumentTranslator& text) {
    switch (format) {
    case SessionFormat::InPerson:
        return text.translate("md::Session", "In person");
    case SessionFormat::Video:
        return text.translate("md::Session", "Video call");
    case SessionFormat::Phone:
        return text.translate("md::Session", "Phone call");
    }
    return {};
}

} // namespace

SessionSummaryDocument::SessionSummaryDocument(SessionSummaryInput input)
    : m_input(std::move(input))
    , m_text(m_input.language) {
    // Private notes stay in the workspace: drop them before anything renders.
    m_input.session.privateNotes.clear();
}

QString SessionSummaryDocument::title() const {
    return m_text.translate("md::SessionSummaryDocument", "Session summary");
}

QList<SessionSummaryDocument::Section> SessionSummaryDocument::sections() const {
    const Session& s = m_input.session;
    QList<Section> out;
    for (const Section& section :
         {Section{m_text.translate("md::SessionSummaryDocument", "Topics discussed"), s.topics},
          Section{m_text.translate("md::SessionSummaryDocument", "Progress on goals"),
                  s.goalProgress},
          Section{m_text.translate("md::SessionSummaryDocument", "Agreed actions"), s.agreedActions,
                  true},
          Section{m_text.translate("md::SessionSummaryDocument", "Next steps"), s.nextSteps},
          Section{m_text.translate("md::SessionSummaryDocument", "Notes"), s.shareableNotes}}) {
        if (!section.text.trimmed().isEmpty())
            out.append(section);
    }
    return out;
}

QList<QPair<QString, QString>> SessionSummaryDocument::details() const {
    const Session& s = m_input.session;
    QList<QPair<QString, QString>> out;
    out.append({m_text.translate("md::SessionSummaryDocument", "Mentee"), m_input.clientName});
    if (!m_input.engagementTitle.isEmpty())
        out.append({m_text.translate("md::SessionSummaryDocument", "Engagement"),
                    m_input.engagementTitle});
    if (!m_input.mentorName.isEmpty())
        out.append({m_text.translate("md::SessionSummaryDocument", "Mentor"), m_input.mentorName});
    out.append({m_text.translate("md::SessionSummaryDocument", "Date"),
                SessionSummaryText::longDate(s.start.date(), m_text.locale())});
    const QTimeZone clientZone =
        m_input.clientTimeZone.isEmpty() ? QTimeZone() : QTimeZone(m_input.clientTimeZone.toUtf8());
    out.append({m_text.translate("md::SessionSummaryDocument", "Time"),
                SessionSummaryText::timeRange(s.start, s.durationMinutes, clientZone, m_text)});
    QString format = formatLabel(s.format, m_text);
    if (!s.location.isEmpty())
        format += QStringLiteral(" · ") + s.location;
    out.append({m_text.translate("md::SessionSummaryDocument", "Format"), format});
    if (m_input.sessionNumber > 0) {
        out.append({m_text.translate("md::SessionSummaryDocument", "Session"),
                    m_input.plannedSessions > 0
                        ? m_text.translate("md::SessionSummaryDocument", "%1 of %2")
                              .arg(m_text.locale().toString(m_input.sessionNumber),
                                   m_text.locale().toString(m_input.plannedSessions))
                        : m_text.locale().toString(m_input.sessionNumber)});
    }
    if (s.status != SessionStatus::Held && s.status != SessionStatus::Planned)
        out.append({m_text.translate("md::SessionSummaryDocument", "Status"),
                    SessionSummaryText::sessionStatus(s.status, m_text)});
    return out;
}

QString SessionSummaryDocument::html() const {
    QString html = DocumentLayout::letterheadHtml(m_input.letterhead);
    html += QStringLiteral("<h1>%1</h1>").arg(title().toHtmlEscaped());
    html += QStringLiteral("<p class=\"subtitle\">%1</p>")
                .arg(m_text.translate("md::SessionSummaryDocument", "%1 · %2")
                         .arg(m_input.clientName.toHtmlEscaped(),
                              SessionSummaryText::longDate(m_input.session.start.date(),
                                                           m_text.locale())));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto& [label, value] : details()) {
        html += QStringLiteral("<tr><td class=\"label\" width=\"22%\">%1</td>"
                               "<td class=\"value\">%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    const QList<Section> parts = sections();
    if (parts.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(m_text.translate("md::SessionSummaryDocument",
                                          "No summary has been written for this session yet."));
    for (const Section& section : parts) {
        html += QStringLiteral("<h2>%1</h2>").arg(section.heading.toHtmlEscaped());
        if (section.isList) {
            html += QStringLiteral("<ul>");
            for (const QString& item : AgreedActions::parse(section.text))
                html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        } else {
            html += SessionSummaryText::toHtml(section.text);
        }
    }
    return html;
}

QString SessionSummaryDocument::markdown() const {
    // Written directly rather than through QTextDocument::toMarkdown(), which
    // wraps at 80 columns and so breaks long meeting links in two.
    QStringList out;
    out << QStringLiteral("# ") + SessionSummaryText::markdownEscaped(title());
    QStringList details;
    for (const auto& [label, value] : this->details())
        details << QStringLiteral("- **%1:** %2")
                       .arg(SessionSummaryText::markdownEscaped(label),
                            SessionSummaryText::markdownEscaped(value));
    out << details.join(QLatin1Char('\n'));
    for (const Section& section : sections()) {
        out << QStringLiteral("## ") + SessionSummaryText::markdownEscaped(section.heading);
        if (section.isList) {
            QStringList items;
            for (const QString& item : AgreedActions::parse(section.text))
                items << QStringLiteral("- ") + SessionSummaryText::markdownEscaped(item);
            out << items.join(QLatin1Char('\n'));
        } else {
            out << SessionSummaryText::toMarkdown(section.text);
        }
    }
    return out.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString SessionSummaryDocument::plainText() const {
    QStringList out;
    out << SessionSummaryText::plainHeading(
        m_text.translate("md::SessionSummaryDocument", "%1 — %2").arg(title(), m_input.clientName),
        QLatin1Char('='));
    QStringList details;
    for (const auto& [label, value] : this->details())
        details << m_text.translate("md::SessionSummaryDocument", "%1: %2").arg(label, value);
    out << details.join(QLatin1Char('\n'));
    for (const Section& section : sections())
        out << SessionSummaryText::plainHeading(section.heading) + QLatin1Char('\n') +
                   section.text.trimmed();
    return out.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

Result<QByteArray> SessionSummaryDocument::pdf() const {
    const QString footer =
        m_text.translate("md::SessionSummaryDocument", "Session summary · %1 · %2")
            .arg(m_input.clientName,
                 m_text.locale().toString(m_input.session.start.date(), QLocale::ShortFormat));
    return SessionSummaryPdf::render(
        html(),
        m_text.translate("md::SessionSummaryDocument", "%1 — %2").arg(title(), m_input.clientName),
        footer, m_input.letterhead, m_text.language());
}

} // namespace md
