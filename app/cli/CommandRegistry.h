#pragma once

#include "Command.h"

#include <QList>
#include <QStringList>

namespace md::cli {

// The commands of the CLI, in the order `--help` lists them.
class CommandRegistry final {
public:
    void add(Command command);

    const QList<Command>& commands() const { return m_commands; }

    // The command whose path is the longest prefix of `words`, or null.
    // `consumed` receives the length of that path.
    const Command* find(const QStringList& words, qsizetype* consumed = nullptr) const;

    // Commands whose path starts with `prefix` (e.g. all of {"client"}).
    QList<const Command*> commandsUnder(const QStringList& prefix) const;

private:
    QList<Command> m_commands;
};

// Registers every command group (see CommandGroups.cpp).
void registerAllCommands(CommandRegistry& registry);

} // namespace md::cli
