#include "HelpFormatter.h"

#include "CommandContext.h"

#include <QList>
#include <QPair>

#include <algorithm>

namespace md::cli {

namespace {

constexpr int kMaxLabelWidth = 28;
constexpr int kLineWidth = 100;
constexpr int kMinTextWidth = 30;

using Entries = QList<QPair<QString, QString>>;

// Splits `text` into lines of at most `width` characters at spaces.
QStringList wrapped(const QString& text, int width) {
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

// A command's details as written, with any line too long for the help's
// width (a translation runs longer than its source) broken at spaces; a
// broken line keeps its indentation, and a list item's text its hanging
// indent.
QString fittedToWidth(const QString& details) {
    QStringList out;
    for (const QString& line : details.split(QLatin1Char('\n'))) {
        if (line.size() <= kLineWidth) {
            out.append(line);
            continue;
        }
        const QString body = line.trimmed();
        const int indent = int(line.indexOf(body));
        const int hanging = indent + (body.startsWith(QLatin1String("- ")) ? 2 : 0);
        const QStringList pieces = wrapped(body, std::max(kMinTextWidth, kLineWidth - hanging));
        for (int i = 0; i < pieces.size(); ++i)
            out.append(QString(i == 0 ? indent : hanging, QLatin1Char(' ')) + pieces[i]);
    }
    return out.join(QLatin1Char('\n'));
}

// Two columns, the second wrapped; a label too wide for the first column puts
// its text on the next line.
QString rows(const Entries& entries, int indent) {
    int width = 0;
    for (const auto& entry : entries) {
        if (entry.first.size() <= kMaxLabelWidth)
            width = std::max(width, int(entry.first.size()));
    }
    const QString pad(indent, QLatin1Char(' '));
    const QString textPad = pad + QString(width + 2, QLatin1Char(' '));
    const int textWidth = std::max(kMinTextWidth, kLineWidth - int(textPad.size()));
    QString text;
    for (const auto& [label, description] : entries) {
        text += pad + label;
        const QStringList lines = wrapped(description, textWidth);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i == 0 && label.size() <= width)
                text += QString(width - label.size() + 2, QLatin1Char(' ')) + lines[i];
            else
                text += QLatin1Char('\n') + textPad + lines[i];
        }
        text += QLatin1Char('\n');
    }
    return text;
}

Entries argumentEntries(const QList<PositionalArgument>& arguments) {
    Entries entries;
    for (const PositionalArgument& argument : arguments)
        entries.append({argument.name, argument.description});
    return entries;
}

} // namespace

QString HelpFormatter::optionLabel(const QCommandLineOption& option) {
    QStringList names;
    for (const QString& name : option.names())
        names.append((name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name);
    QString label = names.join(QLatin1String(", "));
    if (!option.valueName().isEmpty())
        label += QLatin1Char(' ') + option.valueName();
    return label;
}

QList<QPair<QString, QString>>
HelpFormatter::optionEntries(const QList<QCommandLineOption>& options) {
    QList<QPair<QString, QString>> entries;
    for (const QCommandLineOption& option : options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        entries.append({optionLabel(option), option.description()});
    }
    return entries;
}

QString HelpFormatter::usageLine(const Command& command) {
    QString line = QLatin1String(kProgramName) + QLatin1Char(' ') + tr("[global options]") +
                   QLatin1Char(' ') + command.name();
    if (!command.synopsis.isEmpty())
        line += QLatin1Char(' ') + command.synopsis;
    return line;
}

QString HelpFormatter::description() {
    return tr("MentorDesk keeps a mentor's clients in an encrypted workspace. This program works "
              "on the\nsame workspace as the MentorDesk application, without a window.\n\n");
}

QStringList HelpFormatter::notes() {
    return {tr("Passphrases and recovery keys are read from standard input: on a terminal you are "
               "asked\nwithout echo; otherwise each one is a line of input (passwd reads the "
               "current passphrase,\nthen the new one). A new passphrase needs at least %1 "
               "characters.\n\n")
                .arg(CommandContext::kMinPassphraseLength),
            tr("Lists (client, session, invoice, payment and agreement list) are written as "
               "they are\nread. Should reading fail midway (a damaged workspace), the command "
               "exits with status 1\nand says so on standard error: what it printed is then "
               "incomplete, and a --json\narray is left unclosed, so it is not valid JSON.\n\n")};
}

QString HelpFormatter::exitStatus() {
    return tr("Exit status: 0 on success, 1 when the command failed, 2 for a wrong command "
              "line.\n");
}

QString HelpFormatter::overview(const CommandRegistry& registry,
                                const QList<QCommandLineOption>& globalOptions) {
    QString text = tr("Usage: %1 [global options] COMMAND [options] [arguments]\n\n")
                       .arg(QLatin1String(kProgramName));
    text += description();
    text += tr("Global options (before or after the command):\n");
    text += rows(optionEntries(globalOptions), 2);
    text += QLatin1Char('\n');
    text += notes().join(QString());
    text += tr("Commands:\n");
    for (const Command& command : registry.commands()) {
        text += QLatin1String("  ") + command.name();
        if (!command.synopsis.isEmpty())
            text += QLatin1Char(' ') + command.synopsis;
        text += QLatin1Char('\n') + QLatin1String("      ") + command.summary + QLatin1Char('\n');
        text += rows(argumentEntries(command.arguments) + optionEntries(command.options), 8);
    }
    text += QLatin1Char('\n');
    text += exitStatus();
    return text;
}

QString HelpFormatter::commandHelp(const Command& command,
                                   const QList<QCommandLineOption>& globalOptions) {
    QString text = tr("Usage: %1\n\n").arg(usageLine(command));
    text += command.summary + QLatin1Char('\n');
    if (!command.details.isEmpty())
        text += QLatin1Char('\n') + fittedToWidth(command.details) + QLatin1Char('\n');
    if (!command.arguments.isEmpty()) {
        text +=
            QLatin1Char('\n') + tr("Arguments:\n") + rows(argumentEntries(command.arguments), 2);
    }
    if (!command.options.isEmpty())
        text += QLatin1Char('\n') + tr("Options:\n") + rows(optionEntries(command.options), 2);
    text += QLatin1Char('\n') + tr("Global options:\n") + rows(optionEntries(globalOptions), 2);
    return text;
}

QString HelpFormatter::groupHelp(const QStringList& group, const QList<const Command*>& commands) {
    QString text = tr("Commands of '%1':\n").arg(group.join(QLatin1Char(' ')));
    QList<QPair<QString, QString>> entries;
    for (const Command* command : commands)
        entries.append({command->name(), command->summary});
    text += rows(entries, 2);
    text += tr("Run '%1 COMMAND --help' for the options of one command.\n")
                .arg(QLatin1String(kProgramName));
    return text;
}

} // namespace md::cli
