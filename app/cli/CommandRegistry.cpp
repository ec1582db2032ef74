#include "CommandRegistry.h"

#include <QtGlobal>

#include <algorithm>

namespace md::cli {

void CommandRegistry::add(Command command) {
    // Two groups claiming the same words is a programming error; catch it in
    // debug builds rather than silently shadowing a command.
    Q_ASSERT_X(std::none_of(m_commands.cbegin(), m_commands.cend(),
                            [&](const Command& c) { return c.path == command.path; }),
               "CommandRegistry::add", "command registered twice");
    m_commands.append(std::move(command));
}

const Command* CommandRegistry::find(const QStringList& words, qsizetype* consumed) const {
    const Command* best = nullptr;
    for (const Command& command : m_commands) {
        const qsizetype length = command.path.size();
        if (length > words.size() || (best && length <= best->path.size()))
            continue;
        if (words.mid(0, length) == command.path)
            best = &command;
    }
    if (consumed)
        *consumed = best ? best->path.size() : 0;
    return best;
}

QList<const Command*> CommandRegistry::commandsUnder(const QStringList& prefix) const {
    QList<const Command*> result;
    for (const Command& command : m_commands) {
        if (command.path.size() >= prefix.size() && command.path.mid(0, prefix.size()) == prefix)
            result.append(&command);
    }
    return result;
}

} // namespace md::cli
