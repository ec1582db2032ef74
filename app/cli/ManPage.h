#pragma once

#include "CommandRegistry.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace md::cli {

// The manual page mentordesk-cli(1) in roff, made from the same commands,
// options and texts as `--help` (HelpFormatter): the build writes it with
// `mentordesk-cli --man`, so the page and the help cannot drift apart
// (tests/install/check-manpage.cmake).
class ManPage final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::ManPage)
public:
    static QString render(const CommandRegistry& registry,
                          const QList<QCommandLineOption>& globalOptions, const QString& version);

    // `text` as roff text: backslashes and hyphens escaped, a line that
    // would start with a control character protected, the terminal line
    // breaks of the help joined into one paragraph.
    static QString escaped(const QString& text);
};

} // namespace md::cli
