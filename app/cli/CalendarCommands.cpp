#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "caldav/CalendarSyncService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QUrl>

namespace md::cli {

// CalendarDifferenceCommands.cpp: listed after `calendar status`.
void registerCalendarDifferenceCommands(CommandRegistry& registry);

namespace {

const QString kUrlOption = QStringLiteral("url");
const QString kUserOption = QStringLiteral("user");
const QString kCalendarOption = QStringLiteral("calendar");
const QString kBusyOption = QStringLiteral("busy");
const QString kBusyTitlesOption = QStringLiteral("busy-titles");
const QString kNoBusyTitlesOption = QStringLiteral("no-busy-titles");

// `calendar connect|sync|status|busy|disconnect`: the calendar on the mentor's
// CalDAV server, kept in step with the sessions.
class CalendarCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::CalendarCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int connect(CommandContext& context, const QCommandLineParser& args);
    static int sync(CommandContext& context, const QCommandLineParser& args);
    static int status(CommandContext& context, const QCommandLineParser& args);
    static int busy(CommandContext& context, const QCommandLineParser& args);
    static int disconnect(CommandContext& context, const QCommandLineParser& args);
    static QString when(const QDateTime& utc);
};

QString CalendarCommands::when(const QDateTime& utc) {
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                         : tr("never");
}

int CalendarCommands::connect(CommandContext& context, const QCommandLineParser& args) {
    const QUrl url = QUrl::fromUserInput(args.value(kUrlOption).trimmed());
    const QString user = args.value(kUserOption).trimmed();
    if (!args.isSet(kUrlOption) || url.isEmpty())
        return context.usageError(tr("Give the server's address with --url."));
    if (user.isEmpty())
        return context.usageError(tr("Give the user name with --user."));
    if (Status secure = DavTransport::checkSecure(url); !secure)
        return context.fail(secure.error());
    // The workspace passphrase first (line 1 on a pipe), then the server's
    // password (line 2).
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    Result<SecureBytes> password =
        context.readSecret(tr("Password of %1 on %2: ").arg(user, url.host()),
                           tr("No password for the calendar server was given on standard input."));
    if (!password)
        return context.fail(password.error());
    CalendarSyncService::ConnectRequest request;
    request.serverUrl = url;
    request.user = user;
    request.calendarName = args.value(kCalendarOption).trimmed();
    request.busyCalendarNames = args.values(kBusyOption);
    request.busyTitlesShown = args.isSet(kBusyTitlesOption);
    auto connected = workspace->calendarSync().connectAccount(request, *password);
    if (!connected)
        return context.fail(connected.error());
    auto status = workspace->calendarSync().status();
    if (!status)
        return context.fail(status.error());
    context.out() << tr("Connected: sessions will be published to %1.")
                         .arg(connected->calendarUrl.toDisplayString())
                  << QLatin1Char('\n')
                  << tr("%n change(s) waiting; run 'calendar sync' to send them.", nullptr,
                        status->pendingChanges)
                  << QLatin1Char('\n');
    return ExitSuccess;
}

int CalendarCommands::sync(CommandContext& context, const QCommandLineParser& /*args*/) {
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto report = workspace->calendarSync().sync();
    if (!report)
        return context.fail(report.error());
    //: Counts of calendar events (a series counts once) sent to the server.
    context.out() << tr("Published %1, removed %2.").arg(report->published).arg(report->removed)
                  << QLatin1Char('\n');
    if (report->conflicts > 0)
        context.out() << tr("%n event(s) were changed on the server and were not overwritten.",
                            nullptr, report->conflicts)
                      << QLatin1Char('\n');
    if (report->busyTimes > 0)
        context.out() << tr("Read %n busy time(s) from the other calendars.", nullptr,
                            report->busyTimes)
                      << QLatin1Char('\n');
    if (report->pending > 0)
        context.out() << tr("%n change(s) still waiting.", nullptr, report->pending)
                      << QLatin1Char('\n');
    if (report->differences > 0)
        context.out() << tr("Changed on the server: %1, waiting for your choice (see 'calendar "
                            "differences').")
                             .arg(report->differences)
                      << QLatin1Char('\n');
    return ExitSuccess;
}

int CalendarCommands::status(CommandContext& context, const QCommandLineParser& /*args*/) {
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto status = workspace->calendarSync().status();
    if (!status)
        return context.fail(status.error());
    QTextStream& out = context.out();
    if (!status->connected) {
        out << tr("No calendar account is connected.") << QLatin1Char('\n');
        return ExitSuccess;
    }
    out << tr("Server: %1").arg(status->serverUrl.toDisplayString()) << QLatin1Char('\n')
        << tr("User: %1").arg(status->user) << QLatin1Char('\n')
        << tr("Calendar: %1").arg(status->calendarUrl.toDisplayString()) << QLatin1Char('\n')
        << tr("Last sync: %1").arg(when(status->lastSyncUtc)) << QLatin1Char('\n')
        << tr("Changes waiting: %1").arg(status->pendingChanges) << QLatin1Char('\n')
        << tr("Events changed on the server: %1").arg(status->differences) << QLatin1Char('\n');
    if (status->differences > 0)
        out << tr("See them with 'calendar differences'.") << QLatin1Char('\n');
    if (!status->lastError.isEmpty())
        out << tr("Problem: %1").arg(status->lastError) << QLatin1Char('\n');
    return ExitSuccess;
}

int CalendarCommands::busy(CommandContext& context, const QCommandLineParser& args) {
    if (args.isSet(kBusyTitlesOption) && args.isSet(kNoBusyTitlesOption))
        return context.usageError(tr("Give either --busy-titles or --no-busy-titles, not both."));
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto account = workspace->calendarSync().account();
    if (!account)
        return context.fail(account.error());
    // Neither option keeps the titles as they were.
    bool titlesShown = account->has_value() && (*account)->busyTitlesShown;
    if (args.isSet(kBusyTitlesOption) || args.isSet(kNoBusyTitlesOption))
        titlesShown = args.isSet(kBusyTitlesOption);
    QStringList names = args.values(kBusyOption);
    names.removeDuplicates();
    if (Status set = workspace->calendarSync().setBusyCalendars(names, titlesShown); !set)
        return context.fail(set.error());
    if (names.isEmpty())
        context.out() << tr("No calendar is read for busy times now; the busy times read "
                            "before were removed.")
                      << QLatin1Char('\n');
    else
        context.out() << tr("Busy times are read from %1 on the next 'calendar sync'.")
                             .arg(names.join(QStringLiteral(", ")))
                      << QLatin1Char('\n');
    return ExitSuccess;
}

int CalendarCommands::disconnect(CommandContext& context, const QCommandLineParser& /*args*/) {
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    if (Status removed = workspace->calendarSync().disconnectAccount(); !removed)
        return context.fail(removed.error());
    context.out() << tr("The calendar account was removed from this workspace; the events "
                        "already published stay on the server.")
                  << QLatin1Char('\n');
    return ExitSuccess;
}

void CalendarCommands::registerIn(CommandRegistry& registry) {
    const QString calendar = QStringLiteral("calendar");

    Command connectCommand;
    connectCommand.path = QStringList{calendar, QStringLiteral("connect")};
    connectCommand.synopsis =
        tr("--url URL --user USER [--calendar NAME] [--busy NAME]... [--busy-titles]");
    connectCommand.summary = tr("Connect a CalDAV calendar account to publish the sessions to.");
    connectCommand.details =
        tr("Finds the account's calendars on the server (the address may be the server's own,\n"
           "e.g. https://cloud.example.com/) and publishes to the calendar named NAME\n"
           "(\"MentorDesk\" unless given), which is made when there is none. Asks for the\n"
           "workspace passphrase, then the server's password; when standard input is not a\n"
           "terminal, line 1 is the passphrase and line 2 the password. The password is kept\n"
           "inside the encrypted workspace only. A secure (https://) address is required.\n"
           "\n"
           "Published events show \"Mentoring session\" with the client's initials and the\n"
           "format: never notes, goals, places, links, e-mail addresses or full names.\n"
           "\n"
           "The events of the calendars named with --busy (repeat it for several) are read\n"
           "on every sync as busy times for the conflict warnings, titled \"Busy\" unless\n"
           "--busy-titles is given.");
    connectCommand.options = {
        QCommandLineOption(kUrlOption, tr("The CalDAV server's address."), tr("URL")),
        QCommandLineOption(kUserOption, tr("The user name on the server."), tr("USER")),
        QCommandLineOption(kCalendarOption, tr("The calendar to publish to."), tr("NAME")),
        QCommandLineOption(kBusyOption, tr("Another calendar whose events are busy times."),
                           tr("NAME")),
        QCommandLineOption(kBusyTitlesOption, tr("Keep the titles of the busy times."))};
    connectCommand.run = &CalendarCommands::connect;
    registry.add(std::move(connectCommand));

    Command syncCommand;
    syncCommand.path = QStringList{calendar, QStringLiteral("sync")};
    syncCommand.summary = tr("Send the session changes waiting for the calendar server.");
    syncCommand.details =
        tr("Changes wait in the workspace while the server cannot be reached and go out on\n"
           "the next sync. An event changed or deleted on the server is not overwritten: it\n"
           "is listed by 'calendar differences' for your choice.");
    syncCommand.run = &CalendarCommands::sync;
    registry.add(std::move(syncCommand));

    Command statusCommand;
    statusCommand.path = QStringList{calendar, QStringLiteral("status")};
    statusCommand.summary = tr("Show the calendar account, the last sync and what is waiting.");
    statusCommand.run = &CalendarCommands::status;
    registry.add(std::move(statusCommand));

    Command busyCommand;
    busyCommand.path = QStringList{calendar, QStringLiteral("busy")};
    busyCommand.synopsis = tr("[--busy NAME]... [--busy-titles | --no-busy-titles]");
    busyCommand.summary = tr("Choose the other calendars whose events are busy times.");
    busyCommand.details =
        tr("Replaces the calendars read as busy times with those named with --busy (repeat\n"
           "it for several; none: no calendar is read). The busy times of a calendar no\n"
           "longer named are removed at once; the next sync reads the ones named. Their\n"
           "titles are kept with --busy-titles, shown as \"Busy\" with --no-busy-titles, and\n"
           "stay as they were without either.");
    busyCommand.options = {
        QCommandLineOption(kBusyOption, tr("Another calendar whose events are busy times."),
                           tr("NAME")),
        QCommandLineOption(kBusyTitlesOption, tr("Keep the titles of the busy times.")),
        QCommandLineOption(kNoBusyTitlesOption, tr("Show the busy times as \"Busy\" only."))};
    busyCommand.run = &CalendarCommands::busy;
    registry.add(std::move(busyCommand));

    registerCalendarDifferenceCommands(registry);

    Command disconnectCommand;
    disconnectCommand.path = QStringList{calendar, QStringLiteral("disconnect")};
    disconnectCommand.summary = tr("Remove the calendar account from this workspace.");
    disconnectCommand.run = &CalendarCommands::disconnect;
    registry.add(std::move(disconnectCommand));
}

} // namespace

void registerCalendarCommands(CommandRegistry& registry) {
    CalendarCommands::registerIn(registry);
}

} // namespace md::cli
