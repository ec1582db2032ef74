#include "HelpFormatter.h"

#include "CommandContext.h"

#include <QList>
#include <QPair>

#include <algorithm>

namespace md::cli {

namespace {

constexpr int kMaxLabelWidth = 28;

// Two columns; a label too wide for the first puts its text on the next line.
QString rows(const QList<QPair<QString, QString>>& entries, int indent) {
    int width = 0;
    for (const auto& entry : entries) {
        if (entry.first.size() <= kMaxLabelWidth)
            width = std::max(width, int(entry.first.size()));
    }
    const QString pad(indent, QLatin1Char(' '));
    QString text;
    for (const auto& [label, description] : entries) {
        text += pad + label;
        if (description.isEmpty()) {
            text += QLatin1Char('\n');
        } else if (label.size() > width) {
            text += QLatin1Char('\n') + pad + QString(width + 2, QLatin1Char(' ')) + description +
                    QLatin1Char('\n');
        } else {
            text += QString(width - label.size() + 2, QLatin1Char(' ')) + description +
                    QLatin1Char('\n');
        }
    }
    return text;
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

QString HelpFormatter::optionRows(const QList<QCommandLineOption>& options, int indent) {
    QList<QPair<QString, QString>> entries;
    for (const QCommandLineOption& option : options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        entries.append({optionLabel(option), option.description()});
    }
    return rows(entries, indent);
}

QString HelpFormatter::usageLine(const Command& command) {
    QString line = QLatin1String(kProgramName) + QLatin1Char(' ') + tr("[global options]") +
                   QLatin1Char(' ') + command.name();
    if (!command.synopsis.isEmpty())
        line += QLatin1Char(' ') + command.synopsis;
    return line;
}

QString HelpFormatter::overview(const CommandRegistry& registry,
                                const QList<QCommandLineOption>& globalOptions) {
    QString text = tr("Usage: %1 [global options] COMMAND [options] [arguments]\n\n")
                       .arg(QLatin1String(kProgramName));
    text += tr("MentorDesk keeps a mentor's clients in an encrypted workspace. This program works "
               "on the\nsame workspace as the MentorDesk application, without a window.\n\n");
    text += tr("Global options (before or after the command):\n");
    text += optionRows(globalOptions, 2);
    text += QLatin1Char('\n');
    text += tr("Passphrases and recovery keys are read from standard input: on a terminal you are "
               "asked\nwithout echo; otherwise each one is a line of input (passwd reads the "
               "current passphrase,\nthen the new one). A new passphrase needs at least %1 "
               "characters.\n\n")
                .arg(CommandContext::kMinPassphraseLength);
    text += tr("Commands:\n");
    for (const Command& command : registry.commands()) {
        text += QLatin1String("  ") + command.name();
        if (!command.synopsis.isEmpty())
            text += QLatin1Char(' ') + command.synopsis;
        text += QLatin1Char('\n') + QLatin1String("      ") + command.summary + QLatin1Char('\n');
        QList<QPair<QString, QString>> arguments;
        for (const PositionalArgument& argument : command.arguments)
            arguments.append({argument.name, argument.description});
        text += rows(arguments, 8);
        text += optionRows(command.options, 8);
    }
    text += QLatin1Char('\n');
    text += tr("Exit status: 0 on success, 1 when the command failed, 2 for a wrong command "
               "line.\n");
    return text;
}

QString HelpFormatter::commandHelp(const Command& command,
                                   const QList<QCommandLineOption>& globalOptions) {
    QString text = tr("Usage: %1\n\n").arg(usageLine(command));
    text += command.summary + QLatin1Char('\n');
    if (!command.details.isEmpty())
        text += QLatin1Char('\n') + command.details + QLatin1Char('\n');
    if (!command.arguments.isEmpty()) {
        QList<QPair<QString, QString>> arguments;
        for (const PositionalArgument& argument : command.arguments)
            arguments.append({argument.name, argument.description});
        text += QLatin1Char('\n') + tr("Arguments:\n") + rows(arguments, 2);
    }
    if (!command.options.isEmpty())
        text += QLatin1Char('\n') + tr("Options:\n") + optionRows(command.options, 2);
    text += QLatin1Char('\n') + tr("Global options:\n") + optionRows(globalOptions, 2);
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
