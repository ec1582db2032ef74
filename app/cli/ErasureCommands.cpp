#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "clients/ClientService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace md::cli {

namespace {

const QString kYesOption = QStringLiteral("yes");

// `client erase` and `retention purge`: the right to erasure, within what the
// law makes the practice keep.
class ErasureCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::ErasureCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int erase(CommandContext& context, const QCommandLineParser& args);
    static int purge(CommandContext& context, const QCommandLineParser& args);
};

int ErasureCommands::erase(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = context.positiveId(args.positionalArguments().value(0), tr("client id"));
    if (id == 0)
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    if (!args.isSet(kYesOption)) {
        // Without --yes: say exactly what would happen, and change nothing.
        Result<ErasurePlan> plan = workspace->clients().erasurePlan(id);
        if (!plan)
            return context.fail(plan.error());
        context.out() << plan->describe(false) << QLatin1Char('\n');
        return context.usageError(tr("Erasing cannot be undone; add --yes to erase."));
    }
    Result<ErasurePlan> done = workspace->clients().erase(id);
    if (!done)
        return context.fail(done.error());
    context.out() << done->describe(true) << QLatin1Char('\n');
    return ExitSuccess;
}

int ErasureCommands::purge(CommandContext& context, const QCommandLineParser&) {
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    Result<int> purged = workspace->clients().purgeExpiredInvoices();
    if (!purged)
        return context.fail(purged.error());
    if (*purged == 0)
        context.out() << tr("No kept invoice has reached the end of its retention period.")
                      << QLatin1Char('\n');
    else
        context.out() << tr("Removed %n invoice(s) of erased clients whose retention period "
                            "ended.",
                            nullptr, *purged)
                      << QLatin1Char('\n');
    return ExitSuccess;
}

void ErasureCommands::registerIn(CommandRegistry& registry) {
    Command erase;
    erase.path = QStringList{QStringLiteral("client"), QStringLiteral("erase")};
    erase.synopsis = tr("ID [--yes]");
    erase.summary = tr("Erase a client's personal data for good (GDPR Art. 17).");
    erase.details =
        tr("Removes the profile, engagements, sessions with their notes, agreements with\n"
           "their signatures and scans, draft invoices and billing details. Issued invoices,\n"
           "credit notes and their payments are kept unchanged, shown under an anonymous\n"
           "label, until their retention period ends (billing.retention_years after the end\n"
           "of their year; see 'retention purge'). Without --yes, shows what would happen.");
    erase.arguments = {{QStringLiteral("ID"), tr("The client's id (see 'client list')."), false}};
    erase.options = {QCommandLineOption(kYesOption, tr("Confirm the erasure."))};
    erase.run = &ErasureCommands::erase;
    registry.add(std::move(erase));

    Command purge;
    purge.path = QStringList{QStringLiteral("retention"), QStringLiteral("purge")};
    purge.synopsis = QString();
    purge.summary = tr("Remove the kept invoices of erased clients whose retention ended.");
    purge.run = &ErasureCommands::purge;
    registry.add(std::move(purge));
}

} // namespace

void registerErasureCommands(CommandRegistry& registry) {
    ErasureCommands::registerIn(registry);
}

} // namespace md::cli
