#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace md::bench {

struct BareQuery {
    QByteArray sql;
    QVariantList binds;
};

// One CLI command of the benchmark and the SQL that gives the same answer
// through the bare engine (the floor): the statements the CLI's services run,
// written as the engine allows them at their best (the session range bounded
// on both sides of the start index).
struct BenchCommand {
    QString name;          // "client list", as the figures name it
    QStringList arguments; // for mentordesk-cli
    QList<BareQuery> queries;
};

struct CommandRanges {
    QDate weekFrom, weekTo; // this week, Monday to Sunday
    QDate yearFrom, yearTo; // the last twelve months up to today
    int longestSessionMinutes = 24 * 60;
};
CommandRanges rangesFor(const QDate& today, int longestSessionMinutes);

QList<BenchCommand> benchCommands(const CommandRanges& ranges);

} // namespace md::bench
