#include "ManPage.h"

#include "HelpFormatter.h"

#include <QDir>
#include <QStringList>

namespace md::cli {

namespace {

// A paragraph of the help as one line of roff text (roff fills it). An empty
// one is nothing, not a blank line.
QString paragraph(const QString& text) {
    const QString line = text.simplified();
    return line.isEmpty() ? QString() : ManPage::escaped(line) + QLatin1Char('\n');
}

// ".TP" entries: the bold label, then its description.
QString taggedParagraph(const QString& label, const QString& description) {
    return QStringLiteral(".TP\n.B %1\n%2").arg(ManPage::escaped(label), paragraph(description));
}

QString optionEntries(const QList<QCommandLineOption>& options) {
    QString text;
    for (const QCommandLineOption& option : options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        text += taggedParagraph(HelpFormatter::optionLabel(option), option.description());
    }
    return text;
}

// The builder's home folder in the default workspace path reads "~" in a
// page that every user reads.
QList<QCommandLineOption> withoutHome(QList<QCommandLineOption> options) {
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (home.size() <= 1)
        return options;
    for (QCommandLineOption& option : options)
        option.setDescription(option.description().replace(home, QStringLiteral("~")));
    return options;
}

} // namespace

QString ManPage::escaped(const QString& text) {
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    // Options are typed with ASCII hyphens; "\-" keeps them so in the page.
    out.replace(QLatin1Char('-'), QLatin1String("\\-"));
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QLatin1String("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ManPage::render(const CommandRegistry& registry,
                        const QList<QCommandLineOption>& globalOptions, const QString& version) {
    const QString program = escaped(QLatin1String(kProgramName));
    // The texts hold "…" and "–": man-db's preconv reads this line.
    QString page = QStringLiteral("'\\\" -*- coding: UTF-8 -*-\n");
    // No date: the same sources make the same page, whenever they are built.
    page += QStringLiteral(".TH MENTORDESK\\-CLI 1 \"\" \"MentorDesk %1\" \"User Commands\"\n")
                .arg(escaped(version));
    // Left-aligned and unhyphenated: option names stay whole, as typed.
    page += QStringLiteral(".ad l\n.nh\n");
    page += QStringLiteral(".SH NAME\n%1 \\- %2\n")
                .arg(program, escaped(tr("work on a MentorDesk workspace without a window")));
    page += QStringLiteral(".SH SYNOPSIS\n.B %1\n%2\n")
                .arg(program, escaped(tr("[global options] COMMAND [options] [arguments]")));
    page += QStringLiteral(".SH DESCRIPTION\n") + paragraph(HelpFormatter::description());
    for (const QString& note : HelpFormatter::notes())
        page += QStringLiteral(".PP\n") + paragraph(note);
    page += QStringLiteral(".SH GLOBAL OPTIONS\n") + paragraph(tr("Before or after the command.")) +
            optionEntries(withoutHome(globalOptions));
    page += QStringLiteral(".SH COMMANDS\n");
    for (const Command& command : registry.commands()) {
        QString heading = command.name();
        if (!command.synopsis.isEmpty())
            heading += QLatin1Char(' ') + command.synopsis;
        page += QStringLiteral(".SS \"%1\"\n")
                    .arg(escaped(heading).replace(QLatin1Char('"'), QLatin1String("\\(dq")));
        page += paragraph(command.summary);
        if (!command.details.isEmpty()) {
            for (const QString& part : command.details.split(QStringLiteral("\n\n")))
                page += QStringLiteral(".PP\n") + paragraph(part);
        }
        for (const PositionalArgument& argument : command.arguments)
            page += taggedParagraph(argument.name, argument.description);
        page += optionEntries(command.options);
    }
    page += QStringLiteral(".SH EXIT STATUS\n") + paragraph(HelpFormatter::exitStatus());
    page += QStringLiteral(".SH SEE ALSO\n") +
            paragraph(tr("The MentorDesk user guide, under Help in the MentorDesk application."));
    return page;
}

} // namespace md::cli
