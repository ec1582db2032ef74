#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ListOutput.h"
#include "SessionJson.h"

#include "scheduling/Recurrence.h"
#include "scheduling/RepeatChoice.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/ZonedTime.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace md::cli {

namespace {

const QString kEngagementOption = QStringLiteral("engagement");
const QString kStartOption = QStringLiteral("start");
const QString kTzOption = QStringLiteral("tz");
const QString kDurationOption = QStringLiteral("duration");
const QString kFormatOption = QStringLiteral("format");
const QString kLocationOption = QStringLiteral("location");
const QString kAgendaOption = QStringLiteral("agenda");
const QString kRepeatOption = QStringLiteral("repeat");
const QString kCountOption = QStringLiteral("count");
const QString kUntilOption = QStringLiteral("until");
const QString kFromOption = QStringLiteral("from");
const QString kToOption = QStringLiteral("to");
const QString kClientOption = QStringLiteral("client");
const QString kJsonOption = QStringLiteral("json");
const QString kPrivateOption = QStringLiteral("private");
const QString kShareableOption = QStringLiteral("shareable");
const QString kCancelledAtOption = QStringLiteral("cancelled-at");

// `session add|list|note|status`: sessions and series from scripts. A
// conflict is reported on standard error and never stops the command, as in
// the app: the mentor decides.
class SessionCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::SessionCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int add(CommandContext& context, const QCommandLineParser& args);
    static int list(CommandContext& context, const QCommandLineParser& args);
    static int note(CommandContext& context, const QCommandLineParser& args);
    static int status(CommandContext& context, const QCommandLineParser& args);

    static bool parseRepeat(CommandContext& context, const QCommandLineParser& args,
                            const QDate& first, std::optional<RecurrenceRule>* rule);
    static void reportConflicts(CommandContext& context, const QList<ConflictWarning>& warnings);
};

bool SessionCommands::parseRepeat(CommandContext& context, const QCommandLineParser& args,
                                  const QDate& first, std::optional<RecurrenceRule>* rule) {
    if (!args.isSet(kRepeatOption)) {
        if (args.isSet(kCountOption) || args.isSet(kUntilOption)) {
            context.usageError(tr("--count and --until need --repeat."));
            return false;
        }
        return true;
    }
    const std::optional<RepeatChoice> choice = RepeatChoices::fromKey(args.value(kRepeatOption));
    if (!choice || *choice == RepeatChoice::None) {
        context.usageError(tr("Unknown repeat '%1' (use weekly|biweekly|monthly|monthly-weekday|"
                              "monthly-last-weekday).")
                               .arg(args.value(kRepeatOption)));
        return false;
    }
    if (args.isSet(kCountOption) == args.isSet(kUntilOption)) {
        context.usageError(tr("A repeating session needs either --count N or --until DATE."));
        return false;
    }
    int count = 0;
    QDate until;
    if (args.isSet(kCountOption)) {
        bool ok = false;
        count = args.value(kCountOption).toInt(&ok);
        if (!ok || count <= 0) {
            context.usageError(
                tr("'%1' is not a number of sessions.").arg(args.value(kCountOption)));
            return false;
        }
    } else {
        until = QDate::fromString(args.value(kUntilOption), Qt::ISODate);
        if (!until.isValid()) {
            context.usageError(
                tr("'%1' is not a date (use YYYY-MM-DD).").arg(args.value(kUntilOption)));
            return false;
        }
    }
    *rule = RepeatChoices::rule(*choice, first, count, until);
    return true;
}

void SessionCommands::reportConflicts(CommandContext& context,
                                      const QList<ConflictWarning>& warnings) {
    for (const ConflictWarning& warning : warnings)
        context.err() << tr("warning: %1").arg(warning.message) << QLatin1Char('\n');
}

int SessionCommands::add(CommandContext& context, const QCommandLineParser& args) {
    if (!args.isSet(kEngagementOption) || !args.isSet(kStartOption) || !args.isSet(kDurationOption))
        return context.usageError(tr("--engagement, --start and --duration are required."));
    const qint64 engagementId =
        context.positiveId(args.value(kEngagementOption), tr("engagement id"));
    if (engagementId == 0)
        return ExitUsage;
    const QDateTime naive = QDateTime::fromString(args.value(kStartOption), Qt::ISODate);
    if (!naive.isValid())
        return context.usageError(
            tr("'%1' is not a start (use YYYY-MM-DDTHH:MM).").arg(args.value(kStartOption)));
    bool ok = false;
    const int duration = args.value(kDurationOption).toInt(&ok);
    if (!ok || duration <= 0 || duration > 24 * 60)
        return context.usageError(
            tr("'%1' is not a duration in minutes.").arg(args.value(kDurationOption)));
    SessionFormat format = SessionFormat::Video;
    if (args.isSet(kFormatOption)) {
        QString key = args.value(kFormatOption).trimmed().toLower();
        key.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (!sessionFormatFromKey(key, &format))
            return context.usageError(tr("Unknown format '%1' (use video|phone|in-person).")
                                          .arg(args.value(kFormatOption)));
    }
    // isValid() rather than isTimeZoneIdAvailable(): the list of available
    // ids leaves out aliases such as Etc/UTC that QTimeZone accepts.
    if (args.isSet(kTzOption) && !QTimeZone(args.value(kTzOption).toUtf8()).isValid())
        return context.usageError(
            tr("Unknown time zone '%1' (use an IANA name such as Europe/Berlin).")
                .arg(args.value(kTzOption)));
    std::optional<RecurrenceRule> rule;
    if (!parseRepeat(context, args, naive.date(), &rule))
        return ExitUsage;

    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    SchedulingService& scheduling = workspace->scheduling();
    // Without --tz: the mentor's zone from the availability settings.
    QTimeZone zone;
    if (args.isSet(kTzOption)) {
        zone = QTimeZone(args.value(kTzOption).toUtf8());
    } else {
        const Result<Availability> availability = scheduling.availability();
        zone = availability ? availability->zone : QTimeZone::systemTimeZone();
    }
    const QDateTime start = ZonedTime::make(naive.date(), naive.time(), zone);
    const Result<EngagementInfo> info = scheduling.engagementInfo(engagementId);
    if (!info)
        return context.fail(info.error());
    // Without --format: the engagement's own (video when it is mixed).
    if (!args.isSet(kFormatOption) && info->sessionFormat)
        format = *info->sessionFormat;

    if (!rule) {
        Session session;
        session.engagementId = engagementId;
        session.start = start;
        session.durationMinutes = duration;
        session.format = format;
        session.location = args.value(kLocationOption);
        session.agenda = args.value(kAgendaOption);
        if (auto warnings = scheduling.conflictsFor({0, start.toUTC(), duration}); warnings)
            reportConflicts(context, *warnings);
        auto added = scheduling.addSession(session);
        if (!added)
            return context.fail(added.error());
        context.out() << added->id << QLatin1Char('\n');
        return ExitSuccess;
    }

    SessionSeries series;
    series.engagementId = engagementId;
    series.rule = *rule;
    series.firstStart = start;
    series.durationMinutes = duration;
    series.format = format;
    series.location = args.value(kLocationOption);
    series.agenda = args.value(kAgendaOption);
    if (Status valid = Recurrence::validate(series.rule, series.firstStart); !valid)
        return context.fail(valid.error());
    if (auto warnings = scheduling.conflictsForSeries(series); warnings)
        reportConflicts(context, *warnings);
    QList<Session> created;
    auto added = scheduling.addSeries(series, &created);
    if (!added)
        return context.fail(added.error());
    for (const Session& session : std::as_const(created))
        context.out() << session.id << QLatin1Char('\n');
    context.err() << tr("%1 (%n session(s)).", nullptr, int(created.size()))
                         .arg(Recurrence::describe(series.rule, series.firstStart))
                  << QLatin1Char('\n');
    return ExitSuccess;
}

int SessionCommands::list(CommandContext& context, const QCommandLineParser& args) {
    SessionFilter filter;
    for (const QString& option : {kFromOption, kToOption}) {
        if (!args.isSet(option))
            continue;
        const QDate date = QDate::fromString(args.value(option), Qt::ISODate);
        if (!date.isValid())
            return context.usageError(
                tr("'%1' is not a date (use YYYY-MM-DD).").arg(args.value(option)));
        // Whole days in the machine's zone; --to is inclusive.
        const QDateTime bound = option == kFromOption ? QDateTime(date, QTime(0, 0))
                                                      : QDateTime(date.addDays(1), QTime(0, 0));
        (option == kFromOption ? filter.fromUtc : filter.toUtc) = bound.toUTC();
    }
    if (args.isSet(kClientOption)) {
        filter.clientId = context.positiveId(args.value(kClientOption), tr("client id"));
        if (filter.clientId == 0)
            return ExitUsage;
    }
    if (args.isSet(kEngagementOption)) {
        filter.engagementId =
            context.positiveId(args.value(kEngagementOption), tr("engagement id"));
        if (filter.engagementId == 0)
            return ExitUsage;
    }
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    if (!useOnePassPageCache(context, *workspace))
        return ExitFailure;
    const SchedulingService& scheduling = workspace->scheduling();
    // Written row by row as the rows are read: the memory of a long list
    // does not grow with it (see ListOutput.h for a read that fails midway).
    const bool json = args.isSet(kJsonOption);
    JsonArrayWriter array(context.out());
    TableWriter table(context.out(), {tr("ID"), tr("START"), tr("ZONE"), tr("MIN"), tr("CLIENT"),
                                      tr("STATUS"), tr("SERIES")});
    const Status read = scheduling.forEachSession(filter, [&](const ClientSession& row) {
        const Session& s = row.session;
        if (json)
            array.append(SessionJson::row(s, row.clientName));
        else
            table.append({QString::number(s.id),
                          s.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.timeZoneId(),
                          QString::number(s.durationMinutes), row.clientName,
                          sessionStatusKey(s.status),
                          s.seriesId ? QString::number(s.seriesId) : QStringLiteral("-")});
        return true;
    });
    if (!read)
        return context.failIncomplete(read.error());
    if (json) {
        array.finish();
        return ExitSuccess;
    }
    if (table.rowCount() == 0) {
        context.err() << tr("No sessions in this period.") << QLatin1Char('\n');
        return ExitSuccess;
    }
    table.finish();
    return ExitSuccess;
}

int SessionCommands::note(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = context.positiveId(args.positionalArguments().value(0), tr("session id"));
    if (id == 0)
        return ExitUsage;
    if (args.isSet(kPrivateOption) == args.isSet(kShareableOption))
        return context.usageError(tr("Give exactly one of --private TEXT and --shareable TEXT."));
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    SchedulingService& scheduling = workspace->scheduling();
    auto session = scheduling.session(id);
    if (!session)
        return context.fail(session.error());
    if (args.isSet(kPrivateOption))
        session->privateNotes = args.value(kPrivateOption);
    else
        session->shareableNotes = args.value(kShareableOption);
    if (auto saved = scheduling.updateSession(*session); !saved)
        return context.fail(saved.error());
    return ExitSuccess;
}

int SessionCommands::status(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = context.positiveId(args.positionalArguments().value(0), tr("session id"));
    if (id == 0)
        return ExitUsage;
    QString key = args.positionalArguments().value(1).trimmed().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    SessionStatus status;
    if (!sessionStatusFromKey(key, &status))
        return context.usageError(
            tr("Unknown status '%1' (use planned|held|cancelled-client|cancelled-mentor|no-show).")
                .arg(args.positionalArguments().value(1)));
    QDateTime cancelledAt;
    if (args.isSet(kCancelledAtOption)) {
        if (!isCancelledStatus(status))
            return context.usageError(
                tr("--cancelled-at goes with cancelled-client or cancelled-mentor."));
        cancelledAt = QDateTime::fromString(args.value(kCancelledAtOption), Qt::ISODate);
        if (!cancelledAt.isValid())
            return context.usageError(tr("'%1' is not a time (use YYYY-MM-DDTHH:MM).")
                                          .arg(args.value(kCancelledAtOption)));
    }
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    SchedulingService& scheduling = workspace->scheduling();
    auto session = scheduling.session(id);
    if (!session)
        return context.fail(session.error());
    session->status = status;
    // A time given is wall-clock time in the session's own zone; without one
    // a new cancellation is dated now and an earlier one keeps its time.
    if (cancelledAt.isValid())
        session->cancelledUtc =
            ZonedTime::make(cancelledAt.date(), cancelledAt.time(), session->start.timeZone())
                .toUTC();
    if (auto saved = scheduling.updateSession(*session); !saved)
        return context.fail(saved.error());
    if (auto tally = scheduling.tally(session->engagementId); tally)
        context.err() << tally->text() << QLatin1Char('\n');
    return ExitSuccess;
}

void SessionCommands::registerIn(CommandRegistry& registry) {
    const QString session = QStringLiteral("session");
    const PositionalArgument idArgument{QStringLiteral("ID"),
                                        tr("The session's id (see 'session list')."), false};

    Command add;
    add.path = QStringList{session, QStringLiteral("add")};
    add.synopsis = tr("--engagement ID --start YYYY-MM-DDTHH:MM --duration MINUTES [options]");
    add.summary = tr("Plan a session or a series and print the new id(s).");
    add.details = tr("The start is wall-clock time in --tz (default: your time zone from the "
                     "availability settings); a series keeps that time across daylight-saving "
                     "changes. A series prints one id per session. Monthly series on the 29th to "
                     "31st skip months without that date, as in every calendar program. Clashes "
                     "with other sessions, imported busy times or your working hours are "
                     "printed as warnings; the session is planned anyway.");
    add.options = {
        QCommandLineOption(kEngagementOption, tr("The engagement's id (required)."), tr("ID")),
        QCommandLineOption(kStartOption, tr("Start, YYYY-MM-DDTHH:MM (required)."), tr("START")),
        QCommandLineOption(kTzOption, tr("IANA time zone of the start, e.g. Europe/Berlin."),
                           tr("ZONE")),
        QCommandLineOption(kDurationOption, tr("Length in minutes (required)."), tr("MINUTES")),
        QCommandLineOption(
            kFormatOption,
            tr("video|phone|in-person (default: the engagement's format, video when it is "
               "mixed)."),
            tr("FORMAT")),
        QCommandLineOption(kLocationOption, tr("The place, video link or phone number."),
                           tr("TEXT")),
        QCommandLineOption(kAgendaOption, tr("The agenda."), tr("TEXT")),
        QCommandLineOption(kRepeatOption,
                           tr("weekly|biweekly|monthly|monthly-weekday|monthly-last-weekday."),
                           tr("CADENCE")),
        QCommandLineOption(kCountOption, tr("A series ends after N sessions."), tr("N")),
        QCommandLineOption(kUntilOption, tr("A series ends on this date, YYYY-MM-DD."), tr("DATE")),
    };
    add.run = &SessionCommands::add;
    registry.add(std::move(add));

    Command list;
    list.path = QStringList{session, QStringLiteral("list")};
    list.synopsis = tr("[--from DATE] [--to DATE] [--client ID] [--engagement ID] [--json]");
    list.summary = tr("List sessions, oldest first.");
    list.options = {
        QCommandLineOption(kFromOption, tr("From this day, YYYY-MM-DD."), tr("DATE")),
        QCommandLineOption(kToOption, tr("Up to and including this day."), tr("DATE")),
        QCommandLineOption(kClientOption, tr("Only this client's."), tr("ID")),
        QCommandLineOption(kEngagementOption, tr("Only this engagement's."), tr("ID")),
        QCommandLineOption(kJsonOption, tr("Print a JSON array (without private notes)."))};
    list.run = &SessionCommands::list;
    registry.add(std::move(list));

    Command note;
    note.path = QStringList{session, QStringLiteral("note")};
    note.synopsis = tr("ID (--private TEXT | --shareable TEXT)");
    note.summary = tr("Set a session's private or shareable notes.");
    note.details = tr("Private notes are for you: no session summary or calendar file contains "
                      "them. export and client export keep them, since those are your own "
                      "copies; client export --without-private-notes leaves them out. "
                      "Shareable notes appear in the session summary.");
    note.arguments = {idArgument};
    note.options = {QCommandLineOption(kPrivateOption, tr("Notes only you will see."), tr("TEXT")),
                    QCommandLineOption(kShareableOption, tr("Notes for the summary."), tr("TEXT"))};
    note.run = &SessionCommands::note;
    registry.add(std::move(note));

    Command status;
    status.path = QStringList{session, QStringLiteral("status")};
    status.synopsis = tr("ID STATUS");
    status.summary = tr("Mark a session held, cancelled or missed.");
    status.arguments = {idArgument,
                        {QStringLiteral("STATUS"),
                         tr("planned, held, cancelled-client, cancelled-mentor or no-show."),
                         false}};
    status.details = tr("A session the client cancels with less notice than your cancellation "
                        "policy gives (settings: billing.policy.cancellation_notice_hours) is "
                        "billed when late cancellations are chargeable; one you cancel never "
                        "is.");
    status.options = {QCommandLineOption(
        kCancelledAtOption,
        tr("When the session was cancelled, YYYY-MM-DDTHH:MM in its time zone (default: now)."),
        tr("TIME"))};
    status.run = &SessionCommands::status;
    registry.add(std::move(status));
}

} // namespace

void registerSessionCommands(CommandRegistry& registry) {
    SessionCommands::registerIn(registry);
}

} // namespace md::cli
