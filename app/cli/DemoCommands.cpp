#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "InitCommand.h"

#include "demo/DemoClock.h"
#include "demo/DemoGenerator.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

#include <optional>

namespace md::cli {

namespace {

const QString kClientsOption = QStringLiteral("clients");
const QString kSessionsOption = QStringLiteral("sessions");
const QString kInvoicesOption = QStringLiteral("invoices");
const QString kSeedOption = QStringLiteral("seed");

class DemoCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::DemoCommands)
public:
    static Command generate() {
        Command command;
        command.path = QStringList{QStringLiteral("demo"), QStringLiteral("generate")};
        command.synopsis = QStringLiteral("--clients N --sessions N [--invoices N] [--seed S]");
        command.summary = tr("Create a new workspace filled with invented demo data.");
        command.details =
            tr("Creates a new workspace as 'init' does (the passphrase, the recovery key, the\n"
               "folder that must not hold one yet) and fills it through the same services the\n"
               "app uses: clients with full profiles, engagements in every stage with their\n"
               "needs, goals, actions and evaluations, signed agreements, series and single\n"
               "sessions over the three years up to today and the next three months, the price\n"
               "list, invoices with payments. Every name and text is invented; the same seed\n"
               "gives the same data. Progress goes to standard error, the summary to standard\n"
               "output.");
        command.options = {
            QCommandLineOption(kClientsOption, tr("How many clients (required)."), tr("N")),
            QCommandLineOption(kSessionsOption,
                               tr("How many sessions, past and planned (required)."), tr("N")),
            QCommandLineOption(kInvoicesOption,
                               tr("How many invoices (default: 3 for every 20 sessions)."),
                               tr("N")),
            QCommandLineOption(kSeedOption, tr("The seed of the invented data (default: 1)."),
                               tr("S"))};
        command.run = &DemoCommands::run;
        return command;
    }

private:
    // A count given on the command line: a whole number from 0 on.
    static std::optional<int> count(CommandContext& context, const QCommandLineParser& args,
                                    const QString& option) {
        bool ok = false;
        const int value = args.value(option).trimmed().toInt(&ok);
        if (!ok || value < 0) {
            context.usageError(tr("--%1 takes a whole number from 0 on, not '%2'.")
                                   .arg(option, args.value(option)));
            return std::nullopt;
        }
        return value;
    }

    static int run(CommandContext& context, const QCommandLineParser& args) {
        if (!args.isSet(kClientsOption) || !args.isSet(kSessionsOption))
            return context.usageError(tr("--clients and --sessions are required."));
        DemoSize size;
        const std::optional<int> clients = count(context, args, kClientsOption);
        if (!clients)
            return ExitUsage;
        const std::optional<int> sessions = count(context, args, kSessionsOption);
        if (!sessions)
            return ExitUsage;
        size.clients = *clients;
        size.sessions = *sessions;
        size.invoices = int(qint64(size.sessions) * 3 / 20);
        if (args.isSet(kInvoicesOption)) {
            const std::optional<int> invoices = count(context, args, kInvoicesOption);
            if (!invoices)
                return ExitUsage;
            size.invoices = *invoices;
        }
        if (args.isSet(kSeedOption)) {
            bool ok = false;
            size.seed = args.value(kSeedOption).trimmed().toUInt(&ok);
            if (!ok)
                return context.usageError(
                    tr("--seed takes a whole number from 0 to 4294967295, not '%1'.")
                        .arg(args.value(kSeedOption)));
        }
        if (size.clients == 0 && (size.sessions > 0 || size.invoices > 0))
            return context.usageError(tr("Sessions and invoices need at least one client."));

        // The clock outlives the workspace: the generator dates each record on
        // its day of the invented history through it.
        const DemoClock clock;
        std::unique_ptr<Workspace> workspace;
        if (const int created = createWorkspace(context, clock, &workspace); created != ExitSuccess)
            return created;

        QElapsedTimer timer;
        timer.start();
        int shownPercent = -1;
        const Result<DemoReport> report = generateDemo(*workspace, size, [&](int done, int total) {
            const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
            if (percent / 5 == shownPercent / 5 && done != total)
                return;
            shownPercent = percent;
            context.err() << tr("Generating demo data: %1% (%2 of %3 steps)")
                                 .arg(percent)
                                 .arg(done)
                                 .arg(total)
                          << QLatin1Char('\n');
            context.err().flush();
        });
        if (!report)
            return context.fail(
                tr("The demo data could not be generated: %1 The workspace in %2 "
                   "holds what was written before the failure.")
                    .arg(report.message(), QDir::toNativeSeparators(workspace->directory())));
        const double seconds = timer.elapsed() / 1000.0;
        context.out() << tr("Generated %1 clients, %2 engagements, %3 agreements, %4 sessions, "
                            "%5 invoices and %6 payments in %7 s.")
                             .arg(report->clients)
                             .arg(report->engagements)
                             .arg(report->agreements)
                             .arg(report->sessions)
                             .arg(report->invoices)
                             .arg(report->payments)
                             .arg(QLocale::c().toString(seconds, 'f', 1))
                      << QLatin1Char('\n');
        return ExitSuccess;
    }
};

} // namespace

void registerDemoCommands(CommandRegistry& registry) {
    registry.add(DemoCommands::generate());
}

} // namespace md::cli
