#include "Command.h"
#include "CommandContext.h"
#include "CommandRegistry.h"

#include "clients/ClientService.h"
#include "ics/IcsExporter.h"
#include "scheduling/SchedulingService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace md::cli {

namespace {

const QString kClientOption = QStringLiteral("client");
const QString kSessionOption = QStringLiteral("session");

// `ics export|import`: share sessions with calendar programs, and read the
// mentor's other calendar as busy times for conflict checks.
class IcsCommands final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::IcsCommands)
public:
    static void registerIn(CommandRegistry& registry);

private:
    static int exportFile(CommandContext& context, const QCommandLineParser& args);
    static int importFile(CommandContext& context, const QCommandLineParser& args);
};

int IcsCommands::exportFile(CommandContext& context, const QCommandLineParser& args) {
    const QString path = args.positionalArguments().value(0);
    if (path.isEmpty())
        return context.usageError(tr("Name the file to write."));
    // An id option as a positive number; 0 when not given, -1 when invalid.
    auto idOption = [&](const QString& name) -> qint64 {
        if (!args.isSet(name))
            return 0;
        bool ok = false;
        const qint64 id = args.value(name).toLongLong(&ok);
        return ok && id > 0 ? id : -1;
    };
    const qint64 clientId = idOption(kClientOption);
    if (clientId < 0)
        return context.usageError(tr("'%1' is not a valid client id (a positive number).")
                                      .arg(args.value(kClientOption)));
    const qint64 sessionId = idOption(kSessionOption);
    if (sessionId < 0)
        return context.usageError(tr("'%1' is not a valid session id (a positive number).")
                                      .arg(args.value(kSessionOption)));
    if (clientId > 0 && sessionId > 0)
        return context.usageError(tr("Give either --client or --session, not both."));
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    if (clientId > 0) {
        if (auto client = workspace->clients().get(clientId); !client)
            return context.fail(client.error());
    }
    const SchedulingService& scheduling = workspace->scheduling();
    const Result<QByteArray> data =
        sessionId > 0 ? scheduling.exportSession(sessionId) : scheduling.exportCalendar(clientId);
    if (!data)
        return context.fail(data.error());
    if (Status saved = IcsExporter::save(path, *data); !saved)
        return context.fail(saved.error());
    return ExitSuccess;
}

int IcsCommands::importFile(CommandContext& context, const QCommandLineParser& args) {
    const QString path = args.positionalArguments().value(0);
    if (path.isEmpty())
        return context.usageError(tr("Name the .ics file to import."));
    Workspace* workspace = context.workspace();
    if (!workspace)
        return ExitFailure;
    auto imported = workspace->scheduling().importBusyTimes(path);
    if (!imported)
        return context.fail(tr("%1: %2").arg(path, imported.message()));
    for (const QString& note : std::as_const(imported->notes))
        context.err() << tr("note: %1").arg(note) << QLatin1Char('\n');
    const QString busyTimes = tr("%n busy time(s)", nullptr, imported->busyTimes);
    const QString events = tr("%n event(s)", nullptr, imported->events);
    context.out() << tr("Imported %1 from %2 of %3.").arg(busyTimes, events, imported->source)
                  << QLatin1Char('\n');
    return ExitSuccess;
}

void IcsCommands::registerIn(CommandRegistry& registry) {
    const QString ics = QStringLiteral("ics");

    Command exportCommand;
    exportCommand.path = QStringList{ics, QStringLiteral("export")};
    exportCommand.synopsis = tr("[--client ID | --session ID] FILE");
    exportCommand.summary = tr("Write sessions to an iCalendar (.ics) file.");
    exportCommand.details = tr("Series keep their repeat rule and skipped dates; cancelled "
                               "sessions are marked cancelled. UIDs stay the same between exports, "
                               "so importing again updates instead of duplicating. Notes are "
                               "never written, only the agenda. With --session, one session goes "
                               "out on its own (a series member as a single event).");
    exportCommand.arguments = {{QStringLiteral("FILE"), tr("The .ics file to write."), false}};
    exportCommand.options = {
        QCommandLineOption(kClientOption, tr("Only this client's sessions."), tr("ID")),
        QCommandLineOption(kSessionOption, tr("Only this session."), tr("ID"))};
    exportCommand.run = &IcsCommands::exportFile;
    registry.add(std::move(exportCommand));

    Command importCommand;
    importCommand.path = QStringList{ics, QStringLiteral("import")};
    importCommand.synopsis = tr("FILE");
    importCommand.summary = tr("Read another calendar's .ics file as busy times.");
    importCommand.details = tr("Busy times are used for conflict warnings. Importing the same "
                               "file again replaces its busy times. A malformed file is reported "
                               "with its line number and changes nothing.");
    importCommand.arguments = {{QStringLiteral("FILE"), tr("The .ics file to read."), false}};
    importCommand.run = &IcsCommands::importFile;
    registry.add(std::move(importCommand));
}

} // namespace

void registerIcsCommands(CommandRegistry& registry) {
    IcsCommands::registerIn(registry);
}

} // namespace md::cli
