#include "Benchmark.h"

#include "BenchCommands.h"
#include "BenchWorkspaces.h"
#include "CliBench.h"
#include "EngineBench.h"
#include "GuiBench.h"

#include "common/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace md::bench {

namespace {

// A CLI command's time after unlocking is a difference of two process runs;
// one below the timer's resolution is shown as this.
constexpr double kSmallestDifferenceMs = 0.1;

QList<double> values(const QHash<QString, QList<double>>& samples, const QString& key) {
    return samples.value(key);
}

int fail(QTextStream& log, const QString& message) {
    log << "mentordesk-bench: " << message << '\n';
    log.flush();
    return 1;
}

} // namespace

int runBenchmark(const BenchOptions& options) {
    QTextStream log(stderr);
    QTextStream out(stdout);
    if (options.cliProgram.isEmpty() || !QFileInfo(options.cliProgram).isExecutable())
        return fail(log, QStringLiteral("mentordesk-cli not found beside the benchmark (--cli)"));
    if (!QDir().mkpath(options.cacheDir))
        return fail(log, QStringLiteral("cannot create %1").arg(options.cacheDir));
    QTemporaryDir scratch;

    auto data = prepareWorkspace(options.cacheDir, options.size, options.seed, log);
    if (!data)
        return fail(log, data.message());
    auto empty = prepareEmptyWorkspace(options.cacheDir);
    if (!empty)
        return fail(log, empty.message());
    const CommandRanges ranges =
        rangesFor(SystemClock::instance().today(), data->longestSessionMinutes);
    const QList<BenchCommand> commands = benchCommands(ranges);

    log << "bare engine, encrypted and plain (" << options.runs << " runs)\n";
    log.flush();
    QHash<QString, QList<double>> engine;
    QList<double> encryptedTotal, plainTotal;
    for (int r = 0; r < options.runs; ++r) {
        EngineRun encrypted, plain;
        QString error;
        if (!runEngineWorkload(data->database, data->keyHex, commands, &encrypted, &error) ||
            !runEngineWorkload(data->plainCopy, {}, commands, &plain, &error))
            return fail(log, error);
        for (qsizetype i = 0; i < commands.size(); ++i)
            engine[commands.at(i).name].append(encrypted.queryMs.at(i));
        encryptedTotal.append(encrypted.totalMs);
        plainTotal.append(plain.totalMs);
    }

    double indexPercent = 0;
    {
        QString error;
        if (!measureSearchIndexShare(data->plainCopy, scratch.path(), &indexPercent, &error))
            return fail(log, error);
    }

    log << "mentordesk-cli (" << options.runs << " runs)\n";
    log.flush();
    QHash<QString, CliSamples> cli;
    {
        QString error;
        // Beside the benchmark on Linux; without it the peaks stay "n/a".
        const QString spawner = QStandardPaths::findExecutable(
            QStringLiteral("mentordesk-bench-spawn"), {QFileInfo(options.benchProgram).path()});
        CliBench bench(options.cliProgram, spawner, scratch.path());
        if (!bench.run(*data, *empty, commands, options.runs, &cli, &error))
            return fail(log, error);
    }

    log << "the window, offscreen (" << options.runs << " runs)\n";
    log.flush();
    GuiSamples gui;
    {
        QString error;
        if (!runGuiBench(options.benchProgram, *data, options.runs, scratch.path(), &gui, &error))
            return fail(log, error);
    }

    const Targets t = targetsFor(options.size);
    FigureTable table(options.size);
    const auto guiMedian = [&](const QString& key) {
        return median(values(gui.values, key));
    };
    table.add(QStringLiteral("unlock to main window with data"),
              guiMedian(QStringLiteral("unlock")), QStringLiteral("ms"),
              guiMedian(QStringLiteral("bare window")), t.unlockMs);
    // The first area (Clients) is the one the window opens on: its first
    // show is the unlock itself.
    for (qsizetype i = 0; i < gui.areas.size(); ++i) {
        const QString name = QStringLiteral("first show: ") + gui.areas.at(i);
        table.add(name, i == 0 ? guiMedian(QStringLiteral("unlock")) : guiMedian(name),
                  QStringLiteral("ms"), std::nullopt, t.firstShowMs);
    }
    for (const QString& area : std::as_const(gui.areas)) {
        const QString name = QStringLiteral("repeat show: ") + area;
        table.add(name, guiMedian(name), QStringLiteral("ms"), std::nullopt, t.interactionMs);
    }
    for (const char* name :
         {"filter keystroke", "search keystroke", "calendar week step", "calendar month step"})
        table.add(QLatin1String(name), guiMedian(QLatin1String(name)), QStringLiteral("ms"),
                  std::nullopt, t.interactionMs);
    for (const char* name : {"open client", "open engagement", "open invoice"})
        table.add(QLatin1String(name), guiMedian(QLatin1String(name)), QStringLiteral("ms"),
                  std::nullopt, t.openMs);

    for (const BenchCommand& command : commands) {
        const std::optional<double> floor = median(engine.value(command.name));
        std::optional<double> value = median(cli.value(command.name).afterUnlockMs);
        if (value)
            value = std::max(*value, kSmallestDifferenceMs);
        table.add(QStringLiteral("cli ") + command.name, value, QStringLiteral("ms"), floor,
                  floor ? t.cliVsEngine * std::max(*floor, kSmallestDifferenceMs) : 0);
    }
    const std::optional<double> encrypted = median(encryptedTotal), plain = median(plainTotal);
    table.add(QStringLiteral("encrypted vs plain workload"),
              encrypted && plain && *plain > 0 ? std::optional<double>(*encrypted / *plain)
                                               : std::nullopt,
              QStringLiteral("x"), std::nullopt, t.encryptedVsPlain);

    table.add(QStringLiteral("search index share of the file"), indexPercent, QStringLiteral("%"),
              std::nullopt, t.searchIndexPercent);
    table.add(QStringLiteral("gui resident memory"), guiMedian(QStringLiteral("resident MiB")),
              QStringLiteral("MiB"), std::nullopt, t.guiResidentMiB);
    for (const BenchCommand& command : commands) {
        const CliSamples& s = cli.value(command.name);
        const std::optional<double> floor = median(s.emptyPeakMiB);
        table.add(QStringLiteral("cli ") + command.name + QStringLiteral(" peak memory"),
                  median(s.peakMiB), QStringLiteral("MiB"), floor,
                  floor ? *floor + t.cliAboveEmptyMiB : 0);
    }

    if (options.json) {
        out << QString::fromUtf8(table.toJson());
    } else {
        table.printTable(out);
        out << "bare engine workload: encrypted " << QString::number(encrypted.value_or(0), 'f', 1)
            << " ms, plain " << QString::number(plain.value_or(0), 'f', 1) << " ms\n";
    }
    out.flush();
    return 0;
}

} // namespace md::bench
