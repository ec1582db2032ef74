#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EngagementJson.h"

#include "billing/Money.h"
#include "clients/ClientService.h"
#include "pipeline/EngagementService.h"
#include "pipeline/PipelineValidator.h"
#include "pipeline/PipelineWarnings.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace md::cli {

namespace {

const QString kClientOption = QStringLiteral("client");
const QString kTitleOption = QStringLiteral("title");
const QString kSessionsOption = QStringLiteral("sessions");
const QString kCadenceOption = QStringLiteral("cadence");
const QString kFormatOption = QStringLiteral("format");
const QString kStartOption = QStringLiteral("start");
const QString kNotesOption = QStringLiteral("notes");
const QString kFeeOption = QStringLiteral("fee-note");
const QString kSessionFeeOption = QStringLiteral("session-fee");
const QString kJsonOption = QStringLiteral("json");
const QString kOverrideOption = QStringLiteral("override");

// `engagement add|list|show|advance`: the pipeline from scripts. Moves go
// through EngagementService, so the gates are the same as in the app.
class EngagementCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::EngagementCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int add(CommandContext& context, const QCommandLineParser& args);
    static int list(CommandContext& context, const QCommandLineParser& args);
    static int show(CommandContext& context, const QCommandLineParser& args);
    static int advance(CommandContext& context, const QCommandLineParser& args);
    static int fee(CommandContext& context, const QCommandLineParser& args);
    // `text` as an amount of the workspace currency (0 = no fee); false
    // after reporting what is wrong.
    static bool parseFee(CommandContext& context, Workspace& workspace, const QString& text,
                         qint64* minorUnits);

    static QString clientName(Workspace& workspace, qint64 clientId);
    static void printJson(CommandContext& context, const QJsonDocument& document) {
        context.out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    }
    static void printDetails(CommandContext& context, const EngagementDetails& details,
                             const QString& client, const std::optional<GateResult>& gate,
                             const Clock& clock);
    static void printMissing(CommandContext& context, const GateResult& gate);
};

QString EngagementCommands::clientName(Workspace& workspace, qint64 clientId) {
    const Result<QString> name = workspace.clients().listName(clientId);
    return name ? *name : QString();
}

int EngagementCommands::add(CommandContext& context, const QCommandLineParser& args) {
    if (!args.isSet(kClientOption) || !args.isSet(kTitleOption))
        return context.usageError(tr("--client and --title are required."));
    Engagement engagement;
    engagement.clientId = context.positiveId(args.value(kClientOption), tr("client id"));
    if (engagement.clientId == 0)
        return ExitUsage;
    engagement.title = args.value(kTitleOption);
    engagement.profileNotes = args.value(kNotesOption);
    engagement.feeNote = args.value(kFeeOption);
    if (args.isSet(kSessionsOption)) {
        bool ok = false;
        engagement.plannedSessions = args.value(kSessionsOption).toInt(&ok);
        if (!ok)
            return context.usageError(
                tr("'%1' is not a number of sessions.").arg(args.value(kSessionsOption)));
    }
    if (args.isSet(kCadenceOption)) {
        const auto cadence = fromKey<Cadence>(args.value(kCadenceOption).trimmed());
        if (!cadence)
            return context.usageError(
                tr("Unknown cadence '%1' (use %2).")
                    .arg(args.value(kCadenceOption), keysOf<Cadence>().join(QLatin1Char('|'))));
        engagement.cadence = *cadence;
    }
    if (args.isSet(kFormatOption)) {
        const auto format = fromKey<EngagementFormat>(args.value(kFormatOption).trimmed());
        if (!format)
            return context.usageError(tr("Unknown format '%1' (use %2).")
                                          .arg(args.value(kFormatOption),
                                               keysOf<EngagementFormat>().join(QLatin1Char('|'))));
        engagement.format = *format;
    }
    if (args.isSet(kStartOption)) {
        engagement.startDate = QDate::fromString(args.value(kStartOption), Qt::ISODate);
        if (!engagement.startDate.isValid())
            return context.usageError(
                tr("'%1' is not a date (use YYYY-MM-DD).").arg(args.value(kStartOption)));
    }
    // Validated before unlocking, so a typo costs no passphrase prompt. The
    // default start (today) needs the workspace's clock, so any date stands in.
    Engagement checked = engagement;
    if (!checked.startDate.isValid())
        checked.startDate = QDate(2000, 1, 1);
    if (const auto problems = PipelineValidator::validate(checked); !problems.isEmpty()) {
        for (const FieldError& problem : problems)
            context.fail(problem.message);
        return ExitFailure;
    }

    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    if (!args.isSet(kStartOption))
        engagement.startDate = workspace->clock().today();
    if (args.isSet(kSessionFeeOption) &&
        !parseFee(context, *workspace, args.value(kSessionFeeOption), &engagement.sessionFeeMinor))
        return ExitFailure;
    if (auto client = workspace->clients().get(engagement.clientId); !client)
        return context.fail(client.error());
    auto added = workspace->engagements().addEngagement(engagement);
    if (!added)
        return context.fail(added.error());
    context.out() << added->id << QLatin1Char('\n');
    return ExitSuccess;
}

bool EngagementCommands::parseFee(CommandContext& context, Workspace& workspace,
                                  const QString& text, qint64* minorUnits) {
    auto business = workspace.settings().businessSettings();
    if (!business) {
        context.fail(business.error());
        return false;
    }
    auto fee = Money::parse(text, business->currency);
    if (!fee) {
        context.fail(fee.error());
        return false;
    }
    *minorUnits = fee->minorUnits();
    return true;
}

int EngagementCommands::fee(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = context.positiveId(args.positionalArguments().value(0), tr("engagement id"));
    if (id == 0)
        return ExitUsage;
    if (args.positionalArguments().size() < 2)
        return context.usageError(tr("Give the fee per session, e.g. 120 (0 removes it)."));
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto engagement = workspace->engagements().engagement(id);
    if (!engagement)
        return context.fail(engagement.error());
    if (!parseFee(context, *workspace, args.positionalArguments().value(1),
                  &engagement->sessionFeeMinor))
        return ExitFailure;
    if (args.isSet(kFeeOption))
        engagement->feeNote = args.value(kFeeOption);
    if (auto saved = workspace->engagements().updateEngagement(*engagement); !saved)
        return context.fail(saved.error());
    return ExitSuccess;
}

int EngagementCommands::list(CommandContext& context, const QCommandLineParser& args) {
    EngagementFilter filter;
    if (args.isSet(kClientOption)) {
        filter.clientId = context.positiveId(args.value(kClientOption), tr("client id"));
        if (filter.clientId == 0)
            return ExitUsage;
    }
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto engagements = workspace->engagements().engagements(filter);
    if (!engagements)
        return context.fail(engagements.error());
    const Clock& clock = workspace->clock();

    if (args.isSet(kJsonOption)) {
        // "stale" follows the workspace's practice rule, the one the GUI warns with.
        auto thresholds = workspace->engagements().thresholds();
        if (!thresholds)
            return context.fail(thresholds.error());
        QJsonArray array;
        for (const Engagement& e : std::as_const(engagements.value()))
            array.append(EngagementJson::summary(e, clientName(*workspace, e.clientId), clock,
                                                 thresholds->staleAfterDays));
        printJson(context, QJsonDocument(array));
        return ExitSuccess;
    }
    if (engagements->isEmpty()) {
        context.err() << tr("No engagements yet. Start one with: %1 engagement add --client ID "
                            "--title TEXT")
                             .arg(QLatin1String(kProgramName))
                      << QLatin1Char('\n');
        return ExitSuccess;
    }
    QList<QStringList> rows;
    rows.append({tr("ID"), tr("CLIENT"), tr("TITLE"), tr("STAGE"), tr("DAYS")});
    for (const Engagement& e : std::as_const(engagements.value()))
        rows.append({QString::number(e.id), clientName(*workspace, e.clientId), e.title,
                     labelOf(e.state()), QString::number(PipelineWarnings::daysInStage(e, clock))});
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList& row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    for (const QStringList& row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        context.out() << line.trimmed() << QLatin1Char('\n');
    }
    return ExitSuccess;
}

void EngagementCommands::printMissing(CommandContext& context, const GateResult& gate) {
    for (const MissingItem& item : gate.missing)
        context.err() << QStringLiteral("  - %1 [%2; %3]")
                             .arg(item.message, labelOf(item.target.tab), item.key)
                      << QLatin1Char('\n');
}

void EngagementCommands::printDetails(CommandContext& context, const EngagementDetails& details,
                                      const QString& client, const std::optional<GateResult>& gate,
                                      const Clock& clock) {
    QTextStream& out = context.out();
    const Engagement& e = details.engagement;
    out << tr("Engagement %1: %2").arg(e.id).arg(e.title) << '\n';
    out << tr("Client:   %1 (id %2)").arg(client).arg(e.clientId) << '\n';
    out << tr("Stage:    %1 (%2 days)")
               .arg(labelOf(e.state()))
               .arg(PipelineWarnings::daysInStage(e, clock))
        << '\n';
    out << tr("Started:  %1; %2 sessions planned, %3, %4")
               .arg(e.startDate.toString(Qt::ISODate))
               .arg(e.plannedSessions)
               .arg(labelOf(e.cadence), labelOf(e.format))
        << '\n';
    if (e.previousEngagementId > 0)
        out << tr("Follows engagement %1").arg(e.previousEngagementId) << '\n';
    if (!e.outcome.isEmpty())
        out << tr("Outcome:  %1").arg(e.outcome) << '\n';

    out << '\n' << tr("Timeline:") << '\n';
    for (const StageChange& change : details.timeline) {
        QString line =
            QStringLiteral("  %1  %2")
                .arg(change.changedUtc.toUTC().toString(Qt::ISODate),
                     change.from ? tr("%1 -> %2").arg(labelOf(*change.from), labelOf(change.to))
                                 : tr("created in %1").arg(labelOf(change.to)));
        if (change.overridden)
            line += tr(" [override]");
        if (!change.reason.isEmpty())
            line += QStringLiteral(": ") + change.reason;
        out << line << '\n';
    }

    out << '\n' << tr("Needs (%1):").arg(details.needs.size()) << '\n';
    for (const Need& need : details.needs)
        out << QStringLiteral("  #%1 [%2, %3] %4")
                   .arg(need.id)
                   .arg(labelOf(need.category), labelOf(need.priority), need.description)
            << '\n';

    out << '\n' << tr("Goals (%1):").arg(details.goals.size()) << '\n';
    for (const GoalDetails& goal : details.goals) {
        QStringList letters;
        for (SmartLetter letter : allOf<SmartLetter>())
            letters.append(goal.smart.passes(letter) ? letterOf(letter)
                                                     : letterOf(letter).toLower());
        QString line = QStringLiteral("  #%1 %2  SMART %3")
                           .arg(goal.goal.id)
                           .arg(goal.goal.title(), letters.join(QString()));
        line += goal.smart.passed() ? tr(" (passes)") : tr(" (fails: lower-case letters)");
        if (goal.percent)
            line += tr(", progress %1%").arg(qRound(*goal.percent));
        if (!goal.goal.active)
            line += tr(", inactive");
        out << line << '\n';
        for (const SmartIssue& issue : goal.smart.issues)
            out << QStringLiteral("      %1: %2").arg(labelOf(issue.letter), issue.message) << '\n';
        for (const Action& action : goal.actions) {
            QString actionLine = QStringLiteral("      action #%1 [%2] %3")
                                     .arg(action.id)
                                     .arg(labelOf(action.status), action.description);
            if (action.dueDate.isValid())
                actionLine += tr(" (due %1)").arg(action.dueDate.toString(Qt::ISODate));
            if (PipelineWarnings::isOverdue(action, clock))
                actionLine += tr(" OVERDUE");
            if (!action.people.isEmpty())
                actionLine += tr("; with %1").arg(action.people.join(QStringLiteral(", ")));
            out << actionLine << '\n';
        }
        if (goal.evaluation)
            out << tr("      evaluated: %1").arg(labelOf(goal.evaluation->outcome)) << '\n';
    }

    if (gate) {
        out << '\n';
        if (gate->passed())
            out << tr("Ready to leave \"%1\".").arg(labelOf(gate->stage)) << '\n';
        else {
            out << tr("To leave \"%1\":").arg(labelOf(gate->stage)) << '\n';
            for (const MissingItem& item : gate->missing)
                out << QStringLiteral("  - %1").arg(item.message) << '\n';
        }
    }
}

int EngagementCommands::show(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = context.positiveId(args.positionalArguments().value(0), tr("engagement id"));
    if (id == 0)
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    EngagementService& service = workspace->engagements();
    auto details = service.details(id);
    if (!details)
        return context.fail(details.error());
    std::optional<GateResult> gate;
    if (auto checked = service.checkAdvance(id))
        gate = checked.value();
    const QString client = clientName(*workspace, details->engagement.clientId);
    if (args.isSet(kJsonOption)) {
        auto thresholds = service.thresholds();
        if (!thresholds)
            return context.fail(thresholds.error());
        printJson(context, QJsonDocument(EngagementJson::details(details.value(), client, gate,
                                                                 workspace->clock(),
                                                                 thresholds->staleAfterDays)));
    } else {
        printDetails(context, details.value(), client, gate, workspace->clock());
    }
    return ExitSuccess;
}

int EngagementCommands::advance(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = context.positiveId(args.positionalArguments().value(0), tr("engagement id"));
    if (id == 0)
        return ExitUsage;
    std::optional<QString> overrideReason;
    if (args.isSet(kOverrideOption)) {
        overrideReason = args.value(kOverrideOption);
        if (overrideReason->trimmed().isEmpty())
            return context.usageError(
                tr("--override needs a written reason; it is kept in the timeline."));
    }
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    const MoveResult result = workspace->engagements().advance(id, overrideReason);
    if (!result.ok()) {
        if (!result.blockedByGate())
            return context.fail(result.status.error());
        context.fail(tr("Engagement %1 cannot leave \"%2\" yet. Missing:")
                         .arg(id)
                         .arg(labelOf(result.gate.stage)));
        printMissing(context, result.gate);
        context.err() << tr("Fill these in, or move anyway with --override REASON.") << '\n';
        return ExitFailure;
    }
    const StageChange& change = *result.change;
    context.out() << tr("Engagement %1: %2 -> %3")
                         .arg(id)
                         .arg(labelOf(change.from.value_or(change.to)), labelOf(change.to))
                  << '\n';
    if (change.overridden) {
        context.out() << tr("Override recorded in the timeline: %1").arg(change.reason) << '\n';
        printMissing(context, result.gate);
    }
    return ExitSuccess;
}

void EngagementCommands::registerIn(CommandRegistry& registry) {
    const QString engagement = QStringLiteral("engagement");
    const PositionalArgument idArgument{QStringLiteral("ID"),
                                        tr("The engagement's id (see 'engagement list')."), false};

    Command add;
    add.path = QStringList{engagement, QStringLiteral("add")};
    add.synopsis = tr("--client ID --title TEXT [options]");
    add.summary = tr("Start an engagement for a client and print its id.");
    add.options = {
        QCommandLineOption(kClientOption, tr("The client's id (required)."), tr("ID")),
        QCommandLineOption(kTitleOption, tr("A short title (required)."), tr("TEXT")),
        QCommandLineOption(kSessionsOption, tr("Planned number of sessions."), tr("N")),
        QCommandLineOption(
            kCadenceOption,
            tr("One of %1 (default: biweekly).").arg(keysOf<Cadence>().join(QLatin1Char('|'))),
            tr("CADENCE")),
        QCommandLineOption(kFormatOption,
                           tr("One of %1 (default: video).")
                               .arg(keysOf<EngagementFormat>().join(QLatin1Char('|'))),
                           tr("FORMAT")),
        QCommandLineOption(kStartOption, tr("Start date, YYYY-MM-DD (default: today)."),
                           tr("DATE")),
        QCommandLineOption(kNotesOption, tr("Your profile-study notes."), tr("TEXT")),
        QCommandLineOption(kFeeOption, tr("A note on fees, as agreements print it."), tr("TEXT")),
        QCommandLineOption(kSessionFeeOption,
                           tr("The fee per session before tax, e.g. 120.00, billed for the "
                              "engagement's held sessions before the price list's price."),
                           tr("AMOUNT")),
    };
    add.run = &EngagementCommands::add;
    registry.add(std::move(add));

    Command fee;
    fee.path = QStringList{engagement, QStringLiteral("fee")};
    fee.synopsis = tr("ID AMOUNT [--fee-note TEXT]");
    fee.summary = tr("Set an engagement's fee per session (0 removes it).");
    fee.details = tr("Invoices from held sessions bill this fee; without one, the price list's "
                     "single session; without either, the session price of the settings.");
    fee.arguments = {idArgument,
                     {QStringLiteral("AMOUNT"),
                      tr("Before tax, in the workspace currency, e.g. 120.00."), false}};
    fee.options = {QCommandLineOption(kFeeOption, tr("Also change the note on fees."), tr("TEXT"))};
    fee.run = &EngagementCommands::fee;
    registry.add(std::move(fee));

    Command list;
    list.path = QStringList{engagement, QStringLiteral("list")};
    list.synopsis = tr("[--json] [--client ID]");
    list.summary = tr("List engagements with their stage and days in it.");
    list.options = {QCommandLineOption(kJsonOption, tr("Print a JSON array.")),
                    QCommandLineOption(kClientOption, tr("Only this client's."), tr("ID"))};
    list.run = &EngagementCommands::list;
    registry.add(std::move(list));

    Command show;
    show.path = QStringList{engagement, QStringLiteral("show")};
    show.synopsis = tr("ID [--json]");
    show.summary = tr("Show an engagement: stage, timeline, needs, goals, actions.");
    show.details = tr("Goals show their SMART status (a lower-case letter fails) and progress "
                      "from baseline to target; the end lists what the current stage still "
                      "needs before the engagement can advance.");
    show.arguments = {idArgument};
    show.options = {QCommandLineOption(kJsonOption, tr("Print a JSON object."))};
    show.run = &EngagementCommands::show;
    registry.add(std::move(show));

    Command advance;
    advance.path = QStringList{engagement, QStringLiteral("advance")};
    advance.synopsis = tr("ID [--override REASON]");
    advance.summary = tr("Move an engagement to its next stage, through the stage's gate.");
    advance.details = tr("When the current stage's work is incomplete, nothing changes: the "
                         "missing items are listed and the exit status is 1. --override moves "
                         "anyway; the reason is recorded in the timeline.");
    advance.arguments = {idArgument};
    advance.options = {QCommandLineOption(
        kOverrideOption, tr("Move although the gate fails, for this reason."), tr("REASON"))};
    advance.run = &EngagementCommands::advance;
    registry.add(std::move(advance));
}

} // namespace

void registerEngagementCommands(CommandRegistry& registry) {
    EngagementCommands::registerIn(registry);
}

} // namespace md::cli
