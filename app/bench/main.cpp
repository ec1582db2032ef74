// mentordesk-bench: the figures of the performance issue on generated
// workspaces (README, "Performance"). Not installed.
#include "BenchFigures.h"
#include "BenchWorkspaces.h"
#include "Benchmark.h"
#include "GuiRun.h"

#include "crypto/Sodium.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char* argv[]) {
    // The real window, drawn offscreen, unless the caller chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    md::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MentorDesk"));
    QApplication::setApplicationName(QStringLiteral("mentordesk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures MentorDesk on generated workspaces: the window offscreen, the CLI, and the "
        "bare SQLCipher engine on the same file."));
    parser.addHelpOption();
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("tiny, realistic (default) or stress."),
                                  QStringLiteral("SIZE"), QStringLiteral("realistic"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print {\"figures\": [...]} instead of a table."));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Runs per figure; medians are reported (5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption cache(
        QStringLiteral("cache"),
        QStringLiteral("Where generated workspaces are kept and reused (default: the user cache)."),
        QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated data (1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption cli(
        QStringLiteral("cli"), QStringLiteral("The mentordesk-cli to run (default: beside this)."),
        QStringLiteral("PATH"));
    // Internal: one GUI run in a process of its own.
    const QCommandLineOption guiRun(QStringLiteral("gui-run"), QStringLiteral("Internal."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption engagement(QStringLiteral("engagement"), QStringLiteral("Internal."),
                                        QStringLiteral("ID"), QStringLiteral("0"));
    const QCommandLineOption invoice(QStringLiteral("invoice"), QStringLiteral("Internal."),
                                     QStringLiteral("ID"), QStringLiteral("0"));
    for (QCommandLineOption option : {guiRun, engagement, invoice}) {
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    parser.addOptions({size, json, runs, cache, seed, cli});
    parser.process(app);

    if (parser.isSet(guiRun))
        return md::bench::runGuiChild({QDir(parser.value(guiRun)).absolutePath(),
                                       parser.value(engagement).toLongLong(),
                                       parser.value(invoice).toLongLong()});

    md::bench::BenchOptions options;
    const auto chosen = md::bench::sizeFromKey(parser.value(size));
    bool runsOk = false, seedOk = false;
    options.runs = parser.value(runs).toInt(&runsOk);
    options.seed = parser.value(seed).toUInt(&seedOk);
    if (!chosen || !runsOk || options.runs < 1 || !seedOk) {
        std::fprintf(stderr, "mentordesk-bench: use --size tiny|realistic|stress, --runs N >= 1 "
                             "and --seed S >= 0 (see --help)\n");
        return 2;
    }
    options.size = *chosen;
    options.json = parser.isSet(json);
    options.cacheDir =
        parser.isSet(cache)
            ? QDir(parser.value(cache)).absolutePath()
            : QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).absolutePath();
    options.benchProgram = QCoreApplication::applicationFilePath();
    options.cliProgram =
        parser.isSet(cli)
            ? QDir(parser.value(cli)).absolutePath()
            : QStandardPaths::findExecutable(QStringLiteral("mentordesk-cli"),
                                             {QCoreApplication::applicationDirPath()});
    return md::bench::runBenchmark(options);
}
