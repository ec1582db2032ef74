#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ListOutput.h"

#include "caldav/CalendarSyncService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace md::cli {

namespace {

const QString kJsonOption = QStringLiteral("json");

QJsonValue isoOrNull(const QDateTime& utc) {
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// `calendar differences|accept|overwrite`: the events changed or deleted on
// the CalDAV server, and the mentor's choice for each.
class CalendarDifferenceCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::CalendarDifferenceCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int list(CommandContext& context, const QCommandLineParser& args);
    static int accept(CommandContext& context, const QCommandLineParser& args);
    static int overwrite(CommandContext& context, const QCommandLineParser& args);
    static QJsonObject toJson(const CalendarDifference& difference);
};

QJsonObject CalendarDifferenceCommands::toJson(const CalendarDifference& difference) {
    return QJsonObject{
        {QStringLiteral("id"), difference.id},
        {QStringLiteral("kind"), calendarDifferenceKindKey(difference.kind)},
        {QStringLiteral("sessionId"),
         difference.sessionId ? QJsonValue(difference.sessionId) : QJsonValue()},
        {QStringLiteral("seriesId"),
         difference.seriesId ? QJsonValue(difference.seriesId) : QJsonValue()},
        {QStringLiteral("clientName"), difference.clientName},
        {QStringLiteral("startUtc"), isoOrNull(difference.mentorDeskStartUtc)},
        {QStringLiteral("endUtc"), isoOrNull(difference.mentorDeskEndUtc)},
        {QStringLiteral("serverStartUtc"), isoOrNull(difference.serverStartUtc)},
        {QStringLiteral("serverEndUtc"), isoOrNull(difference.serverEndUtc)},
        {QStringLiteral("foundUtc"), isoOrNull(difference.foundUtc)},
    };
}

int CalendarDifferenceCommands::list(CommandContext& context, const QCommandLineParser& args) {
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto differences = workspace->calendarSync().differences();
    if (!differences)
        return context.fail(differences.error());
    if (args.isSet(kJsonOption)) {
        JsonArrayWriter array(context.out());
        for (const CalendarDifference& difference : std::as_const(*differences))
            array.append(toJson(difference));
        array.finish();
        return ExitSuccess;
    }
    if (differences->isEmpty()) {
        context.err() << tr("No differences: the server has what MentorDesk published.")
                      << QLatin1Char('\n');
        return ExitSuccess;
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    TableWriter table(context.out(), {tr("ID"), tr("SESSION"), tr("ON THE SERVER")});
    for (const CalendarDifference& difference : std::as_const(*differences))
        table.append({QString::number(difference.id), calendarDifferenceSubject(difference, zone),
                      describeCalendarDifference(difference, zone)});
    table.finish();
    context.out() << tr("Take one into MentorDesk with 'calendar accept ID', or keep MentorDesk's "
                        "version with 'calendar overwrite ID'.")
                  << QLatin1Char('\n');
    return ExitSuccess;
}

int CalendarDifferenceCommands::accept(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = context.positiveId(args.positionalArguments().value(0), tr("difference id"));
    if (id == 0)
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto accepted = workspace->calendarSync().acceptServerVersion(id);
    if (!accepted)
        return context.fail(accepted.error());
    for (const ConflictWarning& warning : std::as_const(*accepted))
        context.err() << tr("Warning: %1").arg(warning.message) << QLatin1Char('\n');
    context.out() << tr("The server's version is now in MentorDesk.") << QLatin1Char('\n');
    return ExitSuccess;
}

int CalendarDifferenceCommands::overwrite(CommandContext& context, const QCommandLineParser& args) {
    const qint64 id = context.positiveId(args.positionalArguments().value(0), tr("difference id"));
    if (id == 0)
        return ExitUsage;
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto sent = workspace->calendarSync().keepMentorDeskVersion(id);
    if (!sent)
        return context.fail(sent.error());
    context.out() << (*sent ? tr("The server has MentorDesk's version again.")
                            : tr("MentorDesk's version is kept; it goes to the server with the "
                                 "next sync."))
                  << QLatin1Char('\n');
    return ExitSuccess;
}

void CalendarDifferenceCommands::registerIn(CommandRegistry& registry) {
    const QString calendar = QStringLiteral("calendar");
    const PositionalArgument idArgument{
        QStringLiteral("ID"), tr("The difference's id, as 'calendar differences' lists it."),
        false};

    Command listCommand;
    listCommand.path = QStringList{calendar, QStringLiteral("differences")};
    listCommand.synopsis = tr("[--json]");
    listCommand.summary = tr("List the events changed or deleted on the calendar server.");
    listCommand.details =
        tr("An event published by MentorDesk and then changed or deleted on the server (on\n"
           "a phone, in another calendar app) is not overwritten: each change is listed here\n"
           "until you accept it into MentorDesk (calendar accept) or keep MentorDesk's\n"
           "version (calendar overwrite). Until then MentorDesk's own changes to that event\n"
           "wait too. 'calendar sync' finds the differences.");
    listCommand.options = {QCommandLineOption(kJsonOption, tr("Print the list as JSON."))};
    listCommand.run = &CalendarDifferenceCommands::list;
    registry.add(std::move(listCommand));

    Command acceptCommand;
    acceptCommand.path = QStringList{calendar, QStringLiteral("accept")};
    acceptCommand.synopsis = tr("ID");
    acceptCommand.summary = tr("Take the server's version of an event into MentorDesk.");
    acceptCommand.details =
        tr("A moved event moves the session; an event or occurrence deleted or cancelled on\n"
           "the server cancels the session, as cancelled by you (its notes stay). A series\n"
           "deleted on the server cancels its planned sessions still to come. Conflicts with\n"
           "other sessions or busy times are shown as warnings.");
    acceptCommand.arguments = {idArgument};
    acceptCommand.run = &CalendarDifferenceCommands::accept;
    registry.add(std::move(acceptCommand));

    Command overwriteCommand;
    overwriteCommand.path = QStringList{calendar, QStringLiteral("overwrite")};
    overwriteCommand.synopsis = tr("ID");
    overwriteCommand.summary =
        tr("Keep MentorDesk's version of an event, overwriting the server's.");
    overwriteCommand.details =
        tr("The event is written to the server again as MentorDesk has it (an event deleted\n"
           "there is made again), at once when the server can be reached, else with the next\n"
           "sync.");
    overwriteCommand.arguments = {idArgument};
    overwriteCommand.run = &CalendarDifferenceCommands::overwrite;
    registry.add(std::move(overwriteCommand));
}

} // namespace

void registerCalendarDifferenceCommands(CommandRegistry& registry) {
    CalendarDifferenceCommands::registerIn(registry);
}

} // namespace md::cli
